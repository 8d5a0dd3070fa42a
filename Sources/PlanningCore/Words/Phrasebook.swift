/// A table of the words one part of confplan says, in every language of the office. Each layer
/// keeps its own book (the findings' and vocabularies' here, the exports' in Interchange, the
/// screens' in TerminalUI, the command line's in confplan), and all are looked up, filled in and
/// counted the same way: a phrase is never written as a `language == .zh ? … : …` in code.
public protocol Phrasebook: Hashable, CaseIterable, Sendable {
    /// Every entry in each language (`%1`, `%2`… are filled in); a test checks both are whole.
    static var tables: [Language: [Self: String]] { get }
}

extension Phrasebook {
    public func text(_ lang: Language) -> String { Self.tables[lang]?[self] ?? Self.tables[.en]?[self] ?? "\(self)" }

    /// The entry with `%1`, `%2`… filled in, in order.
    public func text(_ lang: Language, _ args: any CustomStringConvertible...) -> String { fill(text(lang), args) }

    /// The same, with the arguments gathered (kept by an error until it is told).
    public func text(_ lang: Language, arguments: [String]) -> String { fill(text(lang), arguments) }

    /// Entries missing from a language's table (empty when the book is whole).
    public static func missing(in lang: Language) -> [Self] { allCases.filter { tables[lang]?[$0] == nil } }
}

/// An error that can say itself in the reader's language; its `description` is the English, for
/// logs and for errors that reach the terminal without one.
public protocol Explained: Error {
    func text(_ lang: Language) -> String
}

/// Any error as the person reading `lang` is told it.
public func explain(_ error: any Error, _ lang: Language) -> String {
    (error as? any Explained)?.text(lang) ?? "\(error)"
}

/// A phrase about a count, kept as two entries of its book: English says "1 error" and
/// "2 errors"; Chinese says "1 个错误" and "2 个错误" (both entries may be the same). The count
/// is `%1`.
public struct Plural<Book: Phrasebook>: Sendable {
    public let one: Book
    public let other: Book

    public init(one: Book, other: Book) {
        self.one = one
        self.other = other
    }

    public func text(_ lang: Language, _ count: Int, _ args: any CustomStringConvertible...) -> String {
        fill((count == 1 ? one : other).text(lang), [count] + args)
    }
}

/// `%N` (N from 1) becomes the Nth argument; a `%` not followed by a number given stays.
private func fill(_ template: String, _ args: [any CustomStringConvertible]) -> String {
    guard !args.isEmpty, template.contains("%") else { return template }
    var out = "", chars = Array(template), i = 0
    while i < chars.count {
        var j = i + 1
        // ASCII digits only: 参 (a financial 3) after %1 is the text's, not part of the number.
        while chars[i] == "%", j < chars.count, chars[j].isASCII, chars[j].isNumber { j += 1 }
        if j > i + 1, let n = Int(String(chars[(i + 1)..<j])), n >= 1, n <= args.count {
            out += args[n - 1].description
            i = j
        } else {
            out.append(chars[i])
            i += 1
        }
    }
    return out
}
