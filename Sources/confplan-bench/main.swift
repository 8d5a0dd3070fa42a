import Foundation
import Interchange
import PlanningCore
import PlanningStore

// confplan-bench [--scale small|medium|large] [--json FILE] [--only NAME,…]
// Generates a deterministic event, times each operation several times after a warm-up, and
// reports medians against baselines measured in the same run, so the result is a ratio that
// holds on a shared, noisy machine. Targets are for the large scale in a release build.

struct Options {
    var scale = "large"
    var json: String?
    var only: Set<String>?
}

func parseOptions() -> Options {
    var o = Options()
    var args = CommandLine.arguments.dropFirst()
    while let a = args.popFirst() {
        switch a {
        case "--scale": o.scale = args.popFirst() ?? ""
        case "--json": o.json = args.popFirst()
        case "--only": o.only = Set((args.popFirst() ?? "").split(separator: ",").map(String.init))
        case "-h", "--help":
            print("""
                confplan-bench — measure confplan against baselines taken in the same run

                Usage: swift run -c release confplan-bench [--scale small|medium|large] [--json FILE] [--only NAME,…]

                Operations: \(Bench.operations.joined(separator: ", "))
                Targets apply to the large scale (the default) in a release build.
                """)
            exit(0)
        default:
            FileHandle.standardError.write(Data("confplan-bench: unknown argument '\(a)' (see --help)\n".utf8))
            exit(2)
        }
    }
    guard ["small", "medium", "large"].contains(o.scale) else {
        FileHandle.standardError.write(Data("confplan-bench: --scale takes small, medium or large\n".utf8))
        exit(2)
    }
    return o
}

let options = parseOptions()
var bench = Bench(options: options)
do {
    try bench.run()
} catch {
    FileHandle.standardError.write(Data("confplan-bench: \(error)\n".utf8))
    exit(1)
}
print(bench.table())
if let path = options.json {
    try bench.json().write(toFile: path, atomically: true, encoding: .utf8)
}
exit(bench.correct ? 0 : 1)
