import Foundation
import Testing
@testable import PlanningCore
@testable import PlanningStore

/// `smallPlan` with a welcome dinner laid out at two tables (the second halal), a halal guest
/// and a vegetarian, and both seated.
func banquetPlan(key: String = "b1") -> EventPlan {
    var p = smallPlan(key: key)
    p.event.banquetSeatOrder = .hostOnly
    p.sessions.append(Session(id: ID(3), key: "dinner", uid: StableUID.make(key, "x3"), title: "欢迎晚宴", kind: .meal,
                              start: LocalDateTime(iso: "2026-05-14T18:30")!, end: LocalDateTime(iso: "2026-05-14T20:30")!))
    p.people[0].diet = DietaryNeed(.vegetarian)
    p.people.append(Person(id: ID(3), key: "p3", uid: StableUID.make(key, "p3"), name: "马立新",
                           diet: DietaryNeed(.halal, text: "清真，不吃牛肉")))
    var tables = TablePlan.laidOut(meal: ID(3), tables: 2, seats: 8)
    tables.tables[1].halal = true
    tables.excluded = ["staff"]
    tables.seatOrder = .hostAndDeputy
    tables.seats = [TableSeat(person: ID(2), table: 1, seat: 1, host: true), TableSeat(person: ID(1), table: 1, seat: 2),
                    TableSeat(person: ID(3), table: 2, seat: 2)]
    p.tablePlans = [tables]
    return p
}

@Suite struct TablesStoreTests {
    @Test func aPlanWithTablesAndDietsIsReadBackAsStored() throws {
        let store = try Store(path: scratchPath())
        let plan = banquetPlan()
        let stored = try store.insert(plan)
        let read = try store.plan(stored.event.id)
        #expect(normalised(read) == normalised(plan))
        #expect(read.event.banquetSeatOrder == .hostOnly)
        #expect(read.people.map(\.diet) == [DietaryNeed(.vegetarian), nil, DietaryNeed(.halal, text: "清真，不吃牛肉")])
    }

    @Test func tableChangesAndTheirUndoKeepDatabaseAndMemoryTheSame() throws {
        let store = try Store(path: scratchPath())
        var plan = try store.insert(banquetPlan())
        let event = plan.event.id
        var history: [Change] = []
        func step(_ change: Change) throws {
            let applied = try store.apply(change, event: event)
            plan.apply(applied)
            history.append(applied)
            #expect(try store.plan(event).tablePlans == plan.tablePlans, "\(change)")
        }
        let dinner = plan.tablePlans[0]
        let halal = plan.people[2].id, meal = dinner.meal
        var moved = dinner
        moved.seats[2] = TableSeat(person: halal, table: 1, seat: 8)
        moved.tables[0].seats = 12
        try step(.tablePlan(before: dinner, after: moved))
        // A guest deleted leaves their table; the meal deleted takes its tables.
        try step(.person(before: plan.record(of: halal), after: nil))
        #expect(plan.tablePlans[0].seats.count == 2)
        try step(.session(before: plan.record(of: meal), after: nil))
        #expect(plan.tablePlans.isEmpty)
        for change in history.reversed() {
            let applied = try store.apply(change.inverse, event: event)
            plan.apply(applied)
            #expect(try store.plan(event).tablePlans == plan.tablePlans)
        }
        // Back as first stored, though the guest and the meal came back under new row ids.
        let back = try store.plan(event)
        #expect(normalised(back).tablePlans == normalised(banquetPlan()).tablePlans)
    }

    @Test func aChangeMadeOnAnOutdatedPlanIsAConflictNotAnOverwrite() throws {
        let store = try Store(path: scratchPath())
        let plan = try store.insert(banquetPlan())
        var theirs = plan.tablePlans[0]
        theirs.tables[1].halal = false
        try store.apply(.tablePlan(before: plan.tablePlans[0], after: theirs), event: plan.event.id)
        var mine = plan.tablePlans[0]
        mine.seats.removeAll()
        #expect(throws: StoreError.self) {
            try store.apply(.tablePlan(before: plan.tablePlans[0], after: mine), event: plan.event.id)
        }
        #expect(try store.plan(plan.event.id).tablePlans == [theirs])
    }

    /// A colleague's UI open on the event reads just the tables again, and ends with what a fresh read gives.
    @Test func aColleaguesTableChangeIsTakenIn() throws {
        let path = scratchPath()
        let mine = try Store(path: path)
        let event = try mine.insert(banquetPlan()).event.id
        let (copy, mark) = try mine.markedPlan(event)
        let theirs = try Store(path: path)
        var moved = copy.tablePlans[0]
        moved.seats.swapAt(0, 1)
        try theirs.apply(.tablePlan(before: copy.tablePlans[0], after: moved), event: event)
        let taken = try mine.takeIn(copy, since: mark)
        #expect(taken.tables && !taken.schedule && taken.people.isEmpty)
        #expect(taken.plan == (try mine.plan(event)))
        #expect(taken.plan?.tablePlans == [moved])
    }

    @Test func theLogSaysWhichMealsTablesChanged() throws {
        let store = try Store(path: scratchPath())
        let plan = try store.insert(banquetPlan())
        var moved = plan.tablePlans[0]
        moved.seats.removeLast()
        try store.apply(.tablePlan(before: plan.tablePlans[0], after: moved), event: plan.event.id)
        let entry = try #require(try store.changeLog(plan.event.id, limit: 1).first)
        #expect(entry.text(.zh) == (action: "修改桌次座次", summary: "“欢迎晚宴”：2 桌，已排 2 人；马立新 → 未排座"))
        #expect(entry.text(.en) == (action: "change tables", summary: "“欢迎晚宴”: 2 tables, 2 seated; 马立新 → no seat"))
    }
}
