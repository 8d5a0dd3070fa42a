import Foundation
import Testing
@testable import PlanningCore
@testable import PlanningStore

/// `smallPlan` with a station, two guests' journeys, a van and a pickup run.
func transportPlan(key: String = "t1") -> EventPlan {
    var p = smallPlan(key: key)
    p.sites.append(Site(id: ID(3), key: "station", uid: StableUID.make(key, "s3"), name: "德阳站"))
    p.travel.append(TravelTime(from: ID(3), to: ID(1), minutes: 25))
    p.trips = [
        Trip(person: ID(1),
             arrival: TripLeg(mode: .train, number: "G8921", hub: ID(3), time: LocalDateTime(iso: "2026-05-13T14:20"),
                              wantsTransfer: true),
             departure: TripLeg(mode: .flight, number: "CA4193", hub: nil, time: LocalDateTime(iso: "2026-05-15T19:05")),
             companions: 1, stay: ID(1)),
        Trip(person: ID(2), arrival: TripLeg(mode: .selfArranged)),
    ]
    p.vehicles = [Vehicle(id: ID(1), key: "v1", uid: StableUID.make(key, "v1"), plate: "川F·12345", kind: .van,
                          driver: "王师傅", driverPhone: "13900000001",
                          availability: [TimeWindow(start: LocalDateTime(iso: "2026-05-13T08:00")!,
                                                    end: LocalDateTime(iso: "2026-05-13T20:00")!)])]
    p.runs = [Run(id: ID(1), key: "r1", uid: StableUID.make(key, "r1"), kind: .pickup, vehicle: ID(1), from: ID(3),
                  to: ID(1), depart: LocalDateTime(iso: "2026-05-13T14:40")!, passengers: [ID(1), ID(2)], escort: ID(2),
                  notes: "出站口")]
    return p
}

/// Journeys, vehicles and runs as memory and the database both hold them, order aside.
private struct TransportContents: Equatable {
    var trips: Set<Trip>, vehicles: Set<Vehicle>, runs: Set<Run>
    init(_ p: EventPlan) {
        trips = Set(p.trips)
        vehicles = Set(p.vehicles)
        runs = Set(p.runs)
    }
}

@Suite struct TransportStoreTests {
    @Test func aPlanWithJourneysVehiclesAndRunsIsReadBackAsStored() throws {
        let store = try Store(path: scratchPath())
        let plan = transportPlan()
        let stored = try store.insert(plan)
        #expect(normalised(try store.plan(stored.event.id)) == normalised(plan))
    }

    @Test func transportChangesAndTheirUndoKeepDatabaseAndMemoryTheSame() throws {
        let store = try Store(path: scratchPath())
        var plan = try store.insert(transportPlan())
        let event = plan.event.id
        var history: [Change] = []
        func step(_ change: Change) throws {
            let applied = try store.apply(change, event: event)
            plan.apply(applied)
            history.append(applied)
            #expect(TransportContents(try store.plan(event)) == TransportContents(plan), "\(change)")
        }
        let run = plan.runs[0], guest = plan.people[0].id
        try step(.vehicle(before: nil, after: VehicleRecord(vehicle: Vehicle(id: ID(0), key: "", uid: "", plate: "川F·88888",
                                                                               kind: .coach, driver: "李师傅"))))
        let coach = try #require(plan.vehicles.first { $0.plate == "川F·88888" })
        #expect(coach.seats == 45 && !coach.key.isEmpty)
        var moved = run
        moved.vehicle = coach.id
        moved.depart = LocalDateTime(iso: "2026-05-13T15:00")!
        try step(.run(before: run, after: moved))
        var trip = plan.trips.first { $0.person == guest }!
        trip.arrival?.time = LocalDateTime(iso: "2026-05-13T16:10")
        try step(.trip(before: plan.trips.first { $0.person == guest }, after: trip))
        try step(.run(before: nil, after: Run(id: ID(0), key: "", uid: "", kind: .dropoff, from: ID(plan.sites[0].id.raw),
                                              to: plan.sites[2].id, depart: LocalDateTime(iso: "2026-05-15T16:00")!,
                                              passengers: [guest])))
        // A guest deleted leaves their runs and takes their journey; a vehicle deleted leaves its runs without one.
        try step(.person(before: plan.record(of: guest), after: nil))
        #expect(plan.trips.allSatisfy { $0.person != guest } && plan.runs.allSatisfy { !$0.passengers.contains(guest) })
        try step(.vehicle(before: plan.record(of: coach.id), after: nil))
        #expect(plan.runs.first { $0.id == run.id }?.vehicle == nil)
        for change in history.reversed() {
            let applied = try store.apply(change.inverse, event: event)
            plan.apply(applied)
            #expect(TransportContents(try store.plan(event)) == TransportContents(plan))
        }
        // Every row is back, though the guest and the coach came back under new row ids.
        let back = try store.plan(event)
        #expect(normalised(back).trips.count == 2 && back.runs.count == 1)
        #expect(normalised(back).runs[0].passengers.count == 2)
        #expect(Set(back.runs[0].passengers.compactMap { p in back.people.first { $0.id == p }?.key }) == ["p1", "p2"])
    }

    @Test func aSecondTripForOnePersonIsAConflictNotAnOverwrite() throws {
        let store = try Store(path: scratchPath())
        let plan = try store.insert(transportPlan())
        let guest = plan.people[0].id
        #expect(throws: StoreError.self) {
            try store.apply(.trip(before: nil, after: Trip(person: guest)), event: plan.event.id)
        }
        #expect(try store.plan(plan.event.id).trips.first { $0.person == guest } == plan.trips.first { $0.person == guest })
    }
}

@Suite struct SecondEventTests {
    /// A rostrum's order names people by row id: the second event loaded into one database keeps
    /// its own people there, not the first event's who had those ids.
    @Test func theSecondEventsRostrumSeatsItsOwnPeople() throws {
        let store = try Store(path: scratchPath())
        func seated(_ key: String) -> EventPlan {
            var p = smallPlan(key: key)
            p.sessions[0].seating = SeatingPlan(rows: [2], order: [ID(2), ID(1)])
            return p
        }
        try store.insert(seated("first"))
        let second = try store.insert(seated("second"))
        let read = try store.plan(second.event.id)
        let order = try #require(read.sessions[0].seating).order
        #expect(order.map { id in read.people.first { $0.id == id }?.key } == ["p2", "p1"])
    }
}
