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
        /// People by role, as the programme prints them: the role's label, then each person's
        /// line (name, organisation and title). A printed programme may wrap a person's line.
        public var roles: [(label: String, people: [String])] = []

        public static func == (a: Entry, b: Entry) -> Bool {
            a.title == b.title && a.day == b.day && a.time == b.time && a.place == b.place && a.uid == b.uid
                && a.roles.map(\.label) == b.roles.map(\.label) && a.roles.map(\.people) == b.roles.map(\.people)
        }

        public func hash(into h: inout Hasher) {
            h.combine(title)
            h.combine(day)
            h.combine(time)
        }

        /// A role's people as one text without spaces, so a line the printed programme wrapped
        /// compares equal to the same person's line from the event.
        func joined(_ label: String) -> String {
            String((roles.first { $0.label == label }?.people ?? []).joined().filter { !$0.isWhitespace })
        }
    }

    /// What changed in one role of a session: people who are new in it, and people no longer in it.
    public struct RoleChange: Hashable, Sendable {
        public var label: String
        public var added: [String]
        public var removed: [String]
    }

    public enum Change: Hashable, Sendable {
        case added(Entry)
        case removed(Entry)
        /// The same session with its time, day, room, title or people changed.
        case moved(from: Entry, to: Entry)
    }

    public let changes: [Change]

    /// Entries of a plan, with the programme's words (so they compare with a printed programme).
    public static func entries(_ plan: EventPlan, options: Programme.Options) -> [Entry] {
        let p = Programme(plan: plan, options: options)
        return p.selected().days.flatMap { day, sessions in
            sessions.map { s in
                Entry(title: s.title, day: p.dayHeading(day), time: p.clock(s), place: p.roomText(s) ?? "", uid: s.uid,
                      roles: p.roleLines(s).map { (singular($0.label), $0.people) })
            }
        }
    }

    /// Entries read back from a text programme confplan printed: day headings (`== …`), session
    /// lines (`09:00–09:40  title`, the title possibly wrapped) and the kind · room line after.
    public static func entries(programme text: String, language: Language) -> [Entry] {
        let kinds = Set(SessionKind.allCases.map { $0.label(language) })
        let roleLabels = Set(RoleKind.allCases.flatMap { kind -> [String] in
            [1, 2].flatMap { n in
                [kind.heading(language, count: n), kind.heading(language, count: n, in: .openingCeremony)]
            }
        }).union(RoleKind.formerHeadings.keys)
        var out: [Entry] = []
        var day = ""
        var current: Entry?
        var readingTitle = false, peopleDone = false
        func flush() {
            if let c = current { out.append(c) }
            current = nil
            readingTitle = false
            peopleDone = false
        }
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw)
            // `== 5月14日 ==`; `━━` as programmes printed before the rule became one of unambiguous width.
            if line.hasPrefix(Programme.ruleStart) || line.hasPrefix("━━ ") {
                flush()
                day = String(line.dropFirst(3).prefix { $0 != "━" && $0 != Programme.rule }.trimmingSpaces)
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
            guard current != nil, indent >= Programme.timeColumn, !body.isEmpty else {
                if body.isEmpty { readingTitle = false }
                continue
            }
            if readingTitle, indent == Programme.timeColumn {
                let first = body.components(separatedBy: " · ")[0]
                if kinds.contains(first) {
                    readingTitle = false
                    let parts = body.components(separatedBy: " · ")
                    current!.place = parts.count > 1 ? parts[parts.count - 1] : ""
                } else {
                    current!.title += body
                }
                continue
            }
            // `主讲：韩海杰 …`, then one line per further person at the hanging indent.
            if let colon = body.firstIndex(where: { $0 == "：" || $0 == ":" }),
                roleLabels.contains(String(body[..<colon]))
            {
                let rest = String(body[body.index(after: colon)...].trimmingSpaces)
                current!.roles.append((singular(String(body[..<colon])), rest.isEmpty ? [] : [rest]))
            } else if indent > Programme.timeColumn, !current!.roles.isEmpty, !peopleDone {
                current!.roles[current!.roles.count - 1].people.append(body)
            } else {
                // The languages line, or anything else after the people: no further person lines.
                peopleDone = true
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
    /// Changes come in programme order (removed sessions last).
    public init(before: [Entry], after: [Entry]) {
        var remaining = before
        var changes: [(at: Int, change: Change)] = []
        func take(_ where_: (Entry) -> Bool) -> Entry? {
            guard let i = remaining.firstIndex(where: where_) else { return nil }
            return remaining.remove(at: i)
        }
        var unmatched: [Int] = []
        for (i, a) in after.enumerated() {
            let b = a.uid.flatMap { uid in take { $0.uid == uid } }
                ?? take { $0.uid == nil && $0.title == a.title && $0.day == a.day }
            if let b { if Self.differ(b, a) { changes.append((i, .moved(from: b, to: a))) } }
            else { unmatched.append(i) }
        }
        for i in unmatched {
            let a = after[i]
            // Without identities, a session is the same one when it keeps its title, or failing
            // that its day, time and room (it was renamed).
            if let b = take({ $0.uid == nil && $0.title == a.title })
                ?? take({
                    $0.uid == nil && $0.day == a.day && $0.time == a.time && $0.place == a.place && !a.place.isEmpty
                })
            {
                changes.append((i, .moved(from: b, to: a)))
            } else {
                changes.append((i, .added(a)))
            }
        }
        self.changes = changes.sorted { $0.at < $1.at }.map(\.change) + remaining.map { .removed($0) }
    }

    /// Role headings are plural for several people ("Speakers"); a role is compared, and named
    /// in the list of changes, by its one-person heading.
    static func singular(_ label: String) -> String {
        if let former = RoleKind.formerHeadings[label] { return former.heading(.zh, count: 1) }
        for lang in Language.allCases {
            for kind in [nil, SessionKind.openingCeremony] {
                for role in RoleKind.allCases where role.heading(lang, count: 2, in: kind) == label {
                    return role.heading(lang, count: 1, in: kind)
                }
            }
        }
        return label
    }

    static func differ(_ b: Entry, _ a: Entry) -> Bool {
        b.day != a.day || b.time != a.time || b.place != a.place || b.title != a.title || !roleChanges(b, a).isEmpty
    }

    /// Per role, who came and who went (compared without spaces, so wrapped lines still match).
    public static func roleChanges(_ b: Entry, _ a: Entry) -> [RoleChange] {
        var labels: [String] = []
        for l in b.roles.map(\.label) + a.roles.map(\.label) where !labels.contains(l) { labels.append(l) }
        return labels.compactMap { label in
            let was = b.joined(label), now = a.joined(label)
            guard was != now else { return nil }
            func squeezed(_ s: String) -> String { String(s.filter { !$0.isWhitespace }) }
            let added = (a.roles.first { $0.label == label }?.people ?? []).filter { !was.contains(squeezed($0)) }
            let removed = (b.roles.first { $0.label == label }?.people ?? []).filter { !now.contains(squeezed($0)) }
            return RoleChange(label: label, added: added, removed: removed)
        }
    }

    public func text(since file: String, language: Language) -> String {
        let lang = language, sep = ExportWords.labelSeparator.text(lang)
        func where_(_ e: Entry) -> String {
            Sanitize.forTerminal(([e.day, e.time, e.place].filter { !$0.isEmpty }).joined(separator: " "))
        }
        func name(_ t: String) -> String { Sanitize.forTerminal(t) }
        var out = ExportWords.changesSince.text(lang, file, changes.count) + "\n"
        if changes.isEmpty { return out + ExportWords.nothingChanged.text(lang) + "\n" }
        for c in changes {
            switch c {
            case .moved(let a, let b):
                let title = name(b.title)
                if a.day != b.day || a.time != b.time || a.place != b.place {
                    out += ExportWords.changeMoved.text(lang) + title + sep + where_(a) + " → " + where_(b) + "\n"
                }
                if a.title != b.title {
                    out += ExportWords.changeRenamed.text(lang) + name(a.title) + " → " + title + sep
                        + where_(b) + "\n"
                }
                for r in Self.roleChanges(a, b) {
                    var parts: [String] = []
                    let list = ExportWords.listSeparator.text(lang)
                    if !r.added.isEmpty {
                        parts.append(ExportWords.rolesAdded.text(lang, r.added.map(name).joined(separator: list)))
                    }
                    if !r.removed.isEmpty {
                        parts.append(ExportWords.rolesNoLonger.text(lang, r.removed.map(name).joined(separator: list)))
                    }
                    if parts.isEmpty { parts.append(ExportWords.rolesChanged.text(lang)) }
                    out +=
                        ExportWords.changePeople.text(lang) + title + sep + r.label + " "
                        + parts.joined(separator: ExportWords.clauseSeparator.text(lang)) + "\n"
                }
            case .added(let e): out += ExportWords.changeAdded.text(lang) + name(e.title) + sep + where_(e) + "\n"
            case .removed(let e): out += ExportWords.changeRemoved.text(lang) + name(e.title) + sep + where_(e) + "\n"
            }
        }
        return out
    }
}

extension ChangeList {
    /// What moved, was added or removed since an earlier file: an event file (`confplan dump`) is
    /// compared by identities, as releases are; a printed programme line by line. Nil when the
    /// file holds no sessions to compare with.
    public static func report(since bytes: [UInt8], file path: String, plan: EventPlan,
                              options: Programme.Options) throws -> String? {
        let text = String(decoding: bytes, as: UTF8.self)
        if text.drop(while: { $0.isWhitespace }).first == "{" {
            return try eventFileReport(EventFile.read(bytes, file: path), file: path, plan: plan, options: options)
        }
        let before = entries(programme: text, language: options.language)
        if before.isEmpty { return nil }
        var after = entries(plan, options: options)
        // A printed programme has no identities: compare like with like.
        if before.allSatisfy({ $0.uid == nil }) {
            after = after.map {
                var e = $0; e.uid = nil; return e
            }
        }
        return ChangeList(before: before, after: after).text(since: path, language: options.language)
    }

    /// The releases' diff, roles, titles and status included, kept to the sessions the options
    /// select (a track, a person) before or after.
    static func eventFileReport(_ earlier: EventPlan, file path: String, plan: EventPlan,
                                options: Programme.Options) -> String {
        let shown = Set((entries(earlier, options: options) + entries(plan, options: options)).compactMap(\.uid))
        var diff = ProgrammeDiff(from: earlier.releasedSessions(), to: plan.releasedSessions())
        diff.changes.removeAll { !shown.contains($0.session.uid) }
        let file = Release(number: 0, name: path, note: "", at: "", by: "", sessions: [])
        return ReleaseReport(plan: plan, diff: diff, from: file, to: nil, language: options.language).text()
    }
}
