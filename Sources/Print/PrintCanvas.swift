import PlanningCore
import Typeset

/// What a printout could not set as asked, for the export to tell staff.
public struct PrintNotes: Equatable, Sendable {
    /// A character no installed font has: printed, it would be a box in someone's name.
    public struct Missing: Equatable, Sendable {
        /// The person's name, or the text itself when it is nobody's (the event's name, a heading).
        public let whose: String
        public let character: Unicode.Scalar
    }

    /// A field still cut off at its minimum size: what was printed, so staff can give a short form
    /// (an organisation's short name, a name as the person wants it on a badge).
    public struct TooLong: Equatable, Sendable {
        public let person: String
        public let field: PrintWords
        public let minimumSize: Double
        /// The lines as printed, the last ending in "…" where the rest was cut.
        public let printed: [String]
    }

    /// A field cut to its column on a text sheet, which has no smaller size to try.
    public struct CutInText: Equatable, Sendable {
        public let person: String
        public let field: PrintWords
        public let columns: Int
        /// The field as printed, ending in "…".
        public let printed: String
    }

    public var missing: [Missing] = []
    public var tooLong: [TooLong] = []
    public var cutInText: [CutInText] = []

    public init() {}

    /// One line a problem, in the reader's language.
    public func missingLines(_ lang: Language) -> [String] {
        missing.map { m in
            let code = String(m.character.value, radix: 16, uppercase: true)
            let padded = String(repeating: "0", count: max(0, 4 - code.count)) + code
            return PrintWords.missingGlyph.text(lang, m.whose, String(m.character), padded)
        }
    }

    public func tooLongLines(_ lang: Language) -> [String] {
        tooLong.map { t in
            PrintWords.tooLong.text(lang, t.person, t.field.text(lang), PDFNumber.text(t.minimumSize),
                                   t.printed.joined(separator: " / "))
        } + cutInText.map { c in
            PrintWords.cutInText.text(lang, c.person, c.field.text(lang), c.columns, c.printed)
        }
    }
}

enum PDFNumber {
    /// 16 or 7.5: a point size as a reader writes it.
    static func text(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}

/// A Canvas that notes, person by person, what did not fit and what no font has: every printout
/// draws its text through here, in millimetres from the page's top left as its layout is drawn up.
final class PrintCanvas {
    let canvas: Canvas
    private(set) var notes = PrintNotes()

    /// `date`: the creation date written into the PDF, so the same list prints the same bytes.
    init(title: String, date: String) {
        canvas = Canvas.pdf(title: title, date: date)
    }

    /// The event's first day at midnight UTC: a fixed date that says which event the file is for.
    static func date(of event: Event) -> String {
        let d = event.firstDay.components
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(d.year)-\(two(d.month))-\(two(d.day))T00:00:00Z"
    }

    static func box(_ x: Double, _ y: Double, _ width: Double, _ height: Double) -> Box {
        Box(x: Length.mm(x), y: Length.mm(y), width: Length.mm(width), height: Length.mm(height))
    }

    /// Sets `text` in the box (millimetres) and notes what went wrong against `person`, if it is
    /// someone's `field`; text that is nobody's is named by itself.
    func text(_ text: String, in box: Box, style: TextStyle, person: String? = nil, field: PrintWords? = nil) {
        let shown = Sanitize.forTerminal(text)
        let fit = canvas.text(shown, in: box, style: style)
        let whose = person ?? shown
        for character in fit.missing where !notes.missing.contains(.init(whose: whose, character: character)) {
            notes.missing.append(.init(whose: whose, character: character))
        }
        if !fit.fits, let person, let field {
            let note = PrintNotes.TooLong(person: person, field: field, minimumSize: style.minimumSize,
                                          printed: fit.lines)
            if !notes.tooLong.contains(note) { notes.tooLong.append(note) }
        }
    }

    func finish() -> [UInt8] {
        // Cairo fails only when it runs out of memory or the stream cannot be written, and the
        // stream is an array in memory.
        do { return try canvas.finish() } catch { fatalError("PDF not written: \(error)") }
    }
}
