import PlanningCore

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

    var zh: Bool { language == .zh }

    public var newCount: Int { roster.count { $0 == .new } }
    public var updatedCount: Int { roster.count { if case .updated = $0 { true } else { false } } }
    public var unchangedCount: Int { roster.count { if case .unchanged = $0 { true } else { false } } }
    public var mergedCount: Int { roster.count { if case .merged = $0 { true } else { false } } }

    /// How the file was read and which column went where.
    public func heading() -> String {
        let enc = list.encoding.rawValue.uppercased() + (list.hadByteOrderMark ? (zh ? "（带 BOM）" : " with BOM") : "")
        let rows = list.rows.count + list.rejectedCount
        let out = zh ? "\(list.file)：\(enc)，\(delimiterName)，表头在第 \(list.columns.headerLine) 行，\(rows) 行数据"
            : "\(list.file): \(enc), \(list.delimiter.name), header on line \(list.columns.headerLine), \(rows) rows"
        return Sanitize.forTerminal(out) + "\n" + Sanitize.forTerminal((zh ? "列：" : "columns: ") + mapping().joined(separator: " · ")) + "\n"
    }

    var delimiterName: String {
        switch list.delimiter {
        case .comma: "逗号分隔"
        case .semicolon: "分号分隔"
        case .tab: "制表符分隔"
        }
    }

    /// `姓名 → name`, and `民族 → notes` for columns kept in the notes.
    public func mapping() -> [String] {
        list.columns.columns.filter { !$0.header.isEmpty || $0.field != nil }.map { c in
            let header = c.header.isEmpty ? (zh ? "第\(c.index + 1)列" : "column \(c.index + 1)") : c.header
            let target = c.field.map { $0.rawValue } ?? (zh ? "备注（未识别的列）" : "notes (unknown column)")
            return "\(header) → \(target)"
        }
    }

    /// One line per problem, then one per shared contact and merge, in file order.
    public func problemLines() -> [String] {
        var lines: [(Int, Int, String)] = []
        for p in list.problems {
            lines.append((p.line, 0, "\(list.file):\(p.line): \(p.column): " + p.reason(language)))
        }
        func field(_ m: MatchReason) -> String { m == .phone ? (zh ? "电话" : "phone") : (zh ? "邮箱" : "email") }
        for s in roster.sharedContacts {
            let other = s.otherLine.map { zh ? "第 \($0) 行的\(s.otherName)" : "\(s.otherName) on line \($0)" }
                ?? (zh ? "已有的\(s.otherName)" : "\(s.otherName), already in the event")
            lines.append((s.line, 1, "\(list.file):\(s.line): \(field(s.field)): "
                + (zh ? "与\(other)相同但姓名不同，按两人导入" : "same as \(other) but a different name; kept as two people")))
        }
        for d in roster.possibleDuplicates {
            let other = d.otherLine.map { zh ? "第 \($0) 行" : "line \($0)" }
                ?? (zh ? "已有的\(d.otherName)（\(d.otherKey)）" : "\(d.otherName) (\(d.otherKey)), already in the event")
            lines.append((d.line, 1, "\(list.file):\(d.line): " + (zh ? "可能与\(other)重复（姓名和单位相同，\(field(d.differs))不同），按两人导入"
                : "possible duplicate of \(other) (same name and organisation, different \(field(d.differs))); kept as two people")))
        }
        for (line, outcome) in roster.outcomes {
            guard case .merged(let first, let reason) = outcome else { continue }
            let why: String
            switch reason {
            case .phone: why = zh ? "电话相同" : "same phone"
            case .email: why = zh ? "邮箱相同" : "same email"
            case .nameAndOrganisation: why = zh ? "姓名和单位相同" : "same name and organisation"
            }
            lines.append((line, 2, "\(list.file):\(line): " + (zh ? "与第 \(first) 行重复（\(why)），已合并" : "duplicate of line \(first) (\(why)); merged")))
        }
        return lines.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map { Sanitize.forTerminal($0.2) }
    }

    public func counts() -> String {
        let rows: [(String, String, Int)] = [
            ("new", "新增", newCount), ("updated", "更新", updatedCount), ("merged", "合并", mergedCount),
            ("unchanged", "无变化", unchangedCount), ("rejected", "未导入", list.rejectedCount),
        ]
        let width = rows.map { String($0.2).count }.max()!
        return rows.map { en, cn, n in
            "  " + DisplayWidth.pad(zh ? cn : en, to: 10) + String(repeating: " ", count: width - String(n).count) + "\(n)"
        }.joined(separator: "\n") + "\n"
    }

    /// The rejected rows as they were, plus a reason column, for fixing in Excel and importing
    /// again (the reason column is ignored then).
    public func rejectsCSV() -> String {
        var w = CSVWriter()
        let width = ([list.header.fields.count] + list.rejectedRecords.map(\.fields.count)).max()!
        func padded(_ cells: [String]) -> [String] { cells + Array(repeating: "", count: width - cells.count) }
        w.row(padded(list.header.fields) + [AttendeeColumns.reasonHeader])
        var reasons: [Int: [String]] = [:]
        for p in list.problems where p.rejected || list.rejectedRecords.contains(where: { $0.line == p.line }) {
            reasons[p.line, default: []].append("\(p.column): " + p.reason(language))
        }
        for r in list.rejectedRecords {
            w.row(padded(r.fields) + [(reasons[r.line] ?? []).joined(separator: "; ")])
        }
        return w.text
    }
}
