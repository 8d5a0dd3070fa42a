import Codecs
import PlanningCore

/// `confplan check` output: a readable, aligned text report, or the stable JSON form.
public struct FindingReport {
    public let plan: EventPlan
    public let findings: [ReportedFinding]
    public let language: Language

    public init(plan: EventPlan, findings: [ReportedFinding], language: Language) {
        self.plan = plan
        self.findings = findings
        self.language = language
    }

    public var openErrors: Int { findings.filter { $0.isOpen && $0.severity == .error }.count }

    /// `2 errors · 5 warnings · 1 info · 3 acknowledged` (counts of open findings); `brief` gives
    /// the status bar's `2 errors · 5 warnings`.
    public static func summary(_ findings: [ReportedFinding], _ lang: Language, brief: Bool = false) -> String {
        // Counted in one pass without copying findings: the status bar does this every frame.
        var e = 0, w = 0, i = 0, acked = 0
        for k in findings.indices {
            guard findings[k].acknowledgement == nil else { acked += 1; continue }
            switch findings[k].severity {
            case .error: e += 1
            case .warning: w += 1
            case .info: i += 1
            }
        }
        let parts =
            [
                Plural(one: ExportWords.summaryErrorOne, other: .summaryErrorOther).text(lang, e),
                Plural(one: ExportWords.summaryWarningOne, other: .summaryWarningOther).text(lang, w),
                ExportWords.summaryInfo.text(lang, i),
            ] + (acked > 0 ? [ExportWords.summaryAcknowledged.text(lang, acked)] : [])
        return parts.prefix(brief ? 2 : parts.count).joined(separator: " · ")
    }

    public func text() -> String {
        let words = FindingText(plan: plan, language: language)
        var out = Sanitize.forTerminal(plan.event.name) + " (\(plan.event.key))\n"
        out += Self.summary(findings, language) + "\n"
        if findings.isEmpty {
            return out + "\n" + ExportWords.noConflicts.text(language) + "\n"
        }
        // The kind in words (会场冲突); the codes are the JSON form's and `--only`'s. As wide as the
        // kinds this report names: the longest of every kind (a banquet's) pushed each line's
        // message past 80 columns.
        let codeWidth = Set(findings.map(\.finding.code)).map { DisplayWidth.of($0.text(language)) }.max() ?? 0
        let whenTexts = findings.map { f in
            f.finding.sessions.first.map { shortWhen($0, words) }
                ?? f.finding.runs.first.flatMap { words.run($0) }.map { shortWhen($0.depart) }
                ?? Self.night(f.finding).map { DateText.day($0, language, weekday: false) } ?? ""
        }
        let whenWidth = whenTexts.map { DisplayWidth.of($0) }.max() ?? 0
        func line(_ i: Int) -> String {
            let f = findings[i]
            return "  \(f.shortID)  " + DisplayWidth.pad(f.finding.code.text(language), to: codeWidth) + "  "
                + DisplayWidth.pad(whenTexts[i], to: whenWidth) + "  " + Sanitize.forTerminal(words.message(f.finding))
        }
        for severity in Severity.allCases {
            let group = findings.indices.filter { findings[$0].isOpen && findings[$0].severity == severity }
            guard !group.isEmpty else { continue }
            let heading: ExportWords = switch severity {
            case .error: .errorsHeading
            case .warning: .warningsHeading
            case .info: .infoHeading
            }
            out += "\n" + heading.text(language, group.count) + "\n"
            for i in group { out += line(i) + "\n" }
        }
        let acked = findings.indices.filter { !findings[$0].isOpen }
        if !acked.isEmpty {
            out += "\n" + ExportWords.acknowledgedHeading.text(language, acked.count) + "\n"
            for i in acked {
                let a = findings[i].acknowledgement!
                out +=
                    line(i) + "\n" + String(repeating: " ", count: 12)
                    + ExportWords.acknowledgedBy.text(
                        language, Sanitize.forTerminal(a.reason), Sanitize.forTerminal(a.by),
                        ZoneOffset(plan.event.timeZone).readable(a.at, language)) + "\n"
            }
        }
        return out
    }

    private func shortWhen(_ id: ID<Session>, _ words: FindingText) -> String {
        guard let start = words.session(id)?.start else { return "—" }
        return shortWhen(start)
    }

    private func shortWhen(_ t: LocalDateTime) -> String {
        DateText.day(t.date, language, weekday: false) + " " + t.clock
    }

    /// A room or person in the JSON form: identifier, UUID and name.
    private func reference(_ key: String, _ uid: String, _ name: String) -> String {
        "{\"id\": \(JSONText.quote(key)), \"uuid\": \(JSONText.quote(uid)), \"name\": \(JSONText.quote(name))}"
    }

    static let roomingCodes: Set<FindingCode> = [
        .roomsOverbooked, .mixedGenderRoom, .guestInTwoRooms, .nightsUncovered, .roomBelowLevel, .roommateNotHonoured,
        .hotelTooFar, .roomBeyondStay, .cancelledHoldsRoom, .companionApart, .roomNotHeld,
    ]

    /// Transport findings whose `count` and `limit` mean something (see `Finding`).
    static let countedTransport: Set<FindingCode> = [
        .lateArrival, .earlyDeparture, .runOverSeats, .runBeforeArrival, .longWait, .visitShortOfSeats,
        .tripOutsideEvent,
    ]

    /// A run in the JSON form: its id, when, from where to where (the sites' ids) and its vehicle's plate.
    private func runJSON(_ r: Run) -> String {
        let site = { (id: ID<Site>) in self.plan.sites.first { $0.id == id }?.key ?? "" }
        let plate = r.vehicle.flatMap { v in plan.vehicles.first { $0.id == v }?.plate }
        return "{\"id\": \(JSONText.quote(r.key)), \"uuid\": \(JSONText.quote(r.uid)), "
            + "\"kind\": \(JSONText.quote(r.kind.rawValue)), \"depart\": \"\(r.depart)\", "
            + "\"from\": \(JSONText.quote(site(r.from))), \"to\": \(JSONText.quote(site(r.to))), "
            + "\"vehicle\": " + (plate.map(JSONText.quote) ?? "null") + "}"
    }

    /// The banquet's findings, whose details are table numbers.
    static let banquet: Set<FindingCode> = [.tableOverSeats, .seatedTwice, .halalAtPlainTable, .vipBelowJunior,
                                            .noInterpreterAtTable, .unseatedGuest, .seatedNotSignedUp,
                                            .tableWithoutHost]
    /// The night a rooming finding is about (its first detail), when it names one.
    static func night(_ f: Finding) -> LocalDate? {
        f.blocks.isEmpty && f.code != .nightsUncovered && f.code != .roomBeyondStay
            ? nil : f.details.first.flatMap { LocalDate(iso: $0) }
    }

    /// Rooming findings' own fields: the night and room they are about, the room type, counts,
    /// and their blocks with hotel and type.
    private func roomingFields(_ f: Finding, _ words: FindingText) -> [String] {
        var fields: [String] = []
        if let night = Self.night(f) { fields.append("\"night\": \"\(night)\"") }
        if f.details.count > 1, [.roomsOverbooked, .mixedGenderRoom, .roomNotHeld].contains(f.code) {
            fields.append("\"room\": \(JSONText.quote(f.details[1]))")
        }
        if f.code == .roomBelowLevel, let type = f.details.first { fields.append("\"type\": \(JSONText.quote(type))") }
        if f.code != .mixedGenderRoom && f.code != .roommateNotHonoured && f.code != .companionApart {
            fields.append("\"count\": \(f.count)")
            if ![.guestInTwoRooms, .cancelledHoldsRoom, .roomNotHeld].contains(f.code) {
                fields.append("\"limit\": \(f.limit)")
            }
        }
        let blocks = f.blocks.compactMap { words.block($0) }.map { b in
            "{\"id\": \(JSONText.quote(b.key)), \"uuid\": \(JSONText.quote(b.uid)), "
                + "\"hotel\": \(JSONText.quote(plan.sites.first { $0.id == b.hotel }?.key ?? "")), "
                + "\"type\": \(JSONText.quote(b.type.rawValue))}"
        }
        fields.append("\"blocks\": [" + blocks.joined(separator: ", ") + "]")
        return fields
    }

    /// The stable machine-readable form; documented in README.md ("check --format json").
    public func json() -> String {
        let words = FindingText(plan: plan, language: language)
        let open = findings.filter(\.isOpen)
        func count(_ s: Severity) -> Int { open.filter { $0.severity == s }.count }
        var out =
            "{\n  \"event\": {\"id\": \(JSONText.quote(plan.event.key)), \"uuid\": \(JSONText.quote(plan.event.uid)), "
                + "\"name\": \(JSONText.quote(plan.event.name))},\n"
        out +=
            "  \"summary\": {\"errors\": \(count(.error)), \"warnings\": \(count(.warning)), \"info\": "
                + "\(count(.info)), \"acknowledged\": \(findings.count - open.count)},\n"
        out += "  \"findings\": ["
        for (i, f) in findings.enumerated() {
            var fields = [
                "\"id\": \(JSONText.quote(f.shortID))", "\"key\": \(JSONText.quote(f.key))",
                "\"code\": \(JSONText.quote(f.finding.code.rawValue))",
                "\"severity\": \(JSONText.quote(f.severity.rawValue))",
                "\"message\": \(JSONText.quote(words.message(f.finding)))",
                "\"acknowledged\": \(f.isOpen ? "false" : "true")",
            ]
            if let a = f.acknowledgement {
                fields.append(
                    "\"acknowledgement\": {\"reason\": \(JSONText.quote(a.reason)), \"by\": \(JSONText.quote(a.by)), "
                        + "\"at\": \(JSONText.quote(a.at))}"
                )
            }
            if f.finding.code == .overCapacity || f.finding.code == .travelTime || f.finding.code == .attendeeClash {
                fields.append("\"count\": \(f.finding.count)")
                if f.finding.code != .attendeeClash { fields.append("\"limit\": \(f.finding.limit)") }
            }
            if Self.countedTransport.contains(f.finding.code) {
                fields.append("\"count\": \(f.finding.count)")
                if f.finding.code != .runBeforeArrival { fields.append("\"limit\": \(f.finding.limit)") }
            }
            let directed = f.finding.code == .noTransport || f.finding.code == .tripOutsideEvent
            if directed, let direction = f.finding.details.first {
                fields.append("\"direction\": \(JSONText.quote(direction))")
            }
            if f.finding.code == .tableOverSeats {
                fields.append("\"count\": \(f.finding.count)")
                fields.append("\"limit\": \(f.finding.limit)")
            }
            let rooming = Self.roomingCodes.contains(f.finding.code)
            if rooming { fields += roomingFields(f.finding, words) }
            // A banquet finding's details are the numbers of the tables it is about.
            if Self.banquet.contains(f.finding.code), !f.finding.details.isEmpty {
                fields.append("\"tables\": [" + f.finding.details.joined(separator: ", ") + "]")
            } else if !f.finding.details.isEmpty && !directed && !rooming {
                fields.append("\"features\": [" + f.finding.details.map(JSONText.quote).joined(separator: ", ") + "]")
            }
            fields.append(
                "\"sessions\": ["
                    + f.finding.sessions.compactMap { words.session($0) }.map { s in
                        var parts = [
                            "\"id\": \(JSONText.quote(s.key))", "\"uuid\": \(JSONText.quote(s.uid))",
                            "\"title\": \(JSONText.quote(s.title))",
                        ]
                        if let a = s.start, let b = s.end { parts += ["\"start\": \"\(a)\"", "\"end\": \"\(b)\""] }
                        return "{" + parts.joined(separator: ", ") + "}"
                    }.joined(separator: ", ") + "]")
            let rooms = f.finding.rooms.compactMap { words.room($0) }.map { reference($0.key, $0.uid, $0.name) }
            let people = f.finding.people.compactMap { words.person($0) }.map { reference($0.key, $0.uid, $0.name) }
            fields.append("\"rooms\": [" + rooms.joined(separator: ", ") + "]")
            fields.append("\"people\": [" + people.joined(separator: ", ") + "]")
            // Only transport findings name runs and vehicles; the other findings' shape is as it was.
            if !f.finding.runs.isEmpty || !f.finding.vehicles.isEmpty {
                let runs = f.finding.runs.compactMap { words.run($0) }.map(runJSON)
                fields.append("\"runs\": [" + runs.joined(separator: ", ") + "]")
                let vehicles = f.finding.vehicles.compactMap { words.vehicle($0) }.map { v in
                    "{\"id\": \(JSONText.quote(v.key)), \"uuid\": \(JSONText.quote(v.uid)), "
                        + "\"plate\": \(JSONText.quote(v.plate)), \"driver\": \(JSONText.quote(v.driver))}"
                }
                fields.append("\"vehicles\": [" + vehicles.joined(separator: ", ") + "]")
            }
            out += (i == 0 ? "\n" : ",\n") + "    {" + fields.joined(separator: ", ") + "}"
        }
        out += findings.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return out
    }
}
