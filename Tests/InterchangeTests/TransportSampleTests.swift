import Foundation
import Testing
import Fixtures
import Interchange
import PlanningCore
import PlanningStore
import TestSupport

/// The 德阳 sample's planted transport mistakes, and what `transport plan --apply` leaves: told
/// from the runs themselves (seats against the vehicle's, each vehicle's and driver's times), not
/// from the engine's findings.
@Suite struct TransportSampleTests {
    /// Runs with more passengers (companions counted) than their vehicle seats, by key.
    static func overSeats(_ plan: EventPlan) -> [String] {
        let trips = Dictionary(plan.trips.map { ($0.person, $0) }, uniquingKeysWith: { a, _ in a })
        return plan.runs.filter { r in
            guard let v = plan.vehicles.first(where: { $0.id == r.vehicle }) else { return false }
            return plan.seatsTaken(by: r, trips: trips) > v.seats
        }.map(\.key).sorted()
    }

    /// Pairs of runs that hold one vehicle, or one driver, at once: `r1+r2`.
    static func doubleBooked(_ plan: EventPlan) -> [String] {
        let vehicles = Dictionary(plan.vehicles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var pairs: [String] = []
        let runs = plan.runs.filter { $0.vehicle != nil }.sorted { $0.key < $1.key }
        for (i, a) in runs.enumerated() {
            for b in runs[(i + 1)...] where plan.occupancy(of: a).overlaps(plan.occupancy(of: b)) {
                let (va, vb) = (vehicles[a.vehicle!]!, vehicles[b.vehicle!]!)
                if va.id == vb.id || (va.driverIdentity != nil && va.driverIdentity == vb.driverIdentity) {
                    pairs.append(a.key + "+" + b.key)
                }
            }
        }
        return pairs
    }

    @Test func planningTheSampleClearsTheOverfullVanAndTheDriverBookedTwice() throws {
        let file = "arrivals-deyang-2026.json"
        let url = repoRoot.appendingPathComponent("sample-events/\(file)")
        let store = try Store(path: Scratch.folder("transport-sample") + "/t.sqlite")
        let loaded = try store.insert(try EventFile.read([UInt8](Data(contentsOf: url)), file: file))
        #expect(Self.overSeats(loaded) == ["r1"])
        #expect(Self.doubleBooked(loaded) == ["r1+r2"])
        let proposal = TransportPlanner.plan(loaded)
        try store.apply(proposal.changes, event: loaded.event.id, note: ChangeNote(.planTransport), logEach: false)
        let planned = try store.plan(loaded.event.id)
        #expect(Self.overSeats(planned).isEmpty && Self.doubleBooked(planned).isEmpty,
                "\(Self.overSeats(planned)) \(Self.doubleBooked(planned))")
    }

    /// The check finds the planted mistakes; the plan clears those a plan can (the VIP's flight is
    /// no car's to fix: `solve` moves the keynote instead).
    @Test func theCheckFindsThePlantedMistakesAndThePlanClearsTheCarsOnes() throws {
        let file = "arrivals-deyang-2026.json"
        let url = repoRoot.appendingPathComponent("sample-events/\(file)")
        let store = try Store(path: Scratch.folder("transport-check") + "/t.sqlite")
        let loaded = try store.insert(try EventFile.read([UInt8](Data(contentsOf: url)), file: file))
        func transport(_ plan: EventPlan) -> [String] {
            let codes: Set<FindingCode> = [.lateArrival, .runOverSeats, .vehicleDoubleBooked, .noTransport]
            return ConflictEngine.check(plan).filter { codes.contains($0.code) }.map(\.code.rawValue).sorted()
        }
        // The VIPs' drop-offs are due too, asked for or not.
        #expect(transport(loaded) == ["late-arrival", "no-transport", "no-transport", "no-transport", "no-transport",
                                      "run-over-seats", "vehicle-double-booked"])
        let proposal = TransportPlanner.plan(loaded)
        try store.apply(proposal.changes, event: loaded.event.id, note: ChangeNote(.planTransport), logEach: false)
        // Left: the VIP's late flight, and the form that names no station or time (no car can fetch them).
        #expect(transport(try store.plan(loaded.event.id)) == ["late-arrival", "no-transport"])
    }

    /// Every phrase of the transport report exists in both languages.
    @Test func theTransportWordsAreWhole() {
        for lang in Language.allCases {
            #expect(TransportReportWords.missing(in: lang).isEmpty, "\(lang): \(TransportReportWords.missing(in: lang))")
        }
    }
}
