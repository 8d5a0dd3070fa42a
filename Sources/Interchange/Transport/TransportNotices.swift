import PlanningCore
import Print
import Workbook

/// Text messages about the runs: to each passenger, when and where their car waits and who
/// drives it; to each driver, their runs of a day with the passengers' names and phones. Each
/// carries a fingerprint of the facts it tells, so that after a change only those whose run,
/// time or car differs from what they were last told hear again (`changed(since:)`).
public struct TransportNotices {
    public enum Audience: String, CaseIterable, Sendable { case passengers, drivers, all }

    public struct Notice: Sendable, Equatable {
        /// `pickup:UID`, `dropoff:UID` (a passenger's transfer) or `driver:UID:DAY` (a vehicle's day).
        public var key: String
        public var name: String
        public var phone: String
        public var email: String
        public var language: Language
        public var message: String
        /// The facts told, whatever the language; nil for a notice that a transfer is cancelled.
        public var fingerprint: String?
    }

    public let notices: [Notice]
    /// Passengers whose run no longer fits their journey (it leaves before they are out, from
    /// another station, or too late for their train): telling them of it would send them to a
    /// car that is not there, so they hear nothing until the runs are planned again.
    public let heldBack: [HeldBack]

    public struct HeldBack: Sendable, Equatable {
        public var key: String
        public var name: String
        public var message: String
        public init(key: String, name: String, message: String) {
            (self.key, self.name, self.message) = (key, name, message)
        }
    }

    /// `language`, when staff give one (`--lang`), is every message's; else a passenger's own and,
    /// for drivers, the event's. `day`: only the runs of that day.
    public init(plan: EventPlan, to audience: Audience = .all, language: Language? = nil, day: LocalDate? = nil) {
        var out: [Notice] = [], held: [HeldBack] = []
        let people = Dictionary(plan.people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let runs = plan.runs.filter { day == nil || $0.depart.date == day }
            .sorted { ($0.depart, $0.key) < ($1.depart, $1.key) }
        if audience != .drivers {
            // Made once each: a list reads the whole plan.
            let lists = [Language.zh: TransportLists(plan: plan, language: .zh),
                         .en: TransportLists(plan: plan, language: .en)]
            let trips = Dictionary(plan.trips.map { ($0.person, $0) }, uniquingKeysWith: { a, _ in a })
            for kind in [RunKind.pickup, .dropoff] {
                for person in plan.people {
                    guard let run = runs.first(where: { $0.kind == kind && $0.passengers.contains(person.id) }) else {
                        continue
                    }
                    let lang = language ?? Notices.language(of: person)
                    // Why told in the language staff read the terminal in, not the guest's.
                    let staff = language ?? plan.event.language
                    if let why = Self.misfit(run, trip: trips[person.id], kind: kind, plan: plan,
                                             lists: lists[staff] ?? lists[lang]!) {
                        held.append(HeldBack(key: "\(kind.rawValue):\(person.uid)", name: person.name, message: why))
                        continue
                    }
                    let told = Told(plan: plan, lists: lists[lang]!, run: run, person: person,
                                    trip: trips[person.id], kind: kind)
                    out.append(Notice(key: "\(kind.rawValue):\(person.uid)", name: person.name, phone: person.phone,
                                      email: person.email, language: lang, message: told.message,
                                      fingerprint: told.fingerprint(lists[.zh]!)))
                }
            }
        }
        if audience != .passengers {
            let lang = language ?? plan.event.language
            let lists = TransportLists(plan: plan, language: lang)
            for v in plan.vehicles.sorted(by: { ($0.plate, $0.key) < ($1.plate, $1.key) }) {
                let mine = runs.filter { $0.vehicle == v.id }
                for date in Set(mine.map(\.depart.date)).sorted() {
                    let today = mine.filter { $0.depart.date == date }
                    let lines = today.map { Self.driverLine($0, lists, people) }
                    let greeting = TransportNoticeWords.driverGreeting.text(
                        lang, v.driver.isEmpty ? v.plate : v.driver, DateText.day(date, lang, weekday: false), v.plate)
                    let facts = today.map { r in
                        ([r.uid, r.depart.description, lists.site(r.from), lists.site(r.to)]
                            + r.passengers.map { p in (people[p]?.name ?? "") + "/" + (people[p]?.phone ?? "") }
                            + [r.escort.flatMap { people[$0]?.phone } ?? ""]).joined(separator: "|")
                    }
                    out.append(Notice(key: "driver:\(v.uid):\(date)", name: v.driver, phone: v.driverPhone, email: "",
                                      language: lang, message: ([greeting] + lines).joined(separator: "\n"),
                                      fingerprint: ([v.plate, v.driver, v.driverPhone] + facts)
                                        .joined(separator: "\n")))
                }
            }
        }
        notices = out
        heldBack = held
    }

    private init(notices: [Notice], heldBack: [HeldBack]) {
        self.notices = notices
        self.heldBack = heldBack
    }

    /// Why a passenger's run cannot be told as it stands, in words; nil when it fits their journey.
    static func misfit(_ run: Run, trip: Trip?, kind: RunKind, plan: EventPlan, lists: TransportLists) -> String? {
        let lang = lists.language
        // A car the company no longer gives at that hour (the engine's vehicle-unavailable).
        if let v = run.vehicle.flatMap({ id in plan.vehicles.first { $0.id == id } }) {
            let busy = plan.occupancy(of: run)
            if !v.isAvailable(from: busy.start.minutes, to: busy.end.minutes) {
                return TransportNoticeWords.heldUnavailable.text(lang, v.plate, run.depart.clock)
            }
        }
        guard let leg = kind == .pickup ? trip?.arrival : trip?.departure, let time = leg.time else { return nil }
        let journey = [leg.number, DateText.day(time.date, lang, weekday: false) + " " + time.clock]
            .filter { !$0.isEmpty }.joined(separator: " ")
        if let hub = leg.hub, hub != (kind == .pickup ? run.from : run.to) {
            return TransportNoticeWords.heldOtherHub.text(lang, journey, lists.site(hub), run.depart.clock)
        }
        if kind == .pickup, run.depart.minutes < time.minutes + leg.mode.collectMinutes {
            return TransportNoticeWords.heldEarly.text(lang, journey, run.depart.clock)
        }
        let atHub = plan.arrival(of: run).minutes
        if kind == .dropoff, atHub + leg.mode.boardingMinutes > time.minutes {
            return TransportNoticeWords.heldLate.text(lang, journey, run.depart.clock)
        }
        return nil
    }

    /// The notices whose facts differ from what `sent` (key → fingerprint, as the store keeps
    /// them) says was told, and a cancellation for each passenger told of a run they no longer
    /// have; with nothing sent yet, all of them.
    public func changed(since sent: [String: String], plan: EventPlan, language: Language? = nil) -> TransportNotices {
        var out = notices.filter { sent[$0.key] != $0.fingerprint }
        // A passenger held back keeps their old notice on record: no cancellation for them.
        let now = Set(notices.map(\.key) + heldBack.map(\.key))
        let byUID = Dictionary(plan.people.map { ($0.uid, $0) }, uniquingKeysWith: { a, _ in a })
        let vehicles = Dictionary(plan.vehicles.map { ($0.uid, $0) }, uniquingKeysWith: { a, _ in a })
        for key in sent.keys.sorted() where !now.contains(key) {
            let parts = key.split(separator: ":").map(String.init)
            guard parts.count >= 2 else { continue }
            if parts[0] == "driver", parts.count == 3, let date = LocalDateTime(iso: parts[2] + "T00:00")?.date {
                // Only a day whose runs are all gone: a day still driven has its own notice above. A
                // vehicle deleted since is known by what its driver was told: plate, driver, phone.
                let told = sent[key]?.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) ?? []
                let v = vehicles[parts[1]]
                let plate = v?.plate ?? (told.count > 0 ? told[0] : "")
                let driver = v?.driver ?? (told.count > 1 ? told[1] : "")
                let phone = v?.driverPhone ?? (told.count > 2 ? told[2] : "")
                guard !plate.isEmpty || !phone.isEmpty else { continue }
                let lang = language ?? plan.event.language
                out.append(Notice(key: key, name: driver, phone: phone, email: "", language: lang,
                                  message: TransportNoticeWords.driverCancelled.text(
                                    lang, driver.isEmpty ? plate : driver,
                                    DateText.day(date, lang, weekday: false), plate), fingerprint: nil))
            } else if let person = byUID[parts[1]], parts[0] == "pickup" || parts[0] == "dropoff" {
                let lang = language ?? Notices.language(of: person)
                let word: TransportNoticeWords = parts[0] == "pickup" ? .pickupCancelled : .dropoffCancelled
                out.append(Notice(key: key, name: person.name, phone: person.phone, email: person.email,
                                  language: lang, message: word.text(lang, person.name), fingerprint: nil))
            }
        }
        return TransportNotices(notices: out, heldBack: heldBack)
    }

    /// What to record once these are sent: each key's fingerprint, nil to forget a cancelled one.
    public var record: [String: String?] {
        Dictionary(notices.map { ($0.key, $0.fingerprint) }, uniquingKeysWith: { a, _ in a })
    }

    /// `14:40 德阳站→旌湖宾馆 接站：张伟 13800000001（随行1人）；陪同 陈老师 13900000002`
    static func driverLine(_ r: Run, _ lists: TransportLists, _ people: [ID<Person>: Person]) -> String {
        let lang = lists.language
        let trips = Dictionary(lists.plan.trips.map { ($0.person, $0) }, uniquingKeysWith: { a, _ in a })
        let riders = r.passengers.compactMap { people[$0] }.map { p in
            let with = trips[p.id]?.companions ?? 0
            return [p.name, p.phone].filter { !$0.isEmpty }.joined(separator: " ")
                + (with > 0 ? TransportNoticeWords.companions.text(lang, with) : "")
        }.joined(separator: TransportNoticeWords.listSeparator.text(lang))
        var line = TransportNoticeWords.driverRun.text(
            lang, r.depart.clock, lists.site(r.from), lists.site(r.to), lists.runKindWord(r.kind),
            riders.isEmpty ? TransportWords.nobody.text(lang) : riders)
        if let e = r.escort.flatMap({ people[$0] }) {
            line += TransportNoticeWords.driverEscort.text(lang, [e.name, e.phone].filter { !$0.isEmpty }
                .joined(separator: " "))
        }
        return line
    }

    /// One block per notice, headed by who and how to reach them, for copying into messages.
    public func text() -> String {
        Notices.blocks(notices.map { ([$0.name, $0.phone, $0.email], $0.message) })
    }

    /// The sheet as a workbook, for the UI's export dialog (which has no workbook writer of its own).
    public func workbook(_ lang: Language) -> [UInt8] { WorkbookWriter.workbook([sheet(lang)], language: lang) }

    /// Phone, e-mail, name and the message: for an SMS gateway, as the programme's notices.
    public func sheet(_ lang: Language) -> TableSheet {
        TableSheet(
            name: TransportNoticeWords.sheetName.text(lang),
            header: NoticeWords.header.text(lang).split(separator: "\t").map(String.init),
            rows: notices.map { n in [n.phone, n.email, n.name, n.message].map(TableCell.text) })
    }
}

/// What one passenger is told about one run.
private struct Told {
    let plan: EventPlan
    let lists: TransportLists
    let run: Run
    let person: Person
    let trip: Trip?
    let kind: RunKind

    var leg: TripLeg? { kind == .pickup ? trip?.arrival : trip?.departure }
    var vehicle: Vehicle? { run.vehicle.flatMap { id in plan.vehicles.first { $0.id == id } } }

    /// `川F·12345（司机王师傅 13900000001）`, or that the car is still to be told.
    var car: String {
        let lang = lists.language
        guard let v = vehicle else { return TransportNoticeWords.carLater.text(lang) }
        let driver = [v.driver, v.driverPhone].filter { !$0.isEmpty }.joined(separator: " ")
        return driver.isEmpty ? v.plate : TransportNoticeWords.car.text(lang, v.plate, driver)
    }

    var message: String {
        let lang = lists.language
        if kind == .pickup {
            let at = leg?.time ?? run.depart
            let when = DateText.day(at.date, lang, weekday: false) + (lang == .zh ? "" : " at ") + at.clock
            let hub = lists.site(leg?.hub ?? run.from)
            let how = (leg?.number).flatMap { $0.isEmpty ? nil : $0 }
            let meet: TransportNoticeWords = leg?.mode == .flight ? .meetFlight
                : leg?.mode == .train ? .meetTrain : .meetHub
            let arrive = how.map { TransportNoticeWords.arriveBy.text(lang, when, $0, hub) }
                ?? TransportNoticeWords.arrive.text(lang, when, hub)
            return TransportNoticeWords.pickup.text(lang, person.name, arrive, car, meet.text(lang, hub))
        }
        let when = DateText.day(run.depart.date, lang, weekday: false) + (lang == .zh ? "" : " at ") + run.depart.clock
        let leave = (leg?.number).flatMap { $0.isEmpty ? nil : $0 }.map { n in
            TransportNoticeWords.leaveBy.text(lang, n, leg?.time?.clock ?? "")
        } ?? ""
        return TransportNoticeWords.dropoff.text(lang, person.name, when, car, lists.site(run.from),
                                                 lists.site(leg?.hub ?? run.to), leave)
    }

    /// The run, its time, the car and driver, the hub and the train: language aside, what was told.
    func fingerprint(_ zh: TransportLists) -> String {
        let v = vehicle
        return [run.uid, run.depart.description, v?.plate ?? "", v?.driver ?? "", v?.driverPhone ?? "",
                zh.site(run.from), zh.site(run.to), leg?.number ?? "", leg?.time?.description ?? ""]
            .joined(separator: "|")
    }
}

/// The words of the transport notices.
public enum TransportNoticeWords: String, Phrasebook {
    case pickup, dropoff, arriveBy, arrive, leaveBy, car, carLater, meetTrain, meetFlight, meetHub
    case driverGreeting, driverRun, driverEscort, companions, listSeparator, sheetName
    case pickupCancelled, dropoffCancelled, driverCancelled, noneChanged, noneAtAll
    case heldOtherHub, heldEarly, heldLate, heldBack, heldUnavailable

    public static let tables: [Language: [TransportNoticeWords: String]] = [
        .en: [
            .pickup: "Dear %1, %2; car %3 will wait for you at %4.",
            .dropoff: "Dear %1, on %2 car %3 will take you from %4 to %5%6.",
            .arriveBy: "on %1 you arrive at %3 on %2", .arrive: "on %1 you arrive at %2",
            .leaveBy: " for %1 (%2)", .car: "%1 (driver %2)", .carLater: "(to be confirmed)",
            .meetTrain: "the station exit", .meetFlight: "the arrivals exit", .meetHub: "%1",
            .driverGreeting: "Dear %1, your runs on %2 (%3):",
            .driverRun: "%1 %2 → %3 %4: %5", .driverEscort: "; escort %1", .companions: " (+%1)",
            .listSeparator: ", ", .sheetName: "Transport notices",
            .pickupCancelled: "Dear %1, the pickup arranged for you is cancelled; the organisers will contact you.",
            .dropoffCancelled: "Dear %1, the drop-off arranged for you is cancelled; the organisers will contact you.",
            .driverCancelled: "Dear %1, your runs on %2 (%3) are cancelled.",
            .noneChanged: "no run changed since the last notices: nobody to tell",
            .noneAtAll: "nobody has a run yet: no notices",
            .heldOtherHub: "%1 is at %2, but the run at %3 is for another station",
            .heldEarly: "the run at %2 leaves before %1 is in and out",
            .heldLate: "the run at %2 is too late for %1",
            .heldUnavailable: "%1 is not hired at %2 any more",
            .heldBack: "%1: no notice (%2); plan the runs again (transport plan) first",
        ],
        .zh: [
            .pickup: "%1您好：%2，接站车辆%3在%4等候。",
            .dropoff: "%1您好：%2送站车辆%3在%4接您前往%5%6。",
            .arriveBy: "%1您乘%2抵达%3", .arrive: "%1您抵达%2",
            .leaveBy: "，乘%1（%2）", .car: "%1（司机%2）", .carLater: "（车辆另行通知）",
            .meetTrain: "出站口", .meetFlight: "到达出口", .meetHub: "%1",
            .driverGreeting: "%1您好：%2派车安排（%3）：",
            .driverRun: "%1 %2→%3 %4：%5", .driverEscort: "；陪同 %1", .companions: "（随行%1人）",
            .listSeparator: "、", .sheetName: "接送通知",
            .pickupCancelled: "%1您好：原为您安排的接站已取消，会务组将另行与您联系。",
            .dropoffCancelled: "%1您好：原为您安排的送站已取消，会务组将另行与您联系。",
            .driverCancelled: "%1您好：%2（%3）的派车任务已取消。",
            .noneChanged: "自上次通知以来车次安排没有变化，无需再通知",
            .noneAtAll: "还没有安排车次，没有可发的通知",
            .heldOtherHub: "%1在%2，而%3的车是另一个站的",
            .heldEarly: "%2的车早于%1到达出站",
            .heldLate: "%2的车赶不上%1",
            .heldUnavailable: "%1在%2已不在可用时间内",
            .heldBack: "%1：未生成通知（%2），请先重新排车（transport plan）",
        ],
    ]
}
