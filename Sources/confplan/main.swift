import Foundation

// Wiring only: parse, run, turn errors into the exit status scripts rely on.
let status = CLI.run(Array(CommandLine.arguments.dropFirst()))
exit(status)
