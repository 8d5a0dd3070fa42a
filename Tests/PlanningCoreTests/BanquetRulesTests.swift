import Testing
@testable import PlanningCore

/// The office's banquet rules written out: who sits in each seat round one table, and the order
/// of a hall's tables.
@Suite struct BanquetRulesTests {
    /// Seat 1 first, round the table to the host's right: 主 host, 副 deputy host, numbers the
    /// guests by precedence (1 = 主宾).
    func table(_ n: Int, _ order: BanquetSeatOrder) -> String {
        BanquetRules.seatOrder(n, order).map { role in
            switch role {
            case .host: return "主"
            case .deputy: return "副"
            case .guest(let k): return String(k)
            }
        }.joined(separator: " ")
    }

    /// Host facing the door at seat 1; 主宾 on his right (seat 2), the second guest on his left
    /// (the last seat); the deputy opposite with the third guest on his right and the fourth on
    /// his left; the rest outward from the host, right before left.
    @Test func theSeatsRoundOneTableWithAHostAndADeputy() {
        #expect(table(8, .hostAndDeputy) == "主 1 5 4 副 3 6 2")
        #expect(table(10, .hostAndDeputy) == "主 1 5 7 4 副 3 8 6 2")
        #expect(table(12, .hostAndDeputy) == "主 1 5 7 9 4 副 3 10 8 6 2")
    }

    /// The variant without a deputy: right, left, right, left outward until the sides meet.
    @Test func theSeatsRoundOneTableWithTheHostAlone() {
        #expect(table(8, .hostOnly) == "主 1 3 5 7 6 4 2")
        #expect(table(10, .hostOnly) == "主 1 3 5 7 9 8 6 4 2")
        #expect(table(12, .hostOnly) == "主 1 3 5 7 9 11 10 8 6 4 2")
    }

    /// A table with one host gives the deputy's seat (6 of 10) to its least senior guest.
    @Test func oneHostLeavesTheDeputysSeatToTheLastGuest() {
        let seats = BanquetRules.seatNumbers(hosts: 1, guests: 9, seats: 10, .hostAndDeputy)
        #expect(seats.hosts == [1])
        #expect(seats.guests == [2, 10, 7, 5, 3, 9, 4, 8, 6])
        let two = BanquetRules.seatNumbers(hosts: 2, guests: 8, seats: 10, .hostAndDeputy)
        #expect(two.hosts == [1, 6] && two.guests == [2, 10, 7, 5, 3, 9, 4, 8])
        // Without a host representative the guests take the host's seat last of all.
        let none = BanquetRules.seatNumbers(hosts: 0, guests: 10, seats: 10, .hostAndDeputy)
        #expect(none.hosts == [] && none.guests == [2, 10, 7, 5, 3, 9, 4, 8, 6, 1])
    }

    /// `number@across,back`, in the order of tables.
    func hall(_ tables: [BanquetTable]) -> String {
        tables.map { "\($0.number)@\($0.place.across),\($0.place.back)" }.joined(separator: " ")
    }

    /// `--layout`: the head table at the front centre, rows behind it as wide as they are many,
    /// numbered by the order of tables (nearer first; as near, the head table's right first).
    @Test func layoutsOf1And2And7And20Tables() {
        #expect(hall(BanquetRules.layout(tables: 1)) == "1@0,0")
        #expect(hall(BanquetRules.layout(tables: 2)) == "1@0,0 2@0,1")
        #expect(hall(BanquetRules.layout(tables: 7)) == "1@0,0 2@0,1 3@1,1 4@-1,1 5@0,2 6@1,2 7@-1,2")
        #expect(hall(BanquetRules.layout(tables: 20, seats: 10)) == """
            1@0,0 2@0,1 3@1,1 4@-1,1 5@0,2 6@2,1 7@1,2 8@-1,2 9@-2,1 10@2,2 11@-2,2 12@0,3 13@1,3 14@-1,3 \
            15@2,3 16@-2,3 17@0,4 18@1,4 19@-1,4 20@2,4
            """)
        let twenty = BanquetRules.layout(tables: 20, seats: 10)
        #expect(twenty.allSatisfy { $0.seats == 10 && !$0.halal })
        #expect(BanquetRules.tableOrder(twenty, head: 1) == Array(1...20))
    }

    /// A hall numbered left to right, as seen from the head table: the order follows the places.
    @Test func theOrderOf7TablesNumberedAcrossTheHall() {
        let places = [(0, 0), (-1, 1), (0, 1), (1, 1), (-1, 2), (0, 2), (1, 2)]
        let tables = places.enumerated().map { i, p in
            BanquetTable(number: i + 1, place: HallPlace(across: p.0, back: p.1))
        }
        #expect(BanquetRules.tableOrder(tables, head: 1) == [1, 3, 4, 2, 6, 7, 5])
        // Staff who numbered by hand keep their numbers as the order.
        #expect(BanquetRules.tableOrder(tables, head: 1, numberedByHand: true) == [1, 2, 3, 4, 5, 6, 7])
    }

    /// Beside the head table against in front of it, at the same distance: its right first, then
    /// straight ahead, then its left.
    @Test func atOneDistanceTheHeadTablesRightRanksFirst() {
        let tables = [BanquetTable(number: 1), BanquetTable(number: 2, place: HallPlace(across: -1, back: 0)),
                      BanquetTable(number: 3, place: HallPlace(across: 0, back: 1)),
                      BanquetTable(number: 4, place: HallPlace(across: 1, back: 0))]
        #expect(BanquetRules.tableOrder(tables, head: 1) == [1, 4, 3, 2])
    }
}

/// A table plan's edits and their undo: people and meals deleted come back with their seats.
@Suite struct TablePlanEditTests {
    func dinnerPlan() -> EventPlan {
        var p = smallPlan()
        p.sessions.append(Session(id: ID(2), key: "dinner", uid: StableUID.make("x2"), title: "欢迎晚宴", kind: .meal,
                                  start: at("2026-05-14T18:30"), end: at("2026-05-14T20:30")))
        p.people.append(Person(id: ID(2), key: "p2", uid: StableUID.make("p2"), name: "马立新",
                               diet: DietaryNeed(.halal, text: "清真")))
        var tables = TablePlan.laidOut(meal: ID(2), tables: 2)
        tables.tables[1].halal = true
        tables.seats = [TableSeat(person: ID(1), table: 1, seat: 1, host: true), TableSeat(person: ID(2), table: 2, seat: 2)]
        p.tablePlans = [tables]
        return p
    }

    @Test func aPersonDeletedComesBackWithTheirSeat() throws {
        var plan = dinnerPlan()
        #expect(plan.structuralProblems().isEmpty)
        let original = plan
        let delete = Change.person(before: plan.record(of: ID<Person>(2)), after: nil)
        let edits = plan.apply(delete)
        #expect(plan.tablePlans[0].seats == [TableSeat(person: ID(1), table: 1, seat: 1, host: true)])
        #expect(edits.contains { if case .setTablePlan(ID(2), _) = $0 { true } else { false } })
        plan.apply(delete.inverse)
        #expect(plan.tablePlans == original.tablePlans)
        #expect(plan.people.last?.diet == DietaryNeed(.halal, text: "清真"))
    }

    @Test func aMealDeletedComesBackWithItsTables() throws {
        var plan = dinnerPlan()
        let original = plan.tablePlans
        let delete = Change.session(before: plan.record(of: ID<Session>(2)), after: nil)
        plan.apply(delete)
        #expect(plan.tablePlans.isEmpty)
        plan.apply(delete.inverse)
        #expect(plan.tablePlans == original)
    }

    @Test func theEngineKeepsTheTablePlanItIsGiven() throws {
        var plan = dinnerPlan()
        var engine = ConflictEngine(plan)
        var after = plan.tablePlans[0]
        after.seats[1].table = 1
        after.seats[1].seat = 2
        for edit in plan.apply(.tablePlan(before: plan.tablePlans[0], after: after)) { try engine.apply(edit) }
        #expect(engine.plan.tablePlans == [after])
    }

    @Test func aSeatAtATableThatIsNotThereIsAProblem() {
        var plan = dinnerPlan()
        plan.tablePlans[0].seats.append(TableSeat(person: ID(2), table: 9, seat: 1))
        plan.tablePlans[0].tables.append(BanquetTable(number: 2, seats: 13))
        #expect(plan.structuralProblems().map(\.description) == [
            "tablePlans[0].tables[2].number: 2 is used twice",
            "tablePlans[0].tables[2].seats: must be between 1 and 12",
            "tablePlans[0].seats[2].table: names a table that does not exist",
        ])
    }
}

@Suite struct BanquetFindingNameTests {
    /// `check` pads the kind of each finding to the longest name of any kind: a banquet finding's
    /// name longer than the others would shift every event's report, banquets or not.
    @Test func banquetFindingNamesFitTheChecksColumn() {
        let banquet: Set<FindingCode> = [.tableOverSeats, .seatedTwice, .halalAtPlainTable, .vipBelowJunior,
                                         .noInterpreterAtTable, .unseatedGuest, .seatedNotSignedUp]
        for lang in Language.allCases {
            let widest = FindingCode.allCases.filter { !banquet.contains($0) }.map { DisplayWidth.of($0.text(lang)) }.max()!
            let long = banquet.filter { DisplayWidth.of($0.text(lang)) > widest }
            #expect(long.isEmpty, "\(lang): \(long)")
        }
    }
}
