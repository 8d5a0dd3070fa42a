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

    /// A table of ten: a staff host, eight equals of one college, and two guests of another
    /// written to in Arabic with their interpreter.
    static func oneTable() -> EventPlan {
        var plan = T.hall(tables: 1, seats: 12)
        T.guest(&plan, "王会务", "会务组")
        plan.registrations[0].category = "staff"
        for k in 1...6 { T.guest(&plan, "客人\(k)", "甲院") }
        T.guest(&plan, "Ahmed Hassan", "Cairo TVET")
        plan.people[plan.people.count - 1].language = "ar"
        T.guest(&plan, "哈力木拉提", "乙院")
        T.guest(&plan, "Omar Farouk", "Cairo TVET")
        plan.people[plan.people.count - 1].language = "ar"
        let interpreter = T.guest(&plan, "杨译", "会务组")
        plan.roles.append(SessionRole(session: ID(1), person: interpreter, role: .interpreter))
        return plan
    }

    static func seats(_ plan: EventPlan) -> [ID<Person>: Int] {
        Dictionary(plan.tablePlans[0].seats.map { ($0.person, $0.seat) }, uniquingKeysWith: { a, _ in a })
    }

    /// A guest withdraws: the others keep their seats rather than each move up one.
    @Test func aWithdrawalMovesNobodyRoundTheTable() {
        var plan = Self.oneTable()
        for c in BanquetAssigner.assign(plan, meal: ID(1)).changes { plan.apply(c) }
        let before = Self.seats(plan)
        plan.registrations.removeAll { $0.person == ID(3) }
        plan.tablePlans[0].seats.removeAll { $0.person == ID(3) }
        for c in BanquetAssigner.assign(plan, meal: ID(1)).changes { plan.apply(c) }
        #expect(Self.seats(plan).filter { before[$0.key] != $0.value } == [:])
    }

    /// Applied once, the assignment proposes nothing more: a full table nobody hosts, whose
    /// foreign guest, the last of his college, has his interpreter in a senior neighbour's seat.
    @Test func anAppliedAssignmentIsAFixedPoint() {
        var plan = T.hall(tables: 1, seats: 10)
        for k in 1...8 { T.guest(&plan, "客人\(k)", "甲院") }
        T.guest(&plan, "Ahmed Hassan", "甲院")
        plan.people[plan.people.count - 1].language = "ar"
        let interpreter = T.guest(&plan, "杨译", "外事办")
        plan.roles.append(SessionRole(session: ID(1), person: interpreter, role: .interpreter))
        for c in BanquetAssigner.assign(plan, meal: ID(1)).changes { plan.apply(c) }
        #expect(BanquetAssigner.assign(plan, meal: ID(1)).tally == SeatTally())
    }

    /// An editor's move is logged with the guest's name and their table and seat now, so
    /// `log --grep 周立新` finds it.
    @Test func aMoveInTheEditorNamesTheGuestInTheLog() throws {
        var before = TablePlan.laidOut(meal: ID(1), tables: 4, seats: 10)
        before.seats = [TableSeat(person: ID(1), table: 2, seat: 3), TableSeat(person: ID(2), table: 2, seat: 2)]
        var after = before
        after.seats[0] = TableSeat(person: ID(1), table: 4, seat: 2)
        let names = ChangeNote.Names(room: { _ in "" }, person: { $0 == ID(1) ? "周立新" : "李娜" },
                                     session: { _ in "欢迎晚宴" })
        let note = try #require(ChangeNote(.tablePlan(before: before, after: after), names))
        #expect(note.text(.zh).summary == "“欢迎晚宴”：4 桌，已排 2 人；周立新 → 4 号桌 2 号座")
    }

    /// A move that reseats the table round the guest is logged with its counts and still names
    /// the guest taken to another table, so `log --grep` finds them.
    @Test func aMoveThatReseatsATableStillNamesTheGuestMoved() {
        var before = TablePlan.laidOut(meal: ID(1), tables: 2, seats: 10)
        before.seats = (1...8).map { TableSeat(person: ID($0), table: 1, seat: $0) }
            + [TableSeat(person: ID(9), table: 2, seat: 1)]
        var after = before
        after.seats = [TableSeat(person: ID(9), table: 1, seat: 1)]
            + (1...8).map { TableSeat(person: ID($0), table: 1, seat: $0 + 1) }
        let facts = ChangeNote.seatFacts(before, after, person: { $0 == ID(9) ? "毛志欣" : "客人" })
        #expect(facts == [.seatsChanged(seated: 0, moved: 1, reseated: 8, unseated: 0),
                          .seatedAt(person: "毛志欣", table: 1, seat: 1)])
    }

    /// An assignment that changes many seats is logged with its counts.
    @Test func anAssignmentIsLoggedWithItsCounts() {
        var plan = Self.oneTable()
        let before = plan.tablePlans[0]
        for c in BanquetAssigner.assign(plan, meal: ID(1)).changes { plan.apply(c) }
        let facts = ChangeNote.seatFacts(before, plan.tablePlans[0], person: { _ in "" })
        #expect(facts == [.seatsChanged(seated: 11, moved: 0, reseated: 0, unseated: 0)])
    }

    /// A foreign guest who withdrew but still has a seat: 排座但未报名 only, not 外宾桌无翻译 too.
    @Test func aWithdrawnForeignGuestIsToldOnceAsNotAGuest() {
        var (plan, kazakh, _, _, _) = Self.twoLanguages()
        var t = plan.tablePlans[0]
        t.seats = [TableSeat(person: ID(1), table: 1, seat: 1, host: true), TableSeat(person: kazakh, table: 1, seat: 2)]
        plan.tablePlans = [t]
        plan.registrations.removeAll { $0.person == kazakh }
        plan.people[1].vipLevel = 0
        let found = ConflictEngine.check(plan).filter { $0.people.contains(kazakh) }.map(\.code)
        #expect(found == [.seatedNotSignedUp])
    }

    /// Six guests and one host at a table of ten: the least senior guest sits in the deputy's
    /// seat (6), facing the host, rather than seat 3 with the deputy's seat left empty.
    @Test func aTableNotFullSeatsItsLastGuestFacingTheHost() {
        #expect(BanquetRules.seatNumbers(hosts: 1, guests: 6, seats: 10, .hostAndDeputy).guests == [2, 10, 7, 5, 3, 6])
    }

    /// A guest withdraws from the deputy's seat: the least senior guest still there moves into
    /// it, and nobody else moves.
    @Test func theDeputysSeatLeftByAWithdrawalIsFilled() {
        var plan = Self.oneTable()
        for c in BanquetAssigner.assign(plan, meal: ID(1)).changes { plan.apply(c) }
        let deputy = plan.tablePlans[0].seats.first { $0.seat == 7 }!.person
        plan.registrations.removeAll { $0.person == deputy }
        plan.tablePlans[0].seats.removeAll { $0.person == deputy }
        for c in BanquetAssigner.assign(plan, meal: ID(1)).changes { plan.apply(c) }
        #expect(plan.tablePlans[0].seats.contains { $0.seat == 7 })
    }

    /// The mayor's dinner at three tables: a staff member and the mayor's colleagues, none with a
    /// host category.
    static func mayorsDinner() -> (EventPlan, viceMayor: ID<Person>, bureau: ID<Person>) {
        var plan = T.hall(tables: 3, seats: 10)
        let mayor = T.guest(&plan, "王建国", "成都市人民政府")
        plan.people[0].vipLevel = 7
        plan.people[0].orgType = .government
        plan.roles.append(SessionRole(session: ID(1), person: mayor, role: .host))
        T.guest(&plan, "胡娟", "会务组")
        plan.registrations[1].category = "staff"
        let viceMayor = T.guest(&plan, "孙丽", "成都市人民政府")
        plan.people[2].vipLevel = 6
        let bureau = T.guest(&plan, "周立新", "成都市教育局")
        plan.people[3].vipLevel = 4
        plan.people[3].orgType = .government
        for k in 1...20 { T.guest(&plan, "代表\(k)", "甲院\(k % 5)") }
        return (plan, viceMayor, bureau)
    }

    static func hosts(_ plan: EventPlan) -> Set<ID<Person>> {
        Set(plan.tablePlans[0].seats.filter { $0.host && $0.seat == 1 }.map(\.person))
    }

    /// The vice-mayor, of the host's own organisation, hosts a table ahead of staff.
    @Test func anOfficialOfTheHostsOrganisationHostsATable() {
        var (plan, viceMayor, _) = Self.mayorsDinner()
        for c in BanquetAssigner.assign(plan, meal: ID(1)).changes { plan.apply(c) }
        #expect(Self.hosts(plan).contains(viceMayor))
    }

    /// The city's education bureau chief, a government VIP of the host's city, hosts one too.
    @Test func aGovernmentVIPOfTheHostsCityHostsATable() {
        var (plan, _, bureau) = Self.mayorsDinner()
        for c in BanquetAssigner.assign(plan, meal: ID(1)).changes { plan.apply(c) }
        #expect(Self.hosts(plan).contains(bureau))
    }
}
