// Codecs knows no `Language`: its messages are keyed by language code (`en`, `zh`), and
// Interchange tells them in a `Language` (CodecWords.swift).

/// A problem in an input file, located for a person: `file:line: path: what is wrong`.
public struct InputError: Error, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    /// The JSON path or column name of the field, empty when the problem is the whole file.
    public var field: String
    public var message: String

    /// The message's phrase and its arguments, when it has words in every language.
    public var phrase: FileWords?
    public var arguments: [String] = []
    /// The message already said in other languages, by code, for a layer above with its own
    /// book (the event file's banquets): Codecs keeps no domain words.
    public var translations: [String: String] = [:]

    public init(file: String, line: Int, field: String, message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    public init(file: String, line: Int, field: String = "", _ phrase: FileWords, _ arguments: String...) {
        self.init(file: file, line: line, field: field, message: phrase.text(code: "en", arguments: arguments))
        self.phrase = phrase
        self.arguments = arguments
    }

    public var description: String { text(code: "en") }

    /// What is wrong, without where, in the language of `code`.
    public func message(code: String) -> String {
        phrase?.text(code: code, arguments: arguments) ?? translations[code] ?? message
    }

    public func text(code: String) -> String {
        let at = line > 0 ? "\(file):\(line)" : file
        let said = message(code: code)
        return field.isEmpty ? "\(at): \(said)" : "\(at): \(field): \(said)"
    }
}
