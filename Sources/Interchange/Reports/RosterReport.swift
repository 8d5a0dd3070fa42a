import Codecs
import PlanningCore
import Workbook

/// What an attendee import tells staff: the file as understood, each problem as
/// `FILE:LINE: column: reason`, the merges, and the counts.
public struct RosterReport {
    public let list: AttendeeList
    public let roster: RosterImport
    public let language: Language

    public init(list: AttendeeList, roster: RosterImport, language: Language) {
        self.list = list
        self.roster = roster
        self.language = language
    }


    public var newCount: Int { roster.count { $0 == .new } }
    public var updatedCount: Int { roster.count { if case .updated = $0 { true } else { false } } }
    public var unchangedCount: Int { roster.count { if case .unchanged = $0 { true } else { false } } }
    public var mergedCount: Int { roster.count { if case .merged = $0 { true } else { false } } }

    /// How the file was read and which column went where.
    public func heading() -> String {
        let enc = list.encoding.rawValue.uppercased()
            + (list.hadByteOrderMark ? ExportWords.withBOM.text(language) : "")
        let rows = list.rows.count + list.rejectedCount
        let delimiter: ExportWords =
            switch list.delimiter {
            case .comma: .comma
            case .semicolon: .semicolon
            case .tab: .tab
            }
        let out = list.sheet == nil
            ? ExportWords.readAs.text(language, list.file, enc, delimiter.text(language), list.columns.headerLine, rows)
            : ExportWords.readSheetAs.text(language, list.file, list.columns.headerLine, rows)
        return Sanitize.forTerminal(out) + "\n" + (encodingDoubt().map { $0 + "\n" } ?? "")
            + Sanitize.forTerminal(ExportWords.columns.text(language, mapping().joined(separator: " · "))) + "\n"
            + (keptInNotes(hint: true).map { $0 + "\n" } ?? "")
    }

    /// The guess between GB18030 and Windows-1252 the reading made, on a line of its own; nil
    /// when there was none to make.
    public func encodingDoubt() -> String? {
        switch list.encodingDoubt {
        case .readAsWindows1252(let line, let word)?:
            Sanitize.forTerminal(ExportWords.readAsLatin.text(language, line, word))
        case .looksLikeWindows1252(let line, let word)?:
            Sanitize.forTerminal(ExportWords.looksLatin.text(language, line, word))
        case nil: nil
        }
    }

    /// The columns no field was found for, whose values go to the notes, said on a line of their
    /// own so a column that should have been a field is seen before importing; nil when none.
    /// `hint` adds how to import one into a field from the command line.
    public func keptInNotes(hint: Bool) -> String? {
        let headers = list.columns.columns.filter { $0.field == nil && !$0.header.isEmpty }.map(\.header)
        guard !headers.isEmpty else { return nil }
        let names = headers.joined(separator: ExportWords.listSeparator.text(language))
        let line = ExportWords.keptInNotes.text(language, names)
        return Sanitize.forTerminal(line + (hint ? ExportWords.mapHint.text(language) : ""))
    }

    /// `姓名（必填） → 姓名`, `序号 → 不导入`, and `民族 → 备注（未识别的列）` for columns kept in the notes:
    /// the field in the reader's words, as the command line's preview and the UI's both show it.
    public func mapping() -> [String] {
        list.columns.columns.filter { !$0.header.isEmpty || $0.field != nil }.map { c in
            let header = c.header.isEmpty ? ExportWords.columnNumber.text(language, c.index + 1) : c.header
            let target = c.field.map { $0.label(language) } ?? ExportWords.unknownColumn.text(language)
            return "\(header) → \(target)"
        }
    }

    /// One line per problem, then one per shared contact and merge, in file order.
    public func problemLines() -> [String] {
        var lines: [(Int, Int, String)] = []
        for p in list.problems {
            lines.append((p.line, 0, "\(list.file):\(p.line): " + labelled(p.column, p.reason(language))))
        }
        func field(_ m: MatchReason) -> String { (m == .phone ? ExportWords.fieldPhone : .fieldEmail).text(language) }
        // In Chinese a Latin name is set apart by spaces (`与已有的 Katrin Hoffmann 相同`).
        func amid(_ text: String, after: Bool = true) -> String {
            language == .zh ? TellApart.amidChinese(text, after: after) : text
        }
        for s in roster.sharedContacts {
            let other =
                s.otherLine.map { ExportWords.onLine.text(language, amid(s.otherName), $0) }
                ?? ExportWords.alreadyInEvent.text(language, amid(s.otherName))
            let text = labelled(field(s.field), ExportWords.sharedContact.text(language, other))
            lines.append((s.line, 1, "\(list.file):\(s.line): " + text))
        }
        for d in roster.possibleDuplicates {
            // Told apart by the contact that differs, not by the key staff never see.
            let contact = d.differs == .phone ? ApartWords.phoneTail.text(language, String(d.otherContact.suffix(4)))
                : d.otherContact
            let other =
                d.otherLine.map { ExportWords.lineOnly.text(language, $0) }
                ?? ExportWords.alreadyInEventWith.text(language, amid(d.otherName, after: false), contact)
            lines.append(
                (
                    d.line, 1,
                    "\(list.file):\(d.line): " + ExportWords.possibleDuplicate.text(language, other, field(d.differs))
                ))
        }
        for (a, text) in zip(roster.ambiguous, ambiguousLines()) { lines.append((a.line, 1, text)) }
        for (line, text) in hubLines() + farDateLines() + roommateLines() { lines.append((line, 1, text)) }
        for (line, outcome) in roster.outcomes {
            guard case .merged(let first, let reason) = outcome else { continue }
            let why: ExportWords =
                switch reason {
                case .phone: .samePhone
                case .email: .sameEmail
                case .nameAndOrganisation: .sameNameAndOrganisation
                case .mergedContact: .mergedContact
                }
            lines.append(
                (
                    line, 2,
                    "\(list.file):\(line): " + ExportWords.mergedDuplicate.text(language, first, why.text(language))
                ))
        }
        return lines.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map { Sanitize.forTerminal($0.2) }
    }

    public func counts() -> String {
        var rows: [(String, Int)] = ([
            (.countNew, newCount), (.countUpdated, updatedCount), (.countMerged, mergedCount),
            (.countUnchanged, unchangedCount), (.countRejected, list.rejectedCount),
        ] as [(ExportWords, Int)]).map { ($0.0.text(language), $0.1) }
        if !roster.ambiguous.isEmpty {
            rows.append((ReimportWords.countAmbiguous.text(language), roster.ambiguous.count))
        }
        if !roster.withdrawals.isEmpty {
            rows.append((ReimportWords.countWithdrawn.text(language), roster.withdrawals.count))
        }
        let width = rows.map { String($0.1).count }.max()!
        return rows.map { label, n in
            "  " + DisplayWidth.pad(label, to: 10)
                + String(repeating: " ", count: width - String(n).count) + "\(n)"
        }.joined(separator: "\n") + "\n" + (dietLine().map { $0 + "\n" } ?? "")
    }

    /// How the rows' diets were read, so a word the reading missed (`vegetarisch` read as other)
    /// shows before the kitchen counts; nil when no row has one.
    public func dietLine() -> String? {
        let rows = list.rows
        let (halal, vegetarian, other) = (rows.count(of: .halal), rows.count(of: .vegetarian), rows.count(of: .other))
        guard halal + vegetarian + other > 0 else { return nil }
        return ExportWords.dietCounts.text(language, halal, vegetarian, other)
    }

    /// The rejected rows as they were, plus a reason column, for fixing in Excel and importing
    /// again (the reason column is ignored then).
    public func rejectsCSV() -> String {
        var w = CSVWriter()
        let (header, rows) = rejects()
        w.row(header)
        for r in rows { w.row(r) }
        return w.text
    }

    /// The same as a workbook, for a list that came as one: every cell text, so a phone that
    /// was typed as a number comes back as its digits.
    public func rejectsWorkbook() -> [UInt8] {
        let (header, rows) = rejects()
        let name = list.sheet ?? ExportWords.sheetAttendees.text(language)
        let sheet = TableExport.Sheet(name: name, header: header, rows: rows.map { $0.map(TableExport.Cell.text) })
        return WorkbookWriter.workbook([sheet], language: language)
    }

    private func rejects() -> (header: [String], rows: [[String]]) {
        let width = ([list.header.fields.count] + list.rejectedRecords.map(\.fields.count)).max()!
        func padded(_ cells: [String]) -> [String] { cells + Array(repeating: "", count: width - cells.count) }
        var reasons: [Int: [String]] = [:]
        for p in list.problems where p.rejected || list.rejectedRecords.contains(where: { $0.line == p.line }) {
            reasons[p.line, default: []].append(labelled(p.column, p.reason(language)))
        }
        let clauses = ExportWords.clauseSeparator.text(language)
        return (padded(list.header.fields) + [AttendeeColumns.reasonHeader],
                list.rejectedRecords.map { padded($0.fields) + [(reasons[$0.line] ?? []).joined(separator: clauses)] })
    }

    /// `手机：…` in Chinese, `phone: …` in English: the column's colon is the reader's, while the
    /// `FILE:LINE:` before it stays ASCII for editors and scripts that jump to the line.
    func labelled(_ column: String, _ reason: String) -> String {
        column + ExportWords.labelSeparator.text(language) + reason
    }
}
