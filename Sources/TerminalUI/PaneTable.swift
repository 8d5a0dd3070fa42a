import PlanningCore

struct Column {
    var title: T
    var width: Int
    /// Columns with higher priority stay when the terminal is narrow.
    var priority: Int
    var flex = false
    var alignRight = false
    var value: (Int) -> String
    var sortKey: (Int) -> SortKey
    /// For a column of clash marks: the severity a row's mark stands for, which colours it (the
    /// colour follows the meaning, never the glyph).
    var severity: ((Int) -> Severity?)?
}

struct DetailLine {
    var text: String
    var style: CellStyle = .plain
}

/// What each pane shows: its columns, the details of a row, and the text search looks in.
enum PaneTable {
    static func columns(_ p: Pane, _ s: AppState) -> [Column] {
        let plan = s.plan, c = s.catalog, lang = s.language, pending = s.attendeesPending
        let py = Pinyin.shared
        func text(_ f: @escaping (Int) -> String) -> (Int) -> SortKey { { .text(py.sortKey(f($0))) } }
        switch p {
        case .venues:
            let perDay: (Int) -> String = { row in
                let id = plan.rooms[row].id
                var counts = Array(repeating: 0, count: plan.event.days.count)
                for x in plan.sessions where x.room == id {
                    if let start = x.start {
                        let d = plan.event.dayIndex(of: start) - 1
                        if d >= 0 && d < counts.count { counts[d] += 1 }
                    }
                }
                return counts.map(String.init).joined(separator: "/")
            }
            let site: (Int) -> String = { c.siteName[plan.rooms[$0].site] ?? "" }
            return [
                Column(title: .colSite, width: 14, priority: 3, value: site, sortKey: text(site)),
                Column(title: .colName, width: 16, priority: 9, flex: true, value: { plan.rooms[$0].name }, sortKey: text { plan.rooms[$0].name }),
                Column(title: .colCapacity, width: 6, priority: 8, alignRight: true, value: { String(plan.rooms[$0].capacity) },
                       sortKey: { .number(plan.rooms[$0].capacity) }),
                Column(title: .colFeatures, width: 22, priority: 2, value: { plan.rooms[$0].features.map { featureLabel($0, lang) }.joined(separator: " ") },
                       sortKey: { .text(plan.rooms[$0].features.joined(separator: " ")) }),
                Column(title: .colPerDay, width: 9, priority: 4, value: perDay, sortKey: text(perDay)),
            ]
        case .sessions:
            let day: (Int) -> String = { row in plan.sessions[row].start.map { "D\(plan.event.dayIndex(of: $0))" } ?? "—" }
            let time: (Int) -> String = { row in
                guard let a = plan.sessions[row].start, let b = plan.sessions[row].end else { return "—" }
                return a.clock + "–" + b.clock
            }
            let room: (Int) -> String = { row in plan.sessions[row].room.flatMap { c.roomIndex[$0] }.map { plan.rooms[$0].name } ?? "—" }
            let speakers: (Int) -> String = { row in
                (c.rolesBySession[plan.sessions[row].id] ?? []).filter { $0.role != .interpreter }
                    .compactMap { c.personIndex[$0.person].map { plan.people[$0].name } }.joined(separator: "、")
            }
            let seats: (Int) -> String = { row in
                let x = plan.sessions[row]
                let cap = [x.room.flatMap { c.roomIndex[$0] }.map { plan.rooms[$0].capacity }, x.capacityLimit].compactMap { $0 }.min()
                return "\(pending ? "…" : String(c.signups[x.id] ?? 0))/\(cap.map(String.init) ?? "—")"
            }
            let worst: (Int) -> Severity? = { row in
                let f = c.findingsBySession[plan.sessions[row].id] ?? []
                return f.contains { $0.severity == .error } ? .error : f.contains { $0.severity == .warning } ? .warning : nil
            }
            let mark: (Int) -> String = { row in worst(row).map { $0 == .error ? "✖" : "▲" } ?? "" }
            return [
                Column(title: .colDay, width: 3, priority: 8, value: day, sortKey: { .number(plan.sessions[$0].start?.minutes ?? Int.max) }),
                Column(title: .colTime, width: 11, priority: 9, value: time, sortKey: { .number(plan.sessions[$0].start?.minutes ?? Int.max) }),
                Column(title: .colRoom, width: 12, priority: 7, value: room, sortKey: text(room)),
                Column(title: .colTitle, width: 24, priority: 10, flex: true, value: { plan.sessions[$0].title }, sortKey: text { plan.sessions[$0].title }),
                Column(title: .colKind, width: 9, priority: 3, value: { plan.sessions[$0].kind.label(lang) }, sortKey: { .text(plan.sessions[$0].kind.rawValue) }),
                Column(title: .colTrack, width: 10, priority: 2, value: { plan.sessions[$0].track }, sortKey: text { plan.sessions[$0].track }),
                Column(title: .colSpeakers, width: 14, priority: 5, value: speakers, sortKey: text(speakers)),
                Column(title: .colSignups, width: 9, priority: 6, alignRight: true, value: seats, sortKey: { .number(c.signups[plan.sessions[$0].id] ?? 0) }),
                Column(title: .colMark, width: 2, priority: 10, value: mark, sortKey: text(mark), severity: worst),
            ]
        case .speakers, .attendees:
            let person: (Int) -> Person = p == .speakers ? { plan.people[$0] } : { plan.people[c.personIndex[plan.registrations[$0].person]!] }
            var cols = [
                Column(title: .colName, width: 10, priority: 10, value: { person($0).name }, sortKey: text { person($0).name }),
                Column(title: .colOrganisation, width: 20, priority: 8, flex: true, value: { person($0).organisation }, sortKey: text { person($0).organisation }),
                Column(title: .colJobTitle, width: 12, priority: 6, value: { person($0).title }, sortKey: text { person($0).title }),
            ]
            if p == .speakers {
                let count: (Int) -> Int = { Set((c.rolesByPerson[plan.people[$0].id] ?? []).map(\.session)).count }
                cols += [
                    Column(title: .colVIP, width: 4, priority: 5, alignRight: true, value: { plan.people[$0].vipLevel > 0 ? String(plan.people[$0].vipLevel) : "" },
                           sortKey: { .number(-plan.people[$0].vipLevel) }),
                    Column(title: .colSessions, width: 5, priority: 7, alignRight: true, value: { String(count($0)) }, sortKey: { .number(count($0)) }),
                ]
            } else {
                let choices: (Int) -> String = { row in
                    plan.registrations[row].signups.compactMap { c.sessionIndex[$0] }.map { i in
                        let x = plan.sessions[i]
                        return x.track.isEmpty ? x.title : x.track
                    }.joined(separator: "、")
                }
                cols += [
                    Column(title: .colCategory, width: 10, priority: 5, value: { plan.registrations[$0].category }, sortKey: { .text(plan.registrations[$0].category) }),
                    Column(title: .colChoices, width: 20, priority: 7, flex: true, value: choices, sortKey: text(choices)),
                ]
            }
            return cols
        case .conflicts:
            let f = s.findings
            let words = s.words
            return [
                Column(title: .colSeverity, width: 6, priority: 9, value: { f[$0].isOpen ? f[$0].severity.label(lang) : T.detailAcknowledged.text(lang) },
                       sortKey: { .number(f[$0].isOpen ? [Severity.error, .warning, .info].firstIndex(of: f[$0].severity)! : 3) },
                       severity: { f[$0].isOpen ? f[$0].severity : nil }),
                Column(title: .colCode, width: 19, priority: 5, value: { f[$0].finding.code.rawValue }, sortKey: { .text(f[$0].finding.code.rawValue) }),
                // `12月14日 14:00` takes 14 cells.
                Column(title: .colWhen, width: 14, priority: 6, value: { row in f[row].finding.sessions.first.map { start(plan, $0, lang) } ?? "" },
                       sortKey: { row in .number(f[row].finding.sessions.first.flatMap { id in plan.sessions.first { $0.id == id }?.start?.minutes } ?? .max) }),
                Column(title: .colMessage, width: 30, priority: 10, flex: true, value: { words.message(f[$0].finding) }, sortKey: { .text(words.message(f[$0].finding)) }),
            ]
        case .schedule:
            return []
        }
    }

    /// `5月14日 14:00`: the day and start of a session, for narrow columns.
    static func start(_ plan: EventPlan, _ id: ID<Session>, _ lang: Language) -> String {
        guard let t = plan.sessions.first(where: { $0.id == id })?.start else { return "" }
        return DateText.day(t.date, lang, weekday: false) + " " + t.clock
    }

    static func searchText(_ p: Pane, _ s: AppState, row: Int) -> String {
        let plan = s.plan
        switch p {
        case .venues: return plan.rooms[row].name + " " + (s.catalog.siteName[plan.rooms[row].site] ?? "")
        case .sessions: return plan.sessions[row].title + " " + plan.sessions[row].track
        case .speakers: return plan.people[row].name + " " + plan.people[row].organisation
        case .attendees:
            let person = plan.people[s.catalog.personIndex[plan.registrations[row].person]!]
            return person.name + " " + person.organisation + " " + person.phone
        case .conflicts: return s.words.message(s.findings[row].finding)
        case .schedule: return ""
        }
    }

    static func details(_ p: Pane, _ s: AppState, row: Int) -> [DetailLine] {
        let plan = s.plan, c = s.catalog, lang = s.language, pending = s.attendeesPending
        let words = s.words
        let bold = CellStyle(bold: true)
        func field(_ t: T, _ value: String) -> DetailLine { DetailLine(text: t.text(lang) + (lang == .zh ? "：" : ": ") + (value.isEmpty ? T.none.text(lang) : value)) }
        func windows(_ w: [TimeWindow]) -> String {
            w.isEmpty ? T.detailAlways.text(lang) : w.map { DateText.day($0.start.date, lang, weekday: false) + " " + $0.start.clock + "–" + $0.end.clock }.joined(separator: "; ")
        }
        func sessionLine(_ id: ID<Session>, _ extra: String = "") -> DetailLine? {
            guard let i = c.sessionIndex[id] else { return nil }
            let x = plan.sessions[i]
            return DetailLine(text: "  " + (words.when(id).isEmpty ? "—" : words.when(id)) + " " + x.title + extra)
        }
        switch p {
        case .venues:
            let r = plan.rooms[row]
            var lines = [DetailLine(text: r.name, style: bold), field(.colSite, c.siteName[r.site] ?? ""),
                         field(.colCapacity, String(r.capacity)),
                         field(.colFeatures, r.features.map { featureLabel($0, lang) }.joined(separator: "、")),
                         field(.detailAvailability, windows(r.availability)), DetailLine(text: T.detailSessions.text(lang) + "：")]
            let held = plan.sessions.filter { $0.room == r.id }.sorted { ($0.start?.minutes ?? .max) < ($1.start?.minutes ?? .max) }
            lines += held.compactMap { sessionLine($0.id) }
            return lines
        case .sessions:
            let x = plan.sessions[row]
            let room = x.room.flatMap { c.roomIndex[$0] }.map { plan.rooms[$0] }
            var lines = [DetailLine(text: x.title, style: bold),
                         field(.colTime, words.when(x.id)),
                         field(.colRoom, room.map { $0.name + " · " + (c.siteName[$0.site] ?? "") } ?? ""),
                         field(.colKind, x.kind.label(lang) + (x.isPlenary ? " · " + T.fieldPlenary.text(lang) : "")),
                         field(.colTrack, x.track), field(.detailStatus, (x.status == .draft ? T.statusDraft : T.statusConfirmed).text(lang)),
                         field(.detailLanguages, x.languages.joined(separator: "/")),
                         field(.detailRequires, x.requiredFeatures.map { featureLabel($0, lang) }.joined(separator: "、")),
                         field(.colSignups, (pending ? "…" : String(c.signups[x.id] ?? 0)) + (room.map { " / \($0.capacity)" } ?? "")),
                         DetailLine(text: T.detailRoles.text(lang) + "：")]
            for r in c.rolesBySession[x.id] ?? [] {
                guard let i = c.personIndex[r.person] else { continue }
                let person = plan.people[i]
                lines.append(DetailLine(text: "  " + r.role.label(lang) + " " + person.name + " " + person.title + " " + person.organisation))
            }
            let open = c.findingsBySession[x.id] ?? []
            if !open.isEmpty {
                lines.append(DetailLine(text: T.detailFindings.text(lang) + "：", style: bold))
                for f in open {
                    lines.append(DetailLine(text: "  " + (f.severity == .error ? "✖ " : f.severity == .warning ? "▲ " : "· ") + words.message(f.finding),
                                            style: CellStyle(role: Theme.role(f.severity))))
                }
            }
            if !x.notes.isEmpty { lines.append(field(.detailNotes, x.notes)) }
            return lines
        case .speakers, .attendees:
            let person = p == .speakers ? plan.people[row] : plan.people[c.personIndex[plan.registrations[row].person]!]
            var lines = [DetailLine(text: person.name, style: bold), field(.colOrganisation, person.organisation),
                         field(.colJobTitle, person.title), field(.detailPhone, person.phone), field(.detailEmail, person.email)]
            if p == .speakers {
                lines += [field(.colVIP, person.vipLevel > 0 ? String(person.vipLevel) : ""), field(.detailAvailability, windows(person.availability)),
                          DetailLine(text: T.detailSessions.text(lang) + "：")]
                let roles = (c.rolesByPerson[person.id] ?? []).sorted {
                    (c.sessionIndex[$0.session].flatMap { plan.sessions[$0].start?.minutes } ?? .max) <
                        (c.sessionIndex[$1.session].flatMap { plan.sessions[$0].start?.minutes } ?? .max)
                }
                lines += roles.compactMap { sessionLine($0.session, " (" + $0.role.label(lang) + ")") }
            } else {
                let reg = plan.registrations[row]
                lines += [field(.colCategory, reg.category), DetailLine(text: T.colChoices.text(lang) + "：")]
                lines += reg.signups.compactMap { sessionLine($0) }
            }
            return lines
        case .conflicts:
            let f = s.findings[row]
            var lines = [DetailLine(text: f.finding.code.rawValue + " · " + f.severity.label(lang), style: bold),
                         DetailLine(text: words.message(f.finding))]
            lines += f.finding.sessions.compactMap { sessionLine($0) }
            if let a = f.acknowledgement {
                lines.append(DetailLine(text: T.detailAcknowledged.text(lang) + "：" + a.reason + " — " + a.by + " " + a.at))
            }
            return lines
        case .schedule:
            return []
        }
    }
}
