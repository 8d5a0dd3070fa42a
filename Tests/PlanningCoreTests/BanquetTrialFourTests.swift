import Testing
@testable import PlanningCore

/// The third trial's faults (issue 37): interpreters by language, re-runs that keep seats, the
/// deputy's seat at a table not full, a withdrawn guest's findings.
@Suite struct BanquetTrialFourTests {
    typealias T = BanquetAssignerTests

    static func seat(_ plan: EventPlan, _ p: ID<Person>) -> TableSeat? {
        plan.tablePlans[0].seats.first { $0.person == p }
    }

    /// A head table of ten, a staff host, a Kazakh vice-minister (written to in English) above a
    /// German director, and a German interpreter (their language field) listed before an English
    /// one (their title, 英语翻译): each sits beside the guest of their language.
    static func twoLanguages() -> (EventPlan, kazakh: ID<Person>, german: ID<Person>, de: ID<Person>,
                                   en: ID<Person>) {
        var plan = T.hall(tables: 2, seats: 10)
        T.guest(&plan, "王会务", "会务组")
        plan.registrations[0].category = "staff"
        let kazakh = T.guest(&plan, "Nurlan Abenov", "Ministry of Education of Kazakhstan")
        plan.people[1].language = "en"
        plan.people[1].vipLevel = 7
        let german = T.guest(&plan, "Klaus Weber", "GIZ")
        plan.people[2].language = "de"
        plan.people[2].vipLevel = 6
        for k in 1...4 { T.guest(&plan, "客人\(k)", "甲院") }
        let de = T.guest(&plan, "刘德华", "会务组")
        plan.people[plan.people.count - 1].language = "de"
        let en = T.guest(&plan, "吴英", "会务组")
        plan.people[plan.people.count - 1].title = "英语翻译"
        plan.roles += [SessionRole(session: ID(1), person: de, role: .interpreter),
                       SessionRole(session: ID(1), person: en, role: .interpreter)]
        return (plan, kazakh, german, de, en)
    }

    static func beside(_ a: TableSeat?, _ b: TableSeat?, seats: Int = 10) -> Bool {
        guard let a, let b, a.table == b.table else { return false }
        return (a.seat % seats) + 1 == b.seat || (b.seat % seats) + 1 == a.seat
    }

    @Test func theGermanInterpreterSitsBesideTheGermanGuest() {
        var (plan, _, german, de, _) = Self.twoLanguages()
        for c in BanquetAssigner.assign(plan, meal: ID(1)).changes { plan.apply(c) }
        #expect(Self.beside(Self.seat(plan, german), Self.seat(plan, de)))
    }

    @Test func theEnglishInterpreterSitsBesideTheKazakhGuest() {
        var (plan, kazakh, _, _, en) = Self.twoLanguages()
        for c in BanquetAssigner.assign(plan, meal: ID(1)).changes { plan.apply(c) }
        #expect(Self.beside(Self.seat(plan, kazakh), Self.seat(plan, en)))
    }

    /// The German interpreter alone at a table with a guest written to in English: that guest
    /// has no interpreter (a warning), the German guest beside him has.
    @Test func anInterpreterOfAnotherLanguageDoesNotCount() {
        var (plan, kazakh, german, de, _) = Self.twoLanguages()
        var t = plan.tablePlans[0]
        t.seats = [TableSeat(person: ID(1), table: 1, seat: 1, host: true),
                   TableSeat(person: kazakh, table: 1, seat: 2), TableSeat(person: german, table: 1, seat: 3),
                   TableSeat(person: de, table: 1, seat: 4)]
        plan.tablePlans = [t]
        let found = ConflictEngine.check(plan).filter { $0.code == .noInterpreterAtTable }
        #expect(found.map(\.people) == [[kazakh]])
    }
}
