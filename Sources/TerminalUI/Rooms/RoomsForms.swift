import Foundation
import Interchange
import Print
import PlanningCore

enum StayField: Int, FieldSet { case person, need, checkIn, checkOut, roommate }
enum LodgingField: Int, FieldSet { case guest, room, checkIn, checkOut }
enum SwapField: Int, FieldSet { case guest, other }
enum RoomBlockField: Int, FieldSet { case hotel, type, beds, checkIn, checkOut, rooms }
enum BlockChoiceField: Int, FieldSet { case block }

/// The Rooms pane's forms, and the changes each stands for when saved.
extension AppState {
    /// A date as the forms show it and `FieldParsing.date` reads it back: `5-13`.
    static func dayText(_ d: LocalDate?) -> String { d.map { "\($0.components.month)-\($0.components.day)" } ?? "" }

    /// Every room of every block, `德阳宾馆 标间-3 1/2` (guests in it on its busiest night / beds).
    /// For a guest and nights, the rooms that take them come first and the others after, marked
    /// (`（已满）`, `（异性）`): a full room or one of the other gender at the top was saved by Enter.
    func lodgingChoices(for person: ID<Person>? = nil, span: NightSpan? = nil) -> [Choice] {
        let t = RoomTables.of(self)
        // Guests per room and night, then the busiest night's: two guests on different nights fill one bed.
        var nightly: [String: [Int: Int]] = [:]
        for a in plan.roomAssignments {
            for n in a.span.nights { nightly["\(a.block.raw)/\(a.room)", default: [:]][n.dayNumber, default: 0] += 1 }
        }
        let guests = nightly.mapValues { $0.values.max() ?? 0 }
        var problems: [String: LodgingProblem] = [:]
        if let person, let span {
            let index = document.catalog.personIndex, people = plan.people
            problems = plan.lodgingProblems(for: person, span: span,
                                            gender: { p in index[p].map { people[$0].gender } ?? "" })
        }
        var fit: [Choice] = [], unfit: [Choice] = []
        for b in plan.roomBlocks {
            for r in b.roomNames {
                let key = "\(b.id.raw)/\(r)"
                var label = t.hotelName(b.hotel) + " " + plan.roomLabel(block: b, room: r, language)
                    + " \(guests[key] ?? 0)/\(b.beds)"
                guard let problem = problems[key] else {
                    fit.append(Choice(label: label, value: .roomSlot(b.id, r)))
                    continue
                }
                if case .otherGender = problem { label += UIWords.roomOtherGender.text(language) } else if
                    case .roomNotHeld = problem { label += UIWords.roomNotHeldMark.text(language) } else {
                    label += UIWords.roomFull.text(language)
                }
                unfit.append(Choice(label: label, value: .roomSlot(b.id, r)))
            }
        }
        return fit + unfit
    }

    /// A guest's stay; nil sets one for someone who has none yet.
    func stayForm(_ person: ID<Person>?) -> Form {
        let stay = person.flatMap { p in plan.stays.first { $0.person == p } }
        let staying = Set(plan.stays.map(\.person))
        let people = person.map { p in [Choice(label: document.person(p)?.name ?? "", value: .person(p))] }
            ?? personChoices.filter { c in if case .person(let p) = c.value { !staying.contains(p) } else { false } }
        let needs = StayNeed.allCases.map { Choice(label: $0.text(language), value: .stayNeed($0)) }
        let mates = [Choice(label: UIWords.none.text(language), value: .none)] + personChoices
        return seen(
            Form(
                title: .formStay, purpose: .stay(person),
                fields: [
                    FormField(.fieldPerson, .choice(people, allowsNew: false), required: true,
                              chosen: person.map { .person($0) }),
                    FormField(.colStayNeed, .choice(needs, allowsNew: false), chosen: .stayNeed(stay?.need ?? .shared)),
                    // Empty: from the guest's journey, else the event's days.
                    FormField(.fieldCheckIn, .text, text: Self.dayText(stay?.checkIn)),
                    FormField(.fieldCheckOut, .text, text: Self.dayText(stay?.checkOut)),
                    FormField(.fieldRoommate, .choice(mates, allowsNew: false),
                              chosen: stay?.roommate.map { .person($0) } ?? ChoiceValue.none),
                ]))
    }

    /// `m`: a guest into a room (assigning one, or moving them), for the nights given: by
    /// default the room they have and the nights they need.
    mutating func openRoomForm(_ person: ID<Person>) {
        let t = RoomTables.of(self)
        let now = t.lodgings[person]?.first
        let span = now?.span ?? t.spans[person]
        let rooms = lodgingChoices(for: person, span: span)
        guard !rooms.isEmpty else { message = UIWords.noRoomBlocks.text(language); return }
        // The first room with a bed that fits them, not the top of the list (a full room, perhaps
        // of the other gender); else the room they have.
        let index = document.catalog.personIndex, people = plan.people
        let free = span.flatMap { span in
            plan.firstFreeRoom(for: person, span: span, stay: t.stays[person],
                               vip: index[person].map { people[$0].vipLevel } ?? 0,
                               gender: { p in index[p].map { people[$0].gender } ?? "" })
        }
        var form = seen(
                Form(
                    title: now == nil ? .formAssignRoom : .formMoveGuest, purpose: .room(person),
                    fields: [
                        FormField(.fieldGuest, .choice([Choice(label: document.person(person)?.name ?? "",
                                                               value: .person(person))], allowsNew: false),
                                  required: true, chosen: .person(person)),
                        FormField(.colRoomNumber, .choice(rooms, allowsNew: false), required: true,
                                  chosen: free.map { .roomSlot($0.block, $0.room) }
                                      ?? now.map { .roomSlot($0.block, $0.room) } ?? rooms.first?.value),
                        FormField(.fieldCheckIn, .text, text: Self.dayText(span?.checkIn), required: true),
                        FormField(.fieldCheckOut, .text, text: Self.dayText(span?.checkOut), required: true),
                    ]))
        // ↑↓ go from the room chosen, not from the top of a list of hundreds.
        let field = LodgingField.room.rawValue
        let own = form.fields[field].chosen
        form.fields[field].highlight = form.fields[field].choices.firstIndex { $0.value == own } ?? 0
        mode = .form(form)
    }

    /// `s`: the guest's room exchanged with another roomed guest's.
    mutating func openSwapForm(_ person: ID<Person>) {
        let t = RoomTables.of(self)
        guard t.lodgings[person] != nil else { message = UIWords.noRoomYet.text(language, RoomsPane.name(self, person))
            return
        }
        let others = personChoices.filter { c in
            if case .person(let p) = c.value { p != person && t.lodgings[p] != nil } else { false }
        }.map { Choice(label: $0.label + " · " + (t.roomText[$0.personID ?? person] ?? ""), value: $0.value) }
        guard !others.isEmpty else { message = UIWords.nobodyToSwapWith.text(language); return }
        mode = .form(
            seen(
                Form(
                    title: .formSwapRooms, purpose: .swapRooms(person),
                    fields: [
                        FormField(.fieldGuest, .choice([Choice(label: document.person(person)?.name ?? "",
                                                               value: .person(person))], allowsNew: false),
                                  required: true, chosen: .person(person)),
                        FormField(.fieldSwapWith, .choice(others, allowsNew: false), required: true,
                                  chosen: others.first?.value),
                    ])))
    }

    /// A hotel's block of rooms of one type, the same number every night.
    func roomBlockForm() -> Form {
        let types = RoomType.allCases.map { Choice(label: $0.text(language), value: .roomType($0)) }
        return seen(
            Form(
                title: .formAddRoomBlock, purpose: .addRoomBlock,
                fields: [
                    FormField(.colHotel, .choice(siteChoices, allowsNew: false), required: true,
                              chosen: (plan.baseSite ?? plan.sites.first?.id).map { .site($0) }),
                    FormField(.colRoomType, .choice(types, allowsNew: false), chosen: .roomType(.twin)),
                    // Empty: as many as the type has (a 标间 two).
                    FormField(.fieldBeds, .number),
                    FormField(.fieldCheckIn, .text, text: Self.dayText(plan.event.firstDay.adding(days: -1)),
                              required: true),
                    FormField(.fieldCheckOut, .text, text: Self.dayText(plan.event.lastDay), required: true),
                    FormField(.fieldRoomCount, .number, required: true),
                ]))
    }

    /// A block's form filled in with it, to change its counts: rooms a night as one number when
    /// every night holds as many, else one per night from check-in (`20, 20, 15`).
    func roomBlockForm(editing id: ID<RoomBlock>) -> Form? {
        guard let b = plan.roomBlocks.first(where: { $0.id == id }), let checkIn = b.checkIn,
              let checkOut = b.checkOut else { return nil }
        var form = roomBlockForm()
        form.title = .formEditRoomBlock
        form.purpose = .editRoomBlock(id)
        form[RoomBlockField.hotel].chosen = .site(b.hotel)
        form[RoomBlockField.type].chosen = .roomType(b.type)
        func fill(_ f: RoomBlockField, _ text: String) {
            form[f].text = Array(text)
            form[f].cursor = text.count
        }
        fill(.beds, b.beds == b.type.defaultBeds ? "" : String(b.beds))
        fill(.checkIn, Self.dayText(checkIn))
        fill(.checkOut, Self.dayText(checkOut))
        let counts = NightSpan(checkIn: checkIn, checkOut: checkOut).nights.map { b.rooms(on: $0) }
        fill(.rooms, Set(counts).count == 1 ? String(counts[0]) : counts.map(String.init).joined(separator: ", "))
        return seen(form)
    }

    /// The blocks of a nights row's hotel that hold rooms that night, else all of the hotel's.
    func blocksOfNight(_ row: Int) -> [RoomBlock] {
        let t = RoomTables.of(self)
        guard t.hotelNights.indices.contains(row) else { return [] }
        let n = t.hotelNights[row]
        let mine = plan.roomBlocks.filter { $0.hotel == n.hotel }
        let tonight = mine.filter { $0.rooms(on: n.night) > 0 }
        return tonight.isEmpty ? mine : tonight
    }

    /// `标间 5月13日 40 间、…` (its type, beds other than usual, and nights): a block told apart
    /// from the hotel's others.
    func blockText(_ b: RoomBlock) -> String {
        let what = RoomList.kind(b, language)
        return (plan.sites.first { $0.id == b.hotel }?.name ?? "") + " " + what + "：" + RoomList.summary(b, language)
    }

    /// `e` or `d` on a nights row: the hotel's one block that night at once, else a choice of them.
    func onBlockOfNight(_ row: Int, delete: Bool) -> Mode? {
        let blocks = blocksOfNight(row)
        guard let first = blocks.first else { return nil }
        if blocks.count == 1 {
            return delete ? blockDeletion(first.id) : roomBlockForm(editing: first.id).map(Mode.form)
        }
        let choices = blocks.map { Choice(label: blockText($0), value: .roomBlock($0.id)) }
        return .form(seen(Form(title: delete ? .formDeleteRoomBlock : .formEditRoomBlock,
                               purpose: .chooseRoomBlock(delete: delete),
                               fields: [FormField(.fieldRoomBlock, .choice(choices, allowsNew: false), required: true,
                                                  chosen: choices[0].value)])))
    }

    /// Deleting a block asks first, saying whose rooms go with it; undo gives them back.
    func blockDeletion(_ id: ID<RoomBlock>) -> Mode {
        guard let b = plan.roomBlocks.first(where: { $0.id == id }) else { return .normal }
        let given = plan.roomAssignments.filter { $0.block == id }
        let guests = Set(given.map(\.person)).count
        let message = guests == 0 ? UIWords.deleteRoomBlock.text(language, blockText(b))
            : UIWords.deleteRoomBlockWithGuests.text(language, blockText(b), guests)
        return .confirm(Confirmation(title: .confirmDeleteRoomBlock, message: message,
                                     changes: [.roomBlock(before: RoomBlockRecord(block: b, assignments: given),
                                                          after: nil)]))
    }

    // MARK: saving

    /// What a Rooms form saves, judged against the event as it was when the form opened.
    func roomsChanges(_ form: inout Form, _ plan: EventPlan) -> [Change] {
        switch form.purpose {
        case .stay: return stayChanges(&form, plan)
        case .room(let p):
            guard case .roomSlot(let block, let room) = form[LodgingField.room].chosen else { return [] }
            let checkIn = FieldParsing.date(form[LodgingField.checkIn].string, event: plan.event)
            let checkOut = FieldParsing.date(form[LodgingField.checkOut].string, event: plan.event)
            if checkIn == nil { form[LodgingField.checkIn].error = UIWords.formBadDate.text(language) }
            if checkOut == nil { form[LodgingField.checkOut].error = UIWords.formBadDate.text(language) }
            guard let checkIn, let checkOut else { return [] }
            guard checkIn < checkOut else {
                form[LodgingField.checkOut].error = UIWords.checkOutNotAfter.text(language)
                return []
            }
            let changes = Self.lodge(p, block: block, room: room, span: NightSpan(checkIn: checkIn, checkOut: checkOut),
                                     plan)
            if let refused = lodgingRefusal(changes, plan, into: .moveInto) { form[LodgingField.room].error = refused }
            return changes
        case .swapRooms(let p):
            guard case .person(let q) = form[SwapField.other].chosen else { return [] }
            let changes = Self.swap(p, q, plan)
            if let refused = lodgingRefusal(changes, plan, into: .swapInto) { form[SwapField.other].error = refused }
            return changes
        case .addRoomBlock, .editRoomBlock: return blockChanges(&form, plan)
        default: return []
        }
    }

    /// A guest into a room for a span of nights: their room on those nights is changed (the
    /// first that overlaps them; the others overlapping are taken back), or one is added. One
    /// change per row touched, so one undo puts them all back.
    static func lodge(_ p: ID<Person>, block: ID<RoomBlock>, room: String, span: NightSpan,
                      _ plan: EventPlan) -> [Change] {
        let overlapping = plan.roomAssignments.filter { $0.person == p && $0.span.overlaps(span) }
        guard let first = overlapping.first else {
            return [.roomAssignment(before: nil, after: RoomAssignment(
                id: ID(0), person: p, block: block, room: room, checkIn: span.checkIn, checkOut: span.checkOut))]
        }
        var after = first
        after.block = block
        after.room = room
        after.checkIn = span.checkIn
        after.checkOut = span.checkOut
        if after.block != first.block || after.room != first.room { after.bed = nil }
        let changed: [Change] = after == first ? [] : [.roomAssignment(before: first, after: after)]
        return changed + overlapping.dropFirst().map { .roomAssignment(before: $0, after: nil) }
    }

    /// Two guests exchange rooms (their first ones, with the beds they had), nights kept.
    static func swap(_ p: ID<Person>, _ q: ID<Person>, _ plan: EventPlan) -> [Change] {
        let first = { (x: ID<Person>) in
            plan.roomAssignments.filter { $0.person == x }.min { ($0.checkIn, $0.key) < ($1.checkIn, $1.key) }
        }
        guard let a = first(p), let b = first(q), (a.block, a.room) != (b.block, b.room) else { return [] }
        var a2 = a, b2 = b
        (a2.block, a2.room, a2.bed) = (b.block, b.room, b.bed)
        (b2.block, b2.room, b2.bed) = (a.block, a.room, a.bed)
        return [.roomAssignment(before: a, after: a2), .roomAssignment(before: b, after: b2)]
    }

    /// Why a swap or a move (`m`) may not be saved, in words naming the room: a guest would sleep
    /// beside one of the other gender, in a room with no bed left, or in a room more than the
    /// block holds. `into` says how the guest comes into it (换入 by a swap, 住进 by a move).
    func lodgingRefusal(_ changes: [Change], _ plan: EventPlan, into: UIWords) -> String? {
        var moved: [RoomAssignment] = [], gone = Set<ID<RoomAssignment>>()
        for case .roomAssignment(let before, let after) in changes {
            if let after { moved.append(after) }
            if let before { gone.insert(before.id) }
        }
        guard !moved.isEmpty else { return nil }
        let rest = plan.roomAssignments.filter { !gone.contains($0.id) }
        let index = document.catalog.personIndex
        let people = self.plan.people
        let gender = { (p: ID<Person>) in index[p].map { people[$0].gender } ?? "" }
        for a in moved {
            guard let block = plan.roomBlocks.first(where: { $0.id == a.block }) else { continue }
            let others = rest + moved.filter { $0 != a }
            guard let problem = a.problem(in: block, among: others, gender: gender) else { continue }
            let lang = language
            let room = (plan.sites.first { $0.id == block.hotel }?.name ?? "") + " "
                + plan.roomLabel(block: block, room: a.room, lang)
            let night = DateText.day(problem.night, lang, weekday: false)
            let why: String
            switch problem {
            case .otherGender(_, let with):
                why = UIWords.swapOtherGender.text(lang, night, RoomsPane.name(self, with), gender(with))
            case .noBed(_, let beds): why = UIWords.swapNoBed.text(lang, night, beds)
            case .blockFull(_, let held): why = UIWords.swapBlockFull.text(lang, night, held)
            case .roomNotHeld: why = UIWords.swapRoomNotHeld.text(lang, night)
            }
            return into.text(lang, RoomsPane.name(self, a.person), room, why)
        }
        return nil
    }

    private func stayChanges(_ form: inout Form, _ plan: EventPlan) -> [Change] {
        guard case .person(let p) = form[StayField.person].chosen else { return [] }
        let before = plan.stays.first { $0.person == p }
        var stay = before ?? Stay(person: p)
        if case .stayNeed(let n) = form[StayField.need].chosen { stay.need = n }
        for (field, keyPath) in [(StayField.checkIn, \Stay.checkIn), (.checkOut, \Stay.checkOut)] {
            let typed = form[field].string
            if typed.isEmpty { stay[keyPath: keyPath] = nil; continue }
            guard let d = FieldParsing.date(typed, event: plan.event) else {
                form[field].error = UIWords.formBadDate.text(language)
                continue
            }
            stay[keyPath: keyPath] = d
        }
        if let a = stay.checkIn, let b = stay.checkOut, a >= b {
            form[StayField.checkOut].error = UIWords.checkOutNotAfter.text(language)
        }
        stay.roommate = if case .person(let r) = form[StayField.roommate].chosen, r != p { r } else { nil }
        return stay == before ? [] : [.stay(before: before, after: stay)]
    }

    private func blockChanges(_ form: inout Form, _ plan: EventPlan) -> [Change] {
        guard case .site(let hotel) = form[RoomBlockField.hotel].chosen else { return [] }
        let type: RoomType = if case .roomType(let t) = form[RoomBlockField.type].chosen { t } else { .twin }
        let bedsText = form[RoomBlockField.beds].string
        let beds = bedsText.isEmpty ? type.defaultBeds : Int(bedsText) ?? 0
        if beds < 1 { form[RoomBlockField.beds].error = UIWords.formBadNumber.text(language) }
        // One number for every night, or one per night from check-in.
        let counts = form[RoomBlockField.rooms].string.split { $0 == "," || $0 == "，" || $0 == "、" || $0 == " " }
            .map { Int($0) ?? -1 }
        let rooms = counts.isEmpty || counts.contains { $0 < 0 } ? -1 : counts[0]
        if rooms < 0 { form[RoomBlockField.rooms].error = UIWords.formBadNumber.text(language) }
        let checkIn = FieldParsing.date(form[RoomBlockField.checkIn].string, event: plan.event)
        let checkOut = FieldParsing.date(form[RoomBlockField.checkOut].string, event: plan.event)
        if checkIn == nil { form[RoomBlockField.checkIn].error = UIWords.formBadDate.text(language) }
        if checkOut == nil { form[RoomBlockField.checkOut].error = UIWords.formBadDate.text(language) }
        guard let checkIn, let checkOut, beds >= 1, rooms >= 0 else { return [] }
        guard checkIn < checkOut else {
            form[RoomBlockField.checkOut].error = UIWords.checkOutNotAfter.text(language)
            return []
        }
        let span = NightSpan(checkIn: checkIn, checkOut: checkOut)
        guard counts.count == 1 || counts.count == span.count else {
            form[RoomBlockField.rooms].error = UIWords.roomCountsPerNight.text(language, span.count)
            return []
        }
        let nights = span.nights.enumerated().map { i, n in
            NightCount(night: n, rooms: counts.count == 1 ? rooms : counts[i])
        }
        guard case .editRoomBlock(let id) = form.purpose, let old = plan.roomBlocks.first(where: { $0.id == id })
        else {
            let block = RoomBlock(id: ID(0), key: "", uid: "", hotel: hotel, type: type, beds: beds, nights: nights)
            return [.roomBlock(before: nil, after: RoomBlockRecord(block: block))]
        }
        var block = old
        block.hotel = hotel
        block.type = type
        block.beds = beds
        block.nights = nights
        return block == old ? []
            : [.roomBlock(before: RoomBlockRecord(block: old), after: RoomBlockRecord(block: block))]
    }
}

extension Choice {
    /// The person a choice stands for, if it stands for one.
    var personID: ID<Person>? { if case .person(let p) = value { p } else { nil } }
}
