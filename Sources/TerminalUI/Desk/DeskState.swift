import Foundation
import Interchange
import PlanningCore

/// The check-in desk (`confplan desk`): one input line always taking keys, the people it finds,
/// the one chosen with what to hand them, and live counts. Like the planner's state, it changes
/// only by messages and asks for the store's work as effects (`DeskEffect`), so tests drive it
/// without a terminal or a database.
public struct DeskState {
    public let plan: EventPlan
    public let desk: String
    /// Pointed at one session (分论坛签到): arrivals at it, not at the event.
    public let session: ID<Session>?
    public let today: LocalDate
    public let language: Language
    public internal(set) var index: DeskIndex
    /// Each person's registration category (a guest's for speakers who did not register).
    var categories: [ID<Person>: String]
    let signups: [ID<Person>: [ID<Session>]]
    /// Badge numbers, a walk-in's from the moment the store gives it.
    var badges: [ID<Person>: Int]
    /// Standing arrivals by person (their place in `index.people`).
    public internal(set) var arrived: [Int: CheckIn] = [:]
    var places: [ID<Person>: Int] = [:]
    public private(set) var lastSequence = 0

    public var query = ""
    public internal(set) var found: [Int] = []
    var more = false
    public var chosen = 0
    public internal(set) var ticked: Set<Int> = []
    /// The line under the input: what just happened (`✔ 张三 09:12 签到`), green or red.
    public var flash: (text: String, good: Bool)? {
        didSet { (flashAt, flashStays, flashName) = (flash == nil ? nil : now, false, nil) }
    }
    /// The name in a success's banner: its Chinese characters are set apart to be read from a
    /// step away; the rest of the banner is read as written.
    var flashName: String?
    /// When the banner went up: it goes after `flashSeconds`, so the next person does not
    /// read a stranger's arrival.
    var flashAt: Date?
    /// A banner saying something was not saved stays until a key: it must be acted on.
    var flashStays = false
    static let flashSeconds: TimeInterval = 5
    /// The desk's clock, moved on by `.time` messages (the app sends the wall clock; tests
    /// send what they need).
    public internal(set) var now: Date
    /// Tab: the counts and every key over the search (the counts have no room beside it
    /// below 90 columns; the keys none in the bottom line).
    public internal(set) var panel = false
    /// The walk-in just registered here: their check-in's banner gives their badge number.
    var walkIn: ID<Person>?
    /// The people found only through their check-in code, so the list says why.
    var foundByCode: Set<Int> = []
    public var form: DeskForm?
    public var width = 80, height = 24
    public var quit = false
    /// Counts kept as arrivals come in, so a redraw costs nothing at 100,000.
    var expectedByCategory: [String: Int] = [:]
    var arrivedByCategory: [String: Int] = [:]
    /// Arrivals by ten minutes of the event's clock (minute of the day / 10).
    var perTenMinutes: [Int: Int] = [:]
    /// VIPs with a part or a sign-up today (or at this desk's session), most senior first.
    let vips: [Int]
    /// Seconds the event's clock is ahead of UTC today.
    let offset: Int

    /// `now`: the moment the desk opens, which says which day of the event it is.
    /// `mergedCodes`: badges printed for people since merged into others (`Store.mergedCheckInCodes`).
    public init(plan: EventPlan, desk: String, session: ID<Session>?, language: Language, now: Date,
                mergedCodes: [String: String] = [:]) {
        self.plan = plan
        self.desk = desk
        self.session = session
        self.language = language
        self.now = now
        let zone = ZoneOffset(plan.event.timeZone)
        let day = LocalDate(iso: zone.localDay(ISO8601DateFormatter().string(from: now)))
        today = day.flatMap { plan.event.days.contains($0) ? $0 : nil } ?? plan.event.firstDay
        let holders = plan.badgeHolders(of: session)
        index = DeskIndex(people: holders, aliases: mergedCodes)
        let registrations = Dictionary(plan.registrations.map { ($0.person, $0) }, uniquingKeysWith: { a, _ in a })
        categories = Dictionary(uniqueKeysWithValues: holders.map {
            ($0.id, plan.badgeCategory($0.id, registrations: registrations))
        })
        badges = plan.badgeNumbers()
        signups = registrations.mapValues(\.signups)
        for (i, p) in holders.enumerated() { places[p.id] = i }
        offset = zone.zone.secondsFromGMT(for: now)
        let thisDay = today
        let todays = Set(plan.sessions.filter { $0.start.map { plan.event.programmeDay(of: $0) } == thisDay }.map(\.id))
        let busy = Set(plan.roles.filter { todays.contains($0.session) }.map(\.person))
            .union(plan.registrations.filter { !Set($0.signups).isDisjoint(with: todays) }.map(\.person))
        vips = holders.indices.filter { holders[$0].vipLevel > 0 && (session != nil || busy.contains(holders[$0].id)) }
            .sorted { (-holders[$0].vipLevel, $0) < (-holders[$1].vipLevel, $1) }
        for category in categories.values { expectedByCategory[category, default: 0] += 1 }
    }

    /// Minutes of the day on the event's clock of a stored instant (`2026-05-14T01:12:03Z`).
    func clockMinutes(_ stamp: String) -> Int? {
        let u = Array(stamp.utf8)
        guard u.count >= 16 else { return nil }
        func number(_ a: Int, _ b: Int) -> Int? { Int(String(decoding: u[a..<b], as: UTF8.self)) }
        guard let h = number(11, 13), let m = number(14, 16) else { return nil }
        return ((h * 60 + m + offset / 60) % 1440 + 1440) % 1440
    }

    func clock(_ stamp: String) -> String {
        guard let m = clockMinutes(stamp) else { return stamp }
        return LocalDateTime(minutes: m).clock
    }

    /// Takes in check-ins recorded anywhere (this desk's own, others', taken back), in order.
    public mutating func takeIn(_ records: [CheckIn]) {
        for record in records where record.session == session {
            lastSequence = max(lastSequence, record.sequence)
            guard let place = places[record.person] else { continue }
            let before = arrived[place]
            if record.undone == nil {
                if let before { count(before, place, -1) }
                arrived[place] = record
                count(record, place, 1)
            } else if let before, before.id == record.id {
                count(before, place, -1)
                arrived[place] = nil
            }
        }
    }

    private mutating func count(_ record: CheckIn, _ place: Int, _ by: Int) {
        arrivedByCategory[category(of: place), default: 0] += by
        if let m = clockMinutes(record.at) { perTenMinutes[m / 10, default: 0] += by }
    }

    /// People taken in from other desks whom this one has not met (walk-ins added there).
    public func strangers(_ records: [CheckIn]) -> [ID<Person>] {
        records.filter { $0.session == session && places[$0.person] == nil }.map(\.person)
    }

    /// A person added since (a walk-in, here or at another desk): found from now on.
    public mutating func add(_ person: Person, category: String) -> Int {
        if let badge = person.badge { badges[person.id] = badge }
        if let known = places[person.id] { return known }
        index = index.adding(person)
        let place = index.people.count - 1
        places[person.id] = place
        categories[person.id] = category
        expectedByCategory[category, default: 0] += 1
        return place
    }

    func category(of place: Int) -> String { categories[index.people[place].id] ?? Registration.defaultCategory }

    public var chosenPlace: Int? { found.indices.contains(chosen) ? found[chosen] : nil }

    /// What a person of the chosen one's category is handed; at a session's door only what the
    /// event lists for `session` (their badge and bag were handed out in the lobby).
    func items(_ place: Int) -> [String] {
        if session != nil { return plan.event.checkInItems["session"] ?? [] }
        return plan.event.items(for: category(of: place), language: language)
    }

    mutating func search() {
        (found, more) = index.search(query)
        // A scan after something half typed: the code at its end is who is meant.
        if found.isEmpty, query.count > 8 {
            let tail = index.code(String(query.suffix(8)))
            if tail.count == 1 { found = tail }
        }
        foundByCode = Set(found.filter { index.foundOnlyByCode(query, $0) })
        chosen = 0
        ticked = chosenPlace.map(usualTicks) ?? []
    }

    /// The people the input is the check-in code of (the whole input, else its last eight
    /// characters, as a scanner sends them after a half-typed name).
    var scanned: [Int] {
        let whole = index.code(query)
        return whole.isEmpty && query.count > 8 ? index.code(String(query.suffix(8))) : whole
    }

    /// What is ticked when a person comes up: for a scanned badge the category's pack (a scan
    /// and Enter hand it over, so it is shown ticked before it is recorded), else nothing.
    func usualTicks(_ place: Int) -> Set<Int> {
        scanned == [place] ? Set(items(place).indices) : []
    }

    /// What Enter records for the chosen person: exactly the ticks on screen.
    var handedOver: [String] {
        guard let place = chosenPlace else { return [] }
        return items(place).enumerated().filter { ticked.contains($0.offset) }.map(\.element)
    }

    /// The categories a walk-in may be given: the event's own (those of its people, those it
    /// lists packs for), most common first.
    var eventCategories: [String] {
        let listed = plan.event.checkInItems.keys.filter { $0 != "*" && $0 != "session" }
        let all = Set(expectedByCategory.keys).union(listed)
        return all.sorted { (-(expectedByCategory[$0] ?? 0), $0) < (-(expectedByCategory[$1] ?? 0), $1) }
    }

    /// VIPs expected and not yet here: the liaison's list.
    public var missingVIPs: [Person] { vips.filter { arrived[$0] == nil }.map { index.people[$0] } }

    public var arrivedCount: Int { arrived.count }
    public var expectedCount: Int { index.people.count }
}

/// A short form over the desk: a walk-in's details, or why a check-in is taken back.
public struct DeskForm: Sendable {
    public enum Purpose: Sendable {
        case walkIn, undo(checkIn: Int, name: String)
        var isWalkIn: Bool { if case .walkIn = self { true } else { false } }
    }
    public var purpose: Purpose
    public var labels: [DeskWords]
    public var values: [String]
    public var focus = 0
    /// Why Enter did not save it (a mobile a digit short), shown under the fields.
    public var error: String?
    /// The event's categories (stored codes) a walk-in is offered, most common first.
    var categories: [String] = []
    /// The one of the offered categories that the category field's Enter takes.
    var pick = 0
    /// Whether a category is marked: typed, or chosen with ↑↓. An empty field leaves a person
    /// found by the importer's matching in their own category, a new one in the default.
    var picking: Bool { chose || !values[Self.categoryField].trimmingCharacters(in: .whitespaces).isEmpty }
    var chose = false
    /// A category typed that the event does not have, after the first Enter: a second one
    /// adds it (a typo or `记者` for 媒体 must not become a category by itself).
    var newCategory: String?
    /// The desk's language: a category whose name in it starts with what is typed comes first.
    var language = Language.zh

    static let categoryField = 3

    static func walkIn(name: String, categories: [String], language: Language) -> DeskForm {
        var f = DeskForm(purpose: .walkIn, labels: [.fieldName, .fieldOrganisation, .fieldPhone, .fieldCategory],
                         values: [name, "", "", ""])
        f.categories = categories
        f.language = language
        return f
    }

    /// The offered categories that the typed text is part of, in either language or as stored
    /// (a German partner at a Chinese desk types `press`), best first: a name in the desk's
    /// language that starts with it, then one with a word that does, then any other match (`pr`
    /// is inside the stored `enterprise-delegate`, which must not come before `press`).
    var offered: [String] {
        guard case .walkIn = purpose else { return [] }
        let typed = values[Self.categoryField].trimmingCharacters(in: .whitespaces).lowercased()
        guard !typed.isEmpty else { return categories }
        func rank(_ c: String) -> Int? {
            let shown = RegistrationCategory.words(c, language).lowercased()
            if shown.hasPrefix(typed) { return 0 }
            let words = shown.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "/" })
            if words.contains(where: { $0.hasPrefix(typed) }) { return 1 }
            let others = [c, RegistrationCategory.words(c, .zh), RegistrationCategory.words(c, .en)]
                .map { $0.lowercased() }
            if others.contains(where: { $0.hasPrefix(typed) }) { return 2 }
            return others.contains(where: { $0.contains(typed) }) || shown.contains(typed) ? 3 : nil
        }
        // Within a rank the event's order (most common first) stays.
        return categories.enumerated().compactMap { i, c in rank(c).map { ($0, i, c) } }
            .sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
    }
}
