import Foundation
import PlanningCore

extension AppState {
    var roomChoices: [Choice] {
        [Choice(label: T.unassigned.text(language), value: "")] + plan.rooms.map {
            Choice(label: $0.name + " · " + (catalog.siteName[$0.site] ?? ""), value: String($0.id.raw))
        }
    }
    var kindChoices: [Choice] { SessionKind.allCases.map { Choice(label: $0.label(language), value: $0.rawValue) } }
    var roleChoices: [Choice] { RoleKind.allCases.map { Choice(label: $0.label(language) + " " + $0.rawValue, value: $0.rawValue) } }
    var sessionChoices: [Choice] {
        plan.sessions.map { Choice(label: ($0.start.map { "D\(plan.event.dayIndex(of: $0)) \($0.clock) " } ?? "") + $0.title, value: String($0.id.raw)) }
    }
    var personChoices: [Choice] { plan.people.map { Choice(label: $0.name + " " + $0.organisation, value: String($0.id.raw)) } }
    var featureChoices: [Choice] { RoomFeature.allCases.map { Choice(label: $0.label(language), value: $0.rawValue) } }
    /// A feature list as a pick list; a stored value outside the vocabulary stays as text, so
    /// saving asks for it to be corrected instead of dropping it.
    func featureField(_ name: String, _ label: T, _ stored: [String]) -> FormField {
        let codes = stored.flatMap(RoomFeature.codes(of:))
        let known = codes.filter { RoomFeature(rawValue: $0) != nil }, unknown = codes.filter { RoomFeature(rawValue: $0) == nil }
        return FormField(name, label, .multi(featureChoices), text: unknown.joined(separator: "、"), picked: known)
    }
    var yesNo: [Choice] { [Choice(label: T.no.text(language), value: "no"), Choice(label: T.yes.text(language), value: "yes")] }

    func sessionForm(_ s: Session?) -> Form {
        let day = s?.start.map { plan.event.programmeDay(of: $0) } ?? plan.event.firstDay
        return seen(Form(title: s == nil ? .formAddSession : .formEditSession, purpose: s.map { .editSession($0.id) } ?? .addSession, fields: [
            FormField("title", .fieldTitle, .text, text: s?.title ?? "", required: true),
            FormField("kind", .fieldKind, .choice(kindChoices, allowsNew: false), chosen: (s?.kind ?? .subForum).rawValue),
            FormField("track", .fieldTrack, .text, text: s?.track ?? ""),
            FormField("room", .fieldRoom, .choice(roomChoices, allowsNew: false), chosen: s?.room.map { String($0.raw) } ?? ""),
            FormField("day", .fieldDay, .date, text: day.description),
            FormField("start", .fieldStart, .time, text: s?.start?.clock ?? ""),
            FormField("end", .fieldEnd, .time, text: s?.end?.clock ?? ""),
            FormField("status", .fieldStatus, .choice(SessionStatus.allCases.map { Choice(label: ($0 == .draft ? T.statusDraft : T.statusConfirmed).text(language), value: $0.rawValue) }, allowsNew: false),
                      chosen: (s?.status ?? .draft).rawValue),
            // New sessions follow their kind (an opening ceremony is plenary) unless staff say otherwise.
            FormField("plenary", .fieldPlenary, .choice([Choice(label: T.plenaryByKind.text(language), value: "auto")] + yesNo, allowsNew: false),
                      chosen: s.map { $0.isPlenary ? "yes" : "no" } ?? "auto"),
            featureField("requires", .fieldRequires, s?.requiredFeatures ?? []),
            FormField("notes", .fieldNotes, .text, text: s?.notes ?? ""),
        ]))
    }

    /// A new session in a grid cell: room, day and times filled in.
    func newSessionForm(room: ID<Room>, start: LocalDateTime, minutes: Int) -> Form {
        var form = sessionForm(nil)
        form["room"].chosen = String(room.raw)
        func set(_ name: String, _ text: String) {
            form[name].text = Array(text)
            form[name].cursor = text.count
        }
        set("day", plan.event.programmeDay(of: start).description)
        set("start", start.clock)
        set("end", start.adding(minutes: minutes).clock)
        return form
    }

    func roomForm(_ r: Room?) -> Form {
        let sites = plan.sites.map { Choice(label: $0.name, value: String($0.id.raw)) }
        return seen(Form(title: r == nil ? .formAddRoom : .formEditRoom, purpose: r.map { .editRoom($0.id) } ?? .addRoom, fields: [
            FormField("name", .fieldRoomName, .text, text: r?.name ?? "", required: true),
            FormField("site", .fieldSite, .choice(sites, allowsNew: true), required: true, chosen: (r?.site ?? plan.sites.first?.id).map { String($0.raw) }),
            FormField("capacity", .fieldCapacity, .number, text: r.map { String($0.capacity) } ?? "", required: true),
            featureField("features", .fieldFeatures, r?.features ?? []),
            FormField("notes", .fieldNotes, .text, text: r?.notes ?? ""),
        ]))
    }

    func personFields(_ p: Person?) -> [FormField] {
        [
            FormField("name", .fieldName, .text, text: p?.name ?? "", required: true),
            FormField("organisation", .fieldOrganisation, .text, text: p?.organisation ?? ""),
            FormField("title", .fieldJobTitle, .text, text: p?.title ?? ""),
            FormField("phone", .fieldPhone, .text, text: p?.phone ?? ""),
            FormField("email", .fieldEmail, .text, text: p?.email ?? ""),
        ]
    }

    func speakerForm(_ p: Person?) -> Form {
        var fields = personFields(p) + [
            FormField("orgType", .fieldOrgType, .choice(OrgType.allCases.map { Choice(label: $0.rawValue, value: $0.rawValue) }, allowsNew: false),
                      chosen: (p?.orgType ?? .other).rawValue),
            FormField("vip", .fieldVIP, .number, text: String(p?.vipLevel ?? 0)),
        ]
        if p == nil {
            fields += [FormField("session", .fieldSession, .choice(sessionChoices, allowsNew: false), required: true, chosen: plan.sessions.first.map { String($0.id.raw) }),
                       FormField("role", .fieldRole, .choice(roleChoices, allowsNew: false), chosen: RoleKind.speaker.rawValue)]
        }
        return seen(Form(title: p == nil ? .formAddSpeaker : .formEditPerson, purpose: p.map { .editPerson($0.id) } ?? .addSpeaker, fields: fields))
    }

    func attendeeForm(_ p: Person?, _ reg: Registration?) -> Form {
        seen(Form(title: p == nil ? .formAddAttendee : .formEditAttendee, purpose: p.map { .editAttendee($0.id) } ?? .addAttendee,
             fields: personFields(p) + [
                FormField("category", .fieldCategory, .text, text: reg?.category ?? "delegate"),
                FormField("choices", .fieldChoices, .multi(sessionChoices), picked: reg?.signups.map { String($0.raw) } ?? []),
             ]))
    }

    func roleForm(_ session: ID<Session>) -> Form {
        Form(title: .formAddRole, purpose: .addRole(session), fields: [
            FormField("person", .fieldPerson, .choice(personChoices, allowsNew: false), required: true, chosen: plan.people.first.map { String($0.id.raw) }),
            FormField("role", .fieldRole, .choice(roleChoices, allowsNew: false), chosen: RoleKind.speaker.rawValue),
        ])
    }

    func removeRoleForm(_ session: ID<Session>) -> Form {
        let roles = (catalog.rolesBySession[session] ?? []).map { r in
            Choice(label: r.role.label(language) + " " + (catalog.personIndex[r.person].map { plan.people[$0].name } ?? ""),
                   value: "\(r.person.raw)|\(r.role.rawValue)")
        }
        return Form(title: .formRemoveRole, purpose: .removeRole(session), fields: [
            FormField("role", .fieldRole, .choice(roles, allowsNew: false), required: true, chosen: roles.first?.value),
        ])
    }

    func acknowledgeForm(_ key: String) -> Form {
        Form(title: .formAck, purpose: .acknowledge(key), fields: [FormField("reason", .fieldReason, .text, required: true)])
    }

    // MARK: saving

    /// Enter in a form: its fields judged, then what its purpose does with them; a field in
    /// error keeps the form up with the focus on it.
    mutating func save(_ form: Form) -> Mode {
        var form = form
        guard let changes = changes(for: &form) else {
            if let bad = form.fields.firstIndex(where: { $0.error != nil }) { form.focus = bad }
            return .form(form)
        }
        switch form.purpose {
        case .importFile: return startImport(form)
        case .export: return saveExport(form)
        case .gridTrack, .gridPerson: saveGridFilter(form)
        case .acknowledge(let key): emit(.acknowledge(key: key, reason: form["reason"].string))
        default: if !changes.isEmpty { commit(changes, done: .saved, form: form) }
        }
        return .normal
    }

    /// Checks every field; on success returns the changes the form stands for.
    /// A form that remembers the event as the person saw it when it opened.
    func seen(_ form: Form) -> Form {
        var f = form
        f.original = plan
        return f
    }

    mutating func changes(for form: inout Form) -> [Change]? {
        // Judged against the event as it was when the form opened (see `Form.original`).
        let plan = form.original ?? self.plan
        for i in form.fields.indices { form.fields[i].error = nil }
        func fail(_ name: String, _ t: T) { form[name].error = t.text(language) }
        for f in form.fields where f.required {
            switch f.kind {
            case .choice(_, let allowsNew): if f.chosen == nil && !(allowsNew && !f.string.isEmpty) { fail(f.name, .formRequired) }
            default: if f.string.isEmpty { fail(f.name, .formRequired) }
            }
        }
        func number(_ name: String) -> Int? {
            let s = form[name].string
            if s.isEmpty { return 0 }
            guard let n = Int(s), n >= 0 else { fail(name, .formBadNumber); return nil }
            return n
        }
        /// The features picked plus any typed as words of either language; an unknown word is
        /// refused with the list.
        func features(_ name: String) -> [String] {
            var codes = form[name].picked
            switch RoomFeature.parse(form[name].string) {
            case .success(let typed): for c in typed where !codes.contains(c) { codes.append(c) }
            case .failure(let unknown): form[name].error = unknown.message(language)
            }
            return codes
        }
        let uid = UUID().uuidString.lowercased()
        switch form.purpose {
        case .addSession, .editSession:
            var s: Session
            if case .editSession(let id) = form.purpose, let i = plan.sessions.firstIndex(where: { $0.id == id }) { s = plan.sessions[i] } else {
                s = Session(id: ID(0), key: "", uid: uid, title: "")
            }
            s.title = form["title"].string
            s.kind = SessionKind(rawValue: form["kind"].chosen ?? "") ?? .other
            s.track = form["track"].string
            s.room = form["room"].chosen.flatMap { Int($0) }.map { ID($0) }
            s.status = SessionStatus(rawValue: form["status"].chosen ?? "") ?? .draft
            s.isPlenary = form["plenary"].chosen == "auto" ? s.kind.isPlenaryByDefault : form["plenary"].chosen == "yes"
            s.requiredFeatures = features("requires")
            s.notes = form["notes"].string
            let startText = form["start"].string, endText = form["end"].string
            if startText.isEmpty && endText.isEmpty {
                s.start = nil
                s.end = nil
            } else {
                let day = FieldParsing.date(form["day"].string, event: plan.event)
                let start = FieldParsing.clock(startText), end = FieldParsing.clock(endText)
                if day == nil { fail("day", .formBadDate) }
                if start == nil { fail("start", .formBadTime) }
                if end == nil { fail("end", .formBadTime) }
                if let day, let start, let end {
                    let a = LocalDateTime(date: day).adding(minutes: start)
                    // An end before the day-change hour is after midnight (a banquet); otherwise it must follow the start.
                    let nextDay = end <= start && end < plan.event.dayChangeHour * 60
                    let b = LocalDateTime(date: day).adding(minutes: end + (nextDay ? 1440 : 0))
                    if b <= a { fail("end", .formEndBeforeStart) } else { s.start = a; s.end = b }
                }
            }
            guard form.fields.allSatisfy({ $0.error == nil }) else { return nil }
            if case .editSession(let id) = form.purpose { return [.session(before: plan.record(of: id), after: SessionRecord(session: s))] }
            return [.session(before: nil, after: SessionRecord(session: s))]
        case .addRoom, .editRoom:
            let roomFeatures = features("features")
            guard let capacity = number("capacity"), form.fields.allSatisfy({ $0.error == nil }) else { return nil }
            var changes: [Change] = []
            var siteID = form["site"].chosen.flatMap { Int($0) }.map { ID<Site>($0) }
            if siteID == nil {
                // A name no site has yet: the room brings its site with it.
                let site = Site(id: ID(0), key: "", uid: UUID().uuidString.lowercased(), name: form["site"].string)
                changes.append(.site(before: nil, after: site))
                siteID = ID(0)
            }
            var r: Room
            if case .editRoom(let id) = form.purpose, let i = plan.rooms.firstIndex(where: { $0.id == id }) { r = plan.rooms[i] } else {
                r = Room(id: ID(0), key: "", uid: uid, site: siteID!, name: "", capacity: 0)
            }
            r.name = form["name"].string
            r.site = siteID!
            r.capacity = capacity
            r.features = roomFeatures
            r.notes = form["notes"].string
            if case .editRoom(let id) = form.purpose { changes.append(.room(before: plan.record(of: id), after: RoomRecord(room: r))) }
            else { changes.append(.room(before: nil, after: RoomRecord(room: r))) }
            return changes
        case .addSpeaker, .editPerson, .addAttendee, .editAttendee:
            let vip = form.fields.contains { $0.name == "vip" } ? number("vip") : 0
            guard let vip, form.fields.allSatisfy({ $0.error == nil }) else { return nil }
            var record: PersonRecord
            let existing: ID<Person>? = switch form.purpose {
            case .editPerson(let id), .editAttendee(let id): id
            default: nil
            }
            if let existing, let r = plan.record(of: existing) { record = r } else {
                record = PersonRecord(person: Person(id: ID(0), key: "", uid: uid, name: ""))
            }
            let before = existing.flatMap { plan.record(of: $0) }
            record.person.name = form["name"].string
            record.person.organisation = form["organisation"].string
            record.person.title = form["title"].string
            record.person.phone = form["phone"].string
            record.person.email = form["email"].string.lowercased()
            if form.fields.contains(where: { $0.name == "orgType" }) {
                record.person.orgType = OrgType(rawValue: form["orgType"].chosen ?? "") ?? .other
                record.person.vipLevel = vip
            }
            if form.purpose == .addSpeaker, let s = form["session"].chosen.flatMap(Int.init) {
                record.roles = [SessionRole(session: ID(s), person: ID(0), role: RoleKind(rawValue: form["role"].chosen ?? "") ?? .speaker)]
            }
            if form.fields.contains(where: { $0.name == "choices" }) {
                let category = form["category"].string.isEmpty ? "delegate" : form["category"].string
                record.registration = Registration(person: record.person.id, category: category,
                                                   signups: form["choices"].picked.compactMap(Int.init).map { ID($0) })
            }
            return [.person(before: before, after: record)]
        case .addRole(let session):
            guard let p = form["person"].chosen.flatMap(Int.init), form.fields.allSatisfy({ $0.error == nil }) else { return nil }
            let role = SessionRole(session: session, person: ID(p), role: RoleKind(rawValue: form["role"].chosen ?? "") ?? .speaker)
            return plan.roles.contains(role) ? [] : [.role(before: nil, after: role)]
        case .removeRole(let session):
            guard let v = form["role"].chosen, form.fields.allSatisfy({ $0.error == nil }) else { return nil }
            let parts = v.split(separator: "|")
            guard parts.count == 2, let p = Int(parts[0]), let kind = RoleKind(rawValue: String(parts[1])) else { return nil }
            return [.role(before: SessionRole(session: session, person: ID(p), role: kind), after: nil)]
        case .acknowledge, .importFile, .gridTrack, .gridPerson, .export:
            return form.fields.allSatisfy({ $0.error == nil }) ? [] : nil
        }
    }
}
