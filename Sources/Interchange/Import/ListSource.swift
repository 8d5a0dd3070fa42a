import PlanningCore

/// Which list a file is a copy of: offices send `回执汇总0513.xlsx`, then `回执汇总0514(2).xlsx`;
/// both are the source `回执汇总`, whose next copy updates the people the last one brought.
public enum ListSource {
    /// The file's name without folder, extension, dates and version marks (`(2)`, `副本`, `v3`,
    /// `最终版`); the name as it is when nothing else would be left.
    public static func name(ofFile path: String) -> String {
        var base = Substring(path.split(separator: "/").last ?? Substring(path))
        if let dot = base.lastIndex(of: "."), dot != base.startIndex { base = base[..<dot] }
        var s = base
        var changed = true
        while changed && !s.isEmpty {
            changed = false
            for strip in [dropTrailingMark, dropTrailingDate, dropLeadingDate] {
                let next = strip(s)
                if next != s && !next.isEmpty { s = next; changed = true }
            }
        }
        return String(s)
    }

    static let separators: Set<Character> = ["-", "_", " ", ".", "·", "—", "　"]
    static let dateMarks: Set<Character> = ["年", "月", "日", "号", "-", "_", ".", "/"]
    /// `-rejects` and `未导入` too: the rows a list's import set aside, fixed and imported again, are
    /// that list's rows, not a list of their own (whose next copy would not update them).
    static let marks = [
        "未导入行", "未导入", "rejected", "rejects",
        "副本", "最终版", "最新版", "更新版", "修订版", "修改版", "汇总版", "终版", "定稿", "最新", "更新", "修订",
        "final", "copy", "updated",
    ]

    /// `(2)`, `（3）`, `[1]`, `副本`, `v2`, `_final`, `-rejects` and separators at the end.
    static func dropTrailingMark(_ s: Substring) -> Substring {
        var t = s
        while let last = t.last, separators.contains(last) { t = t.dropLast() }
        if let last = t.last, ")）]】".contains(last),
           let open = t.lastIndex(where: { "(（[【".contains($0) }),
           t[t.index(after: open)..<t.index(before: t.endIndex)].allSatisfy({ $0.isNumber || $0 == " " }) {
            return t[..<open]
        }
        for m in marks where t.lowercased().hasSuffix(m) { return t.dropLast(m.count) }
        let digits = t.reversed().prefix { $0.isASCII && ($0.isNumber || $0 == ".") }.count
        if digits > 0, digits < t.count, "vV".contains(t[t.index(t.endIndex, offsetBy: -digits - 1)]) {
            return t.dropLast(digits + 1)
        }
        return t
    }

    /// `0513`, `20260513`, `2026-05-13`, `5.13`, `5月13日` at the end.
    static func dropTrailingDate(_ s: Substring) -> Substring {
        let tail = s.reversed().prefix { $0.isASCII && $0.isNumber || dateMarks.contains($0) }
        guard tail.contains(where: \.isNumber), tail.count < s.count else { return s }
        let rest = s.dropLast(tail.count)
        // `v2_` is a version, not a date: its `v` goes with it.
        return rest.last.map { "vV".contains($0) } == true && rest.count > 1 ? rest.dropLast() : rest
    }

    /// The same at the start (`0513回执汇总`).
    static func dropLeadingDate(_ s: Substring) -> Substring {
        let head = s.prefix { $0.isASCII && $0.isNumber || dateMarks.contains($0) }
        guard head.contains(where: \.isNumber), head.count < s.count else { return s }
        return s.dropFirst(head.count)
    }
}

extension AttendeeList {
    /// How this list meets the people it names: it is the truth for the columns it has (unless
    /// `keepExisting`), its column notes are keyed by their headers, and a cell the reader could
    /// not take changes nothing.
    public func rules(source: String, keepExisting: Bool = false, withdrawMissing: Bool = false) -> ImportRules {
        var columns = Set<ListColumn>()
        var keys: [String] = []
        for c in self.columns.columns {
            switch c.field {
            case nil: keys.append(c.header.isEmpty ? "第\(c.index + 1)列" : c.header)
            case .subForum?: columns.insert(.signups)
            case .ignore?: break
            // A travel column's value went to the notes before journeys were read: the list replaces it.
            case let f? where f.isTravel || f.isStay: keys.append(c.header)
            case let f?: if let l = ListColumn(rawValue: f.rawValue) { columns.insert(l) }
            }
        }
        var unread: [Int: Set<ListColumn>] = [:]
        for p in problems where !p.rejected {
            switch p.kind {
            case .phoneScientific, .phoneInvalid, .phoneNotMobile: unread[p.line, default: []].insert(.phone)
            case .emailInvalid: unread[p.line, default: []].insert(.email)
            case .languageUnknown: unread[p.line, default: []].insert(.language)
            default: break
            }
        }
        var rules = ImportRules(source: source, columns: columns, noteKeys: keys, keepExisting: keepExisting,
                                withdrawMissing: withdrawMissing)
        rules.unread = unread
        return rules
    }
}
