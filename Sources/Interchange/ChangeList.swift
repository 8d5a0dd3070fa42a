import PlanningCore

/// What changed since an earlier programme or event file, session by session: the list that
/// goes to speakers when the programme moves.
public struct ChangeList {
    /// A scheduled session as a programme shows it.
    public struct Entry: Hashable, Sendable {
        public var title: String
        public var day: String
        public var time: String
        public var place: String
        public var uid: String?
    }

    public enum Change: Hashable, Sendable {
        case added(Entry)
        case removed(Entry)
        case moved(from: Entry, to: Entry)
    }

    public let changes: [Change]

    /// Entries of a plan, with the programme's words (so they compare with a printed programme).
    public static func entries(_ plan: EventPlan, options: Programme.Options) -> [Entry] {
        let p = Programme(plan: plan, options: options)
        return p.selected().days.flatMap { day, sessions in
            sessions.map { s in
                Entry(title: s.title, day: p.dayHeading(day), time: p.clock(s), place: p.roomText(s) ?? "", uid: s.uid)
            }
        }
    }

    /// Entries read back from a text programme confplan printed: day headings (`━━ …`), session
    /// lines (`09:00–09:40  title`, the title possibly wrapped) and the kind · room line after.
    public static func entries(programme text: String, language: Language) -> [Entry] {
        let kinds = Set(SessionKind.allCases.map { $0.label(language) })
        var out: [Entry] = []
        var day = ""
        var current: Entry?
        var readingTitle = false
        func flush() {
            if let c = current { out.append(c) }
            current = nil
            readingTitle = false
        }
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw)
            if line.hasPrefix("━━ ") {
                flush()
                day = String(line.dropFirst(3).prefix { $0 != "━" }.trimmingSpaces)
                continue
            }
            let indent = line.prefix { $0 == " " }.count
            let body = String(line.dropFirst(indent))
            if indent == 0, let range = Self.timeRange(body) {
                flush()
                var title = String(body.dropFirst(range.count).trimmingSpaces)
                if title.hasPrefix("[!] ") { title.removeFirst(4) }
                current = Entry(title: title, day: day, time: range, place: "")
                readingTitle = true
                continue
            }
            guard current != nil, indent == Programme.timeColumn, !body.isEmpty else {
                if body.isEmpty { readingTitle = false }
                continue
            }
            if readingTitle {
                let first = body.components(separatedBy: " · ")[0]
                if kinds.contains(first) {
                    readingTitle = false
                    let parts = body.components(separatedBy: " · ")
                    current!.place = parts.count > 1 ? parts[parts.count - 1] : ""
                } else {
                    current!.title += body
                }
            }
        }
        flush()
        return out
    }

    static func timeRange(_ s: String) -> String? {
        let c = Array(s.prefix(11))
        guard c.count == 11, c[2] == ":", c[5] == "–", c[8] == ":",
              [0, 1, 3, 4, 6, 7, 9, 10].allSatisfy({ c[$0].isASCII && c[$0].isNumber }) else { return nil }
        return String(c)
    }

    /// Matches sessions by identity when both sides have it (event files), else by title and
    /// day, then title alone.
    public init(before: [Entry], after: [Entry]) {
        var remaining = before
        var changes: [Change] = []
        func take(_ where_: (Entry) -> Bool) -> Entry? {
            guard let i = remaining.firstIndex(where: where_) else { return nil }
            return remaining.remove(at: i)
        }
        var unmatched: [Entry] = []
        for a in after {
            let b = a.uid.flatMap { uid in take { $0.uid == uid } }
                ?? take { $0.uid == nil && $0.title == a.title && $0.day == a.day }
            if let b { if b.day != a.day || b.time != a.time || b.place != a.place || b.title != a.title { changes.append(.moved(from: b, to: a)) } }
            else { unmatched.append(a) }
        }
        for a in unmatched {
            if let b = take({ $0.uid == nil && $0.title == a.title }) { changes.append(.moved(from: b, to: a)) }
            else { changes.append(.added(a)) }
        }
        changes += remaining.map { .removed($0) }
        self.changes = changes
    }

    public func text(since file: String, language: Language) -> String {
        let zh = language == .zh
        func where_(_ e: Entry) -> String { Sanitize.forTerminal(([e.day, e.time, e.place].filter { !$0.isEmpty }).joined(separator: " ")) }
        func name(_ t: String) -> String { Sanitize.forTerminal(t) }
        var out = zh ? "与 \(file) 相比的变动：\(changes.count) 处\n" : "Changes since \(file): \(changes.count)\n"
        if changes.isEmpty { return out + (zh ? "没有变动。\n" : "Nothing changed.\n") }
        for c in changes {
            switch c {
            case .moved(let a, let b):
                let title = a.title == b.title ? name(b.title) : "\(name(a.title)) → \(name(b.title))"
                out += (zh ? "调整  " : "moved    ") + title + (zh ? "：" : ": ") + where_(a) + " → " + where_(b) + "\n"
            case .added(let e): out += (zh ? "新增  " : "added    ") + name(e.title) + (zh ? "：" : ": ") + where_(e) + "\n"
            case .removed(let e): out += (zh ? "取消  " : "removed  ") + name(e.title) + (zh ? "：" : ": ") + where_(e) + "\n"
            }
        }
        return out
    }
}
