/// Every form the command line writes. Each command takes a few of them through its own `--format`
/// (`FormatChoice`), so the words, the error for a wrong one and the help are made in one place.
enum OutputFormat: String, Sendable {
    case text, markdown, json, csv, xlsx, pdf, png

    /// The form a file's name asks for (`badges.xlsx`), among those accepted.
    init?(fileName: String, among accepted: [OutputFormat]) {
        let name = fileName.lowercased()
        guard let hit = accepted.first(where: { name.hasSuffix("." + $0.fileExtension) }) else { return nil }
        self = hit
    }

    var fileExtension: String {
        switch self {
        case .text: "txt"
        case .markdown: "md"
        default: rawValue
        }
    }
}

/// The `--format` of one command: the forms it accepts, in the order help and errors list them.
struct FormatChoice: Sendable {
    let accepted: [OutputFormat]
    let option: Option

    init(_ accepted: [OutputFormat], help: String = "output form (default text)") {
        self.accepted = accepted
        option = Option("--format", value: accepted.map(\.rawValue).joined(separator: "|"), help: help)
    }

    static let textOrJSON = FormatChoice([.text, .json])
    static let seating = FormatChoice([.text, .json, .xlsx])
    static let programme = FormatChoice([.text, .markdown, .pdf, .png])
    static let notices = FormatChoice([.text, .csv, .xlsx])
    static let print = FormatChoice(
        [.pdf, .xlsx, .csv, .text], help: "output form (default: from the file's name, else pdf; sign-in: text)")
    static let arrivals = FormatChoice([.csv, .xlsx], help: "output form (default: from the file's name, else csv)")
}

extension ParsedArguments {
    /// The `--format` given, one of those the command accepts, or nil when none is given.
    func format(_ choice: FormatChoice) throws -> OutputFormat? {
        guard let text = self[choice.option] else { return nil }
        guard let format = OutputFormat(rawValue: text), choice.accepted.contains(format) else {
            throw usage(.notAChoice, choice.option.canonical, choice.option.valueName!, text)
        }
        return format
    }
}
