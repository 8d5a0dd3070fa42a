import Foundation
import PlanningCore

enum VehicleField: Int, FieldSet { case plate, kind, seats, driver, phone }
enum RunField: Int, FieldSet { case kind, vehicle, from, to, depart, escort }
enum TripField: Int, FieldSet {
    case person, arrivalMode, arrivalNumber, arrivalHub, arrivalTime, arrivalTransfer
    case departureMode, departureNumber, departureHub, departureTime, departureTransfer, companions
}
enum MoveField: Int, FieldSet { case passenger, target }

/// The Transport pane's forms, and the changes each stands for when saved.
extension AppState {
    var yesNoChoices: [Choice] {
        [Choice(label: UIWords.no.text(language), value: .flag(false)),
         Choice(label: UIWords.yes.text(language), value: .flag(true))]
    }

    var siteChoices: [Choice] { plan.sites.map { Choice(label: $0.name, value: .site($0.id)) } }

    /// `5月13日 14:40 接站 德阳站→德阳宾馆 川F·12345 3/6`: a run as a pick list names it.
    func runChoice(_ r: Run) -> Choice {
        let t = TransportText(self)
        let seats = "\(plan.seatsTaken(by: r, trips: t.trips))/"
            + (t.vehicle(r.vehicle).map { String($0.seats) } ?? "—")
        return Choice(label: t.kind(r.kind) + " " + t.run(r) + " " + seats, value: .run(r.id))
    }

    func vehicleForm(_ v: Vehicle?) -> Form {
        let t = TransportText(self)
        let kinds = VehicleKind.allCases.map { Choice(label: t.kind($0), value: .vehicleKind($0)) }
        return seen(
            Form(
                title: v == nil ? .formAddVehicle : .formEditVehicle,
                purpose: v.map { .editVehicle($0.id) } ?? .addVehicle,
                fields: [
                    FormField(.fieldPlate, .text, text: v?.plate ?? "", required: true),
                    FormField(.fieldKind, .choice(kinds, allowsNew: false), chosen: .vehicleKind(v?.kind ?? .car)),
                    // Empty: the seats its kind has (a 商务车 six).
                    FormField(.fieldCapacity, .number, text: v.map { String($0.seats) } ?? ""),
                    FormField(.fieldDriver, .text, text: v?.driver ?? ""),
                    FormField(.fieldDriverPhone, .text, text: v?.driverPhone ?? ""),
                ]))
    }

    func runForm(_ r: Run?) -> Form {
        let t = TransportText(self)
        let kinds = RunKind.allCases.map { Choice(label: t.kind($0), value: .runKind($0)) }
        let vehicles = [Choice(label: t.noVehicle, value: .none)]
            + plan.vehicles.map {
                Choice(label: $0.plate + " " + t.kind($0.kind) + " \($0.seats)", value: .vehicle($0.id))
            }
        let escorts = [Choice(label: UIWords.none.text(language), value: .none)] + personChoices
        return seen(
            Form(
                title: r == nil ? .formAddRun : .formEditRun, purpose: r.map { .editRun($0.id) } ?? .addRun,
                fields: [
                    FormField(.fieldKind, .choice(kinds, allowsNew: false), chosen: .runKind(r?.kind ?? .pickup)),
                    FormField(.fieldVehicle, .choice(vehicles, allowsNew: false),
                              chosen: r?.vehicle.map { .vehicle($0) } ?? ChoiceValue.none),
                    FormField(.fieldFrom, .choice(siteChoices, allowsNew: false), required: true,
                              chosen: r.map { .site($0.from) }),
                    FormField(.fieldTo, .choice(siteChoices, allowsNew: false), required: true,
                              chosen: (r?.to ?? plan.baseSite).map { .site($0) }),
                    FormField(.fieldDepart, .text, text: r.map { Self.dateTimeText($0.depart) } ?? "", required: true),
                    FormField(.fieldEscort, .choice(escorts, allowsNew: false),
                              chosen: r?.escort.map { .person($0) } ?? ChoiceValue.none),
                ]))
    }

    /// A person's journey; `nil` adds one for someone who has none yet.
    func tripForm(_ person: ID<Person>?) -> Form {
        let t = TransportText(self)
        let trip = person.flatMap { p in plan.trips.first { $0.person == p } }
        let people = person.map { p in [Choice(label: document.person(p)?.name ?? "", value: .person(p))] }
            ?? personChoices.filter { c in if case .person(let p) = c.value { t.trips[p] == nil } else { false } }
        let modes = [Choice(label: UIWords.modeNone.text(language), value: .none)]
            + TravelMode.allCases.map { Choice(label: t.mode($0), value: .travelMode($0)) }
        let hubs = [Choice(label: UIWords.modeNone.text(language), value: .none)] + siteChoices
        func leg(_ l: TripLeg?) -> [FormField] {
            [
                FormField(.fieldArrivalMode, .choice(modes, allowsNew: false),
                          chosen: l.map { .travelMode($0.mode) } ?? ChoiceValue.none),
                FormField(.fieldArrivalNumber, .text, text: l?.number ?? ""),
                FormField(.fieldArrivalHub, .choice(hubs, allowsNew: false),
                          chosen: l?.hub.map { .site($0) } ?? ChoiceValue.none),
                FormField(.fieldArrivalTime, .text, text: l?.time.map(Self.dateTimeText) ?? ""),
                FormField(.fieldArrivalTransfer, .choice(yesNoChoices, allowsNew: false),
                          chosen: .flag(l?.wantsTransfer ?? true)),
            ]
        }
        var departure = leg(trip?.departure)
        for (i, label) in [UIWords.fieldDepartureMode, .fieldDepartureNumber, .fieldDepartureHub, .fieldDepartureTime,
                           .fieldDepartureTransfer].enumerated() { departure[i].label = label }
        return seen(
            Form(
                title: .formTrip, purpose: .trip(person),
                fields: [FormField(.fieldPerson, .choice(people, allowsNew: false), required: true,
                                   chosen: person.map { .person($0) })]
                    + leg(trip?.arrival) + departure
                    + [FormField(.fieldCompanions, .number, text: String(trip?.companions ?? 0))]))
    }

    /// `m`: a passenger (the one given, or one of the run's) to another run of the same way, or off.
    mutating func openMoveForm(person: ID<Person>?, from run: Run?, kind: RunKind) {
        let targets = plan.runs.filter { $0.kind == kind && $0.id != run?.id }.sorted { $0.depart < $1.depart }
        guard !targets.isEmpty || run != nil else { message = UIWords.noRunToMoveTo.text(language); return }
        let people = (person.map { [$0] } ?? run?.passengers ?? []).map {
            Choice(label: document.person($0)?.name ?? "", value: .person($0))
        }
        let off = run == nil ? [] : [Choice(label: UIWords.notArranged.text(language), value: .none)]
        mode = .form(
            seen(
                Form(
                    title: .formMovePassenger, purpose: .movePassenger(from: run?.id),
                    fields: [
                        FormField(.fieldPassenger, .choice(people, allowsNew: false), required: true,
                                  chosen: people.first?.value),
                        FormField(.fieldTargetRun, .choice(targets.map(runChoice) + off, allowsNew: false),
                                  required: true, chosen: targets.first.map { .run($0.id) } ?? off.first?.value),
                    ])))
    }

    func removePassengerForm(_ run: Run) -> Form {
        let people = run.passengers.map { Choice(label: document.person($0)?.name ?? "", value: .person($0)) }
        return seen(
            Form(
                title: .formRemovePassenger, purpose: .removePassenger(run.id),
                fields: [FormField(.fieldPassenger, .choice(people, allowsNew: false), required: true,
                                   chosen: people.first?.value)]))
    }

    // MARK: saving

    /// What a Transport form saves, judged against the event as it was when the form opened.
    func transportChanges(_ form: inout Form, _ plan: EventPlan) -> [Change] {
        switch form.purpose {
        case .addVehicle, .editVehicle: return vehicleChanges(&form, plan)
        case .addRun, .editRun: return runChanges(&form, plan)
        case .trip: return tripChanges(&form, plan)
        case .movePassenger(let from):
            guard case .person(let p) = form[MoveField.passenger].chosen else { return [] }
            let target: ID<Run>? = if case .run(let id) = form[MoveField.target].chosen { id } else { nil }
            return Self.move(p, from: from.flatMap { id in plan.runs.first { $0.id == id } }, to: target, plan)
        case .removePassenger(let run):
            guard case .person(let p) = form[OnlyField.only].chosen else { return [] }
            return Self.move(p, from: plan.runs.first { $0.id == run }, to: nil, plan)
        default: return []
        }
    }

    /// A passenger off one run and onto another: one change per run touched, so undo puts both back.
    static func move(_ p: ID<Person>, from: Run?, to target: ID<Run>?, _ plan: EventPlan) -> [Change] {
        guard from?.id != target || from == nil else { return [] }
        var changes: [Change] = []
        if let from, from.passengers.contains(p) {
            var after = from
            after.passengers.removeAll { $0 == p }
            changes.append(.run(before: from, after: after))
        }
        if let target, let run = plan.runs.first(where: { $0.id == target }), !run.passengers.contains(p) {
            var after = run
            after.passengers.append(p)
            changes.append(.run(before: run, after: after))
        }
        return changes
    }

    private func vehicleChanges(_ form: inout Form, _ plan: EventPlan) -> [Change] {
        let editing: ID<Vehicle>? = if case .editVehicle(let id) = form.purpose { id } else { nil }
        let before = editing.flatMap { plan.record(of: $0) }
        var v = before?.vehicle ?? Vehicle(id: ID(0), key: "", uid: "", plate: "")
        v.plate = form[VehicleField.plate].string
        if case .vehicleKind(let k) = form[VehicleField.kind].chosen { v.kind = k }
        let seats = form[VehicleField.seats].string
        if seats.isEmpty {
            v.seats = v.kind.defaultSeats
        } else if let n = Int(seats), n >= 1 {
            v.seats = n
        } else {
            form[VehicleField.seats].error = UIWords.formBadNumber.text(language)
        }
        v.driver = form[VehicleField.driver].string
        v.driverPhone = form[VehicleField.phone].string
        guard v != before?.vehicle else { return [] }
        return [.vehicle(before: before, after: VehicleRecord(vehicle: v, runs: before?.runs ?? []))]
    }

    private func runChanges(_ form: inout Form, _ plan: EventPlan) -> [Change] {
        let editing: ID<Run>? = if case .editRun(let id) = form.purpose { id } else { nil }
        let before = editing.flatMap { id in plan.runs.first { $0.id == id } }
        guard case .site(let from) = form[RunField.from].chosen, case .site(let to) = form[RunField.to].chosen,
            let depart = Self.dateTime(form[RunField.depart].string, event: plan.event)
        else {
            if Self.dateTime(form[RunField.depart].string, event: plan.event) == nil {
                form[RunField.depart].error = UIWords.formBadDateTime.text(language)
            }
            return []
        }
        var r = before ?? Run(id: ID(0), key: "", uid: "", kind: .pickup, from: from, to: to, depart: depart)
        if case .runKind(let k) = form[RunField.kind].chosen { r.kind = k }
        r.vehicle = if case .vehicle(let v) = form[RunField.vehicle].chosen { v } else { nil }
        r.from = from
        r.to = to
        r.depart = depart
        r.escort = if case .person(let p) = form[RunField.escort].chosen { p } else { nil }
        return r == before ? [] : [.run(before: before, after: r)]
    }

    private func tripChanges(_ form: inout Form, _ plan: EventPlan) -> [Change] {
        guard case .person(let p) = form[TripField.person].chosen else { return [] }
        let before = plan.trips.first { $0.person == p }
        var trip = before ?? Trip(person: p)
        trip.arrival = leg(&form, .arrivalMode, .arrivalNumber, .arrivalHub, .arrivalTime, .arrivalTransfer, plan)
        trip.departure = leg(&form, .departureMode, .departureNumber, .departureHub, .departureTime,
                             .departureTransfer, plan)
        let companions = form[TripField.companions].string
        if let n = Int(companions.isEmpty ? "0" : companions), n >= 0 {
            trip.companions = n
        } else {
            form[TripField.companions].error = UIWords.formBadNumber.text(language)
        }
        return trip == before ? [] : [.trip(before: before, after: trip)]
    }

    /// One way of the journey from its five fields; nil when no way of travelling is chosen.
    private func leg(_ form: inout Form, _ mode: TripField, _ number: TripField, _ hub: TripField, _ time: TripField,
                     _ transfer: TripField, _ plan: EventPlan) -> TripLeg? {
        guard case .travelMode(let m) = form[mode].chosen else { return nil }
        var l = TripLeg(mode: m, number: form[number].string.uppercased())
        l.hub = if case .site(let id) = form[hub].chosen { id } else { nil }
        let typed = form[time].string
        if !typed.isEmpty {
            l.time = Self.dateTime(typed, event: plan.event)
            if l.time == nil { form[time].error = UIWords.formBadDateTime.text(language) }
        }
        l.wantsTransfer = form[transfer].chosen == .flag(true)
        return l
    }

    /// `5-13 14:20`, `2026-05-13 14:20`, `2026-05-13T14:20`, `第1天 14:20`: a day and a time.
    static func dateTime(_ text: String, event: Event) -> LocalDateTime? {
        if let iso = LocalDateTime(iso: text) { return iso }
        let words = text.split(separator: " ").map(String.init)
        guard words.count == 2, let day = FieldParsing.date(words[0], event: event),
            let minutes = FieldParsing.clock(words[1])
        else { return nil }
        return LocalDateTime(date: day).adding(minutes: minutes)
    }

    /// A day and time as `dateTime` reads it back.
    static func dateTimeText(_ t: LocalDateTime) -> String {
        let c = t.date.components
        return "\(c.month)-\(c.day) " + t.clock
    }
}
