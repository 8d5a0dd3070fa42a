import Foundation
import PlanningCore

/// The fields of each form. Speakers and attendees start with a person's five.
enum SessionField: Int, FieldSet {
    case title, kind, track, room, day, start, end, status, plenary, fixed, requires, languages, seatLimit, notes
}
enum RoomField: Int, FieldSet { case name, site, capacity, features, availability, notes }
enum PersonField: Int, FieldSet { case name, organisation, title, phone, email }
enum SpeakerField: Int, FieldSet { case orgType = 5, vip, availability, sessions, role, language, diet }
enum AttendeeField: Int, FieldSet { case category = 5, choices, language, diet }
enum RoleField: Int, FieldSet { case person, role }
/// A form of one field: the role to remove, the reason, the file, the grid's filter.
enum OnlyField: Int, FieldSet { case only }
/// The import form: the list, and which sheet of a workbook when several could be the list.
enum ImportField: Int, FieldSet { case file, sheet }
/// A release's name and note (both may stay empty: it is then 第 N 版).
enum ReleaseField: Int, FieldSet { case name, note }

/// The forms that edit the event: what each shows, and the changes each stands for when saved.
extension AppState {
    var roomChoices: [Choice] {
        [Choice(label: UIWords.unassigned.text(language), value: .none)]
            + plan.rooms.map {
                Choice(label: $0.name + " · " + (document.catalog.siteName[$0.site] ?? ""), value: .room($0.id))
            }
    }
    var kindChoices: [Choice] { SessionKind.allCases.map { Choice(label: $0.label(language), value: .kind($0)) } }
    var roleChoices: [Choice] { RoleKind.allCases.map { Choice(label: $0.label(language), value: .role($0)) } }
    var sessionChoices: [Choice] {
        plan.sessions.map { s in
            Choice(
                label: (s.start.map { DateText.day($0.date, language, weekday: false) + " \($0.clock) " } ?? "")
                    + s.title,
                value: .session(s.id))
        }
    }
    var personChoices: [Choice] {
        // In the panes' order of names: Katrin Hoffmann under h, among the pinyin.
        plan.people.map { (NameOrder.key($0.name), $0) }.sorted { $0.0 < $1.0 }
            .map { Choice(label: $0.1.name + " " + $0.1.organisation, value: .person($0.1.id)) }
    }
    var languageChoices: [Choice] {
        LanguageName.allCases.map { Choice(label: $0.text(language), value: .language($0)) }
    }
    var featureChoices: [Choice] { RoomFeature.allCases.map { Choice(label: $0.label(language), value: .feature($0)) } }

    /// A feature list as a pick list; a stored value outside the vocabulary stays as text, so
    /// saving asks for it to be corrected instead of dropping it.
    func featureField(_ label: UIWords, _ stored: [String]) -> FormField {
        let codes = stored.flatMap(RoomFeature.codes(of:))
        let known = codes.compactMap(RoomFeature.init(rawValue:)),
            unknown = codes.filter { RoomFeature(rawValue: $0) == nil }
        return FormField(
            label, .multi(featureChoices), text: unknown.joined(separator: "、"), picked: known.map { .feature($0) })
    }

    func sessionForm(_ s: Session?) -> Form {
        let day = s?.start.map { plan.event.programmeDay(of: $0) } ?? plan.event.firstDay
        let statuses = SessionStatus.allCases.map { Choice(label: $0.text(language), value: .status($0)) }
        // New sessions follow their kind (an opening ceremony is plenary) unless staff say otherwise.
        let yesNo = [
            Choice(label: UIWords.no.text(language), value: .flag(false)),
            Choice(label: UIWords.yes.text(language), value: .flag(true)),
        ]
        let plenary = [Choice(label: UIWords.plenaryByKind.text(language), value: .none)] + yesNo
        let fields = [
            FormField(.fieldTitle, .text, text: s?.title ?? "", required: true),
            FormField(.fieldKind, .choice(kindChoices, allowsNew: false), chosen: .kind(s?.kind ?? .subForum)),
            FormField(.fieldTrack, .text, text: s?.track ?? ""),
            FormField(
                .fieldRoom, .choice(roomChoices, allowsNew: false),
                chosen: s?.room.map { .room($0) } ?? ChoiceValue.none),
            FormField(.fieldDay, .date, text: day.description),
            FormField(.fieldStart, .time, text: s?.start?.clock ?? ""),
            FormField(.fieldEnd, .time, text: s?.end?.clock ?? ""),
            FormField(.fieldStatus, .choice(statuses, allowsNew: false), chosen: .status(s?.status ?? .draft)),
            FormField(
                .fieldPlenary, .choice(plenary, allowsNew: false),
                chosen: s.map { .flag($0.isPlenary) } ?? ChoiceValue.none),
            // Fixed: `solve` leaves it where staff put it.
            FormField(.fieldFixed, .choice(yesNo, allowsNew: false), chosen: .flag(s?.isFixed ?? false)),
            featureField(.fieldRequires, s?.requiredFeatures ?? []),
            FormField(.fieldLanguages, .multi(languageChoices), picked: (s?.languages ?? []).compactMap {
                LanguageName(rawValue: $0.lowercased()).map { ChoiceValue.language($0) }
            }),
            FormField(.fieldSeatLimit, .number, text: s?.capacityLimit.map(String.init) ?? ""),
            FormField(.fieldNotes, .text, text: s?.notes ?? ""),
        ]
        return seen(
            Form(
                title: s == nil ? .formAddSession : .formEditSession,
                purpose: s.map { .editSession($0.id) } ?? .addSession,
                fields: fields))
    }

    /// A new session in a grid cell: room, day and times filled in.
    func newSessionForm(room: ID<Room>, start: LocalDateTime, minutes: Int) -> Form {
        var form = sessionForm(nil)
        form[SessionField.room].chosen = .room(room)
        func set(_ field: SessionField, _ text: String) {
            form[field].text = Array(text)
            form[field].cursor = text.count
        }
        set(.day, plan.event.programmeDay(of: start).description)
        set(.start, start.clock)
        set(.end, start.adding(minutes: minutes).clock)
        return form
    }

    func roomForm(_ r: Room?) -> Form {
        let sites = plan.sites.map { Choice(label: $0.name, value: .site($0.id)) }
        let site = (r?.site ?? plan.sites.first?.id).map { ChoiceValue.site($0) }
        return seen(
            Form(
                title: r == nil ? .formAddRoom : .formEditRoom, purpose: r.map { .editRoom($0.id) } ?? .addRoom,
                fields: [
                    FormField(.fieldRoomName, .text, text: r?.name ?? "", required: true),
                    FormField(.fieldSite, .choice(sites, allowsNew: true), required: true, chosen: site),
                    FormField(.fieldCapacity, .number, text: r.map { String($0.capacity) } ?? "", required: true),
                    featureField(.fieldFeatures, r?.features ?? []),
                    FormField(.fieldAvailability, .text, text: FieldParsing.windowsText(r?.availability ?? [])),
                    FormField(.fieldNotes, .text, text: r?.notes ?? ""),
                ]))
    }

    /// The known categories by their words; another one can be typed (it is kept as written).
    func categoryField(_ stored: String) -> FormField {
        let known = RegistrationCategory.allCases.map { Choice(label: $0.text(language), value: .category($0)) }
        let chosen = RegistrationCategory(rawValue: stored).map { ChoiceValue.category($0) }
        return FormField(
            .fieldCategory, .choice(known, allowsNew: true), text: chosen == nil ? stored : "", chosen: chosen)
    }

    func personFields(_ p: Person?) -> [FormField] {
        [
            FormField(.fieldName, .text, text: p?.name ?? "", required: true),
            FormField(.fieldOrganisation, .text, text: p?.organisation ?? ""),
            FormField(.fieldJobTitle, .text, text: p?.title ?? ""),
            FormField(.fieldPhone, .text, text: p?.phone ?? ""),
            FormField(.fieldEmail, .text, text: p?.email ?? ""),
        ]
    }

    /// The language to write to the person in: "from the name" (nil), one of the vocabulary's,
    /// or another code as stored (kept as text, so saving never drops it).
    func noticeLanguageField(_ stored: String?) -> FormField {
        let choices = [Choice(label: UIWords.languageByName.text(language), value: .none)] + languageChoices
        let known = stored.flatMap { LanguageName(rawValue: $0.lowercased()) }
        return FormField(
            .fieldNoticeLanguage, .choice(choices, allowsNew: true), text: known == nil ? stored ?? "" : "",
            chosen: stored == nil ? ChoiceValue.none : known.map { .language($0) })
    }

    func speakerForm(_ p: Person?) -> Form {
        let orgTypes = OrgType.allCases.map { Choice(label: $0.text(language), value: .orgType($0)) }
        var fields =
            personFields(p) + [
                FormField(.fieldOrgType, .choice(orgTypes, allowsNew: false), chosen: .orgType(p?.orgType ?? .other)),
                FormField(.fieldVIP, .number, text: String(p?.vipLevel ?? 0)),
                FormField(.fieldAvailability, .text, text: FieldParsing.windowsText(p?.availability ?? [])),
            ]
        // Any number of sessions (space picks one), in the one role given; a new speaker needs one.
        let held = p.map { p in plan.roles.filter { $0.person == p.id } } ?? []
        let sessions = held.map(\.session)
        fields += [
            FormField(
                .fieldSessions, .multi(sessionChoices), required: p == nil, picked: sessions.map { .session($0) }),
            FormField(.fieldRole, .choice(roleChoices, allowsNew: false), chosen: .role(held.first?.role ?? .speaker)),
            noticeLanguageField(p?.language),
            FormField(.fieldDiet, .text, text: DietField.text(p?.diet, language)),
        ]
        return seen(
            Form(
                title: p == nil ? .formAddSpeaker : .formEditPerson,
                purpose: p.map { .editPerson($0.id) } ?? .addSpeaker,
                fields: fields))
    }

    func attendeeForm(_ p: Person?, _ reg: Registration?) -> Form {
        let fields =
            personFields(p) + [
                categoryField(reg?.category ?? Registration.defaultCategory),
                FormField(.fieldChoices, .multi(sessionChoices), picked: reg?.signups.map { .session($0) } ?? []),
                noticeLanguageField(p?.language),
                FormField(.fieldDiet, .text, text: DietField.text(p?.diet, language)),
            ]
        return seen(
            Form(
                title: p == nil ? .formAddAttendee : .formEditAttendee,
                purpose: p.map { .editAttendee($0.id) } ?? .addAttendee,
                fields: fields))
    }

    func roleForm(_ session: ID<Session>) -> Form {
        Form(
            title: .formAddRole, purpose: .addRole(session),
            fields: [
                FormField(
                    .fieldPerson, .choice(personChoices, allowsNew: false), required: true,
                    chosen: plan.people.first.map { .person($0.id) }),
                FormField(.fieldRole, .choice(roleChoices, allowsNew: false), chosen: .role(.speaker)),
            ])
    }

    func removeRoleForm(_ session: ID<Session>) -> Form {
        let roles = (document.catalog.rolesBySession[session] ?? []).map { r in
            Choice(
                label: r.role.label(language) + " "
                    + (document.catalog.personIndex[r.person].map { plan.people[$0].name } ?? ""),
                value: .roleOf(r.person, r.role))
        }
        return Form(
            title: .formRemoveRole, purpose: .removeRole(session),
            fields: [
                FormField(.fieldRole, .choice(roles, allowsNew: false), required: true, chosen: roles.first?.value)
            ])
    }

    func acknowledgeForm(_ key: String) -> Form {
        Form(title: .formAck, purpose: .acknowledge(key), fields: [FormField(.fieldReason, .text, required: true)])
    }

    /// A form that remembers the event as the person saw it when it opened.
    func seen(_ form: Form) -> Form {
        var f = form
        f.original = plan
        return f
    }

    // MARK: saving

    /// Enter in a form: its fields judged, then what its purpose does with them; a field in
    /// error keeps the form up with the focus on it.
    mutating func save(_ form: Form) -> Mode {
        var form = form
        for i in form.fields.indices { form.fields[i].error = nil }
        for i in form.fields.indices where form.fields[i].required && form.fields[i].isEmpty {
            form.fields[i].error = UIWords.formRequired.text(language)
        }
        // Judged against the event as it was when the form opened (see `Form.original`).
        let plan = form.original ?? self.plan
        var changes: [Change] = []
        switch form.purpose {
        case .addSession, .editSession: changes = sessionChanges(&form, plan)
        case .addRoom, .editRoom: changes = roomChanges(&form, plan)
        case .addSpeaker, .editPerson, .addAttendee, .editAttendee: changes = personChanges(&form, plan)
        case .addRole(let session): changes = roleChanges(form, session, plan)
        case .removeRole(let session): changes = removeRoleChanges(form, session)
        case .addVehicle, .editVehicle, .addRun, .editRun, .trip, .movePassenger, .removePassenger:
            changes = transportChanges(&form, plan)
        case .stay, .room, .swapRooms, .addRoomBlock, .editRoomBlock:
            changes = roomsChanges(&form, plan)
        case .acknowledge, .importFile, .gridTrack, .gridPerson, .export, .findingCode, .release, .chooseRoomBlock:
            break
        }
        if let bad = form.fields.firstIndex(where: { $0.error != nil }) {
            form.focus = bad
            return .form(form)
        }
        switch form.purpose {
        case .importFile: return take(ImportPreview.start(form))
        case .export: return take(ExportForm.save(form, self))
        case .gridTrack, .gridPerson: saveGridFilter(form)
        case .findingCode:
            view.findingFilter.code = if case .code(let c) = form[OnlyField.only].chosen { c } else { nil }
            ConflictsPane.showFiltered(&self)
        case .acknowledge(let key): act(.acknowledge(key: key, reason: form[OnlyField.only].string))
        case .release: emit(.makeRelease(name: form[ReleaseField.name].string, note: form[ReleaseField.note].string))
        case .chooseRoomBlock(let delete):
            guard case .roomBlock(let id) = form[BlockChoiceField.block].chosen else { return .normal }
            return delete ? blockDeletion(id) : roomBlockForm(editing: id).map(Mode.form) ?? .normal
        default: if !changes.isEmpty { commit(changes, done: .saved, form: form) }
        }
        return .normal
    }

    /// The features picked plus any typed as words of either language; an unknown word is
    /// refused with the list.
    private func features<F: FieldSet>(_ form: inout Form, _ field: F) -> [String] {
        var codes = form[field].picked.compactMap { if case .feature(let f) = $0 { f.rawValue } else { nil } }
        switch RoomFeature.parse(form[field].string) {
        case .success(let typed): for c in typed where !codes.contains(c) { codes.append(c) }
        case .failure(let unknown): form[field].error = unknown.message(language)
        }
        return codes
    }

    /// A whole number of at least 0 (empty is 0), or the field is marked.
    private func number<F: FieldSet>(_ form: inout Form, _ field: F) -> Int {
        let s = form[field].string
        guard !s.isEmpty else { return 0 }
        guard let n = Int(s), n >= 0 else { form[field].error = UIWords.formBadNumber.text(language); return 0 }
        return n
    }

    private func sessionChanges(_ form: inout Form, _ plan: EventPlan) -> [Change] {
        let editing: ID<Session>? = if case .editSession(let id) = form.purpose { id } else { nil }
        var s = editing.flatMap { id in plan.sessions.first { $0.id == id } }
            ?? Session(id: ID(0), key: "", uid: "", title: "")
        s.title = form[SessionField.title].string
        if case .kind(let k) = form[SessionField.kind].chosen { s.kind = k }
        s.track = form[SessionField.track].string
        s.room = if case .room(let id) = form[SessionField.room].chosen { id } else { nil }
        if case .status(let x) = form[SessionField.status].chosen { s.status = x }
        s.isPlenary =
            if case .flag(let yes) = form[SessionField.plenary].chosen { yes } else { s.kind.isPlenaryByDefault }
        s.isFixed = if case .flag(let yes) = form[SessionField.fixed].chosen { yes } else { false }
        s.requiredFeatures = features(&form, SessionField.requires)
        s.languages = form[SessionField.languages].picked.compactMap {
            if case .language(let l) = $0 { l.rawValue } else { nil }
        }
        let limit = form[SessionField.seatLimit].string
        s.capacityLimit = limit.isEmpty ? nil : number(&form, SessionField.seatLimit)
        s.notes = form[SessionField.notes].string
        let startText = form[SessionField.start].string, endText = form[SessionField.end].string
        if startText.isEmpty && endText.isEmpty {
            s.start = nil
            s.end = nil
        } else {
            let day = FieldParsing.date(form[SessionField.day].string, event: plan.event)
            let start = FieldParsing.clock(startText), end = FieldParsing.clock(endText)
            if day == nil { form[SessionField.day].error = UIWords.formBadDate.text(language) }
            if start == nil { form[SessionField.start].error = UIWords.formBadTime.text(language) }
            if end == nil { form[SessionField.end].error = UIWords.formBadTime.text(language) }
            if let day, let start, let end {
                let a = LocalDateTime(date: day).adding(minutes: start)
                // An end before the day-change hour is after midnight (a banquet); otherwise it must follow the start.
                let nextDay = end <= start && end < plan.event.dayChangeHour * 60
                let b = LocalDateTime(date: day).adding(minutes: end + (nextDay ? 1440 : 0))
                if b <= a {
                    form[SessionField.end].error = UIWords.formEndBeforeStart.text(language)
                } else {
                    s.start = a; s.end = b
                }
            }
        }
        return [.session(before: editing.flatMap { plan.record(of: $0) }, after: SessionRecord(session: s))]
    }

    private func roomChanges(_ form: inout Form, _ plan: EventPlan) -> [Change] {
        let editing: ID<Room>? = if case .editRoom(let id) = form.purpose { id } else { nil }
        var r =
            editing.flatMap { id in plan.rooms.first { $0.id == id } }
            ?? Room(id: ID(0), key: "", uid: "", site: ID(0), name: "", capacity: 0)
        r.features = features(&form, RoomField.features)
        r.capacity = number(&form, RoomField.capacity)
        r.name = form[RoomField.name].string
        r.availability = availability(&form, RoomField.availability, plan)
        r.notes = form[RoomField.notes].string
        var changes: [Change] = []
        if case .site(let id) = form[RoomField.site].chosen {
            r.site = id
        } else {
            // A name no site has yet: the room brings its site with it (the store gives it its id).
            changes.append(
                .site(before: nil, after: Site(id: ID(0), key: "", uid: "", name: form[RoomField.site].string)))
            r.site = ID(0)
        }
        changes.append(.room(before: editing.flatMap { plan.record(of: $0) }, after: RoomRecord(room: r)))
        return changes
    }

    private func personChanges(_ form: inout Form, _ plan: EventPlan) -> [Change] {
        let existing: ID<Person>? = switch form.purpose {
        case .editPerson(let id), .editAttendee(let id): id
        default: nil
        }
        let before = existing.flatMap { plan.record(of: $0) }
        var record = before ?? PersonRecord(person: Person(id: ID(0), key: "", uid: "", name: ""))
        record.person.name = form[PersonField.name].string
        record.person.organisation = form[PersonField.organisation].string
        record.person.title = form[PersonField.title].string
        let phone = form[PersonField.phone].string
        // A number the event file holds is kept as it is: the rule judges what staff type.
        if phone != before?.person.phone {
            if let problem = PhoneWords.problem(phone, language) {
                form[PersonField.phone].error = problem
            } else if case .ok(let read) = PhoneNumber.read(phone) {
                record.person.phone = read
            }
        }
        record.person.email = form[PersonField.email].string.lowercased()
        let isSpeaker = form.purpose == .addSpeaker || { if case .editPerson = form.purpose { true } else { false } }()
        record.person.language = noticeLanguage(&form, isSpeaker ? SpeakerField.language.rawValue
                                                    : AttendeeField.language.rawValue)
        let diet = form.fields[isSpeaker ? SpeakerField.diet.rawValue : AttendeeField.diet.rawValue].string
        // Untouched, the need stays as stored (its kind may say more than the words shown).
        if diet != DietField.text(before?.person.diet, language) { record.person.diet = DietField.read(diet) }
        switch form.purpose {
        case .addSpeaker, .editPerson:
            if case .orgType(let t) = form[SpeakerField.orgType].chosen { record.person.orgType = t }
            record.person.vipLevel = number(&form, SpeakerField.vip)
            record.person.availability = availability(&form, SpeakerField.availability, plan)
            let role: RoleKind = if case .role(let r) = form[SpeakerField.role].chosen { r } else { .speaker }
            let picked = form[SpeakerField.sessions].picked.compactMap {
                if case .session(let id) = $0 { id } else { nil }
            }
            if form.purpose == .addSpeaker {
                record.roles = picked.map { SessionRole(session: $0, person: ID(0), role: role) }
            } else if let before {
                return [.person(before: before, after: record)]
                    + roleChanges(before.roles, picked, role, record.person.id)
            }
        default:
            let typed: String =
                if case .category(let c) = form[AttendeeField.category].chosen { c.rawValue } else {
                    form[AttendeeField.category].string
                }
            let signups = form[AttendeeField.choices].picked.compactMap {
                if case .session(let id) = $0 { id } else { nil }
            }
            record.registration = Registration(
                person: record.person.id, category: typed.isEmpty ? Registration.defaultCategory : typed,
                signups: signups)
        }
        return [.person(before: before, after: record)]
    }

    /// A person's sessions as the speaker form left them: roles in sessions no longer picked go;
    /// newly picked sessions get the chosen role; a changed role is given anew in every session.
    private func roleChanges(_ held: [SessionRole], _ picked: [ID<Session>], _ role: RoleKind, _ person: ID<Person>)
        -> [Change] {
        let retagged = role != (held.first?.role ?? .speaker)
        let gone = held.filter { !picked.contains($0.session) || (retagged && $0.role != role) }
        let kept = Set(held.filter { !gone.contains($0) }.map(\.session))
        let added = picked.filter { !kept.contains($0) }.map { SessionRole(session: $0, person: person, role: role) }
        return gone.map { .role(before: $0, after: nil) }
            + added.filter { !held.contains($0) }.map { .role(before: nil, after: $0) }
    }

    /// The notice language chosen or typed (a word or a code), or the field marked.
    private func noticeLanguage(_ form: inout Form, _ field: Int) -> String? {
        switch form.fields[field].chosen {
        case .some(.language(let l)): return l.rawValue
        case .some(.none): return nil
        default:
            let typed = form.fields[field].string
            if typed.isEmpty { return nil }
            guard let code = LanguageName.code(of: typed) else {
                form.fields[field].error = UIWords.formBadLanguage.text(language)
                return nil
            }
            return code
        }
    }

    /// Availability windows typed into a field, or the field marked.
    private func availability<F: FieldSet>(_ form: inout Form, _ field: F, _ plan: EventPlan) -> [TimeWindow] {
        guard let windows = FieldParsing.windows(form[field].string, event: plan.event) else {
            form[field].error = UIWords.formBadWindows.text(language)
            return []
        }
        return windows
    }

    private func roleChanges(_ form: Form, _ session: ID<Session>, _ plan: EventPlan) -> [Change] {
        guard case .person(let p) = form[RoleField.person].chosen else { return [] }
        let kind: RoleKind = if case .role(let r) = form[RoleField.role].chosen { r } else { .speaker }
        let role = SessionRole(session: session, person: p, role: kind)
        return plan.roles.contains(role) ? [] : [.role(before: nil, after: role)]
    }

    private func removeRoleChanges(_ form: Form, _ session: ID<Session>) -> [Change] {
        guard case .roleOf(let p, let kind) = form[OnlyField.only].chosen else { return [] }
        return [.role(before: SessionRole(session: session, person: p, role: kind), after: nil)]
    }
}
