import Foundation
import Testing
import Interchange
import PlanningCore
@testable import TerminalUI
import TestSupport

/// The desk tells a guest with a drop-off when and where their car leaves.
@Suite struct DeskReturnRunTests {
    /// 08:30 on the first day in 德阳.
    static let opened = Date(timeIntervalSince1970: 1_778_718_600)

    /// The sample with 成都东站, a van, 刘东's return by G8922 and the run that takes them there.
    static func plan() -> EventPlan {
        var plan = samplePlan()
        let east = ID<Site>(9001), van = ID<Vehicle>(9001)
        plan.sites.append(Site(id: east, key: "east", uid: "east-uid", name: "成都东站"))
        let guest = plan.people.first { $0.name == "刘东" }!.id
        plan.trips.removeAll { $0.person == guest }
        plan.trips.append(Trip(person: guest, departure: TripLeg(
            mode: .train, number: "G8922", hub: east, time: LocalDateTime(iso: "2026-05-15T18:05"), wantsTransfer: true)))
        plan.vehicles.append(Vehicle(id: van, key: "v9001", uid: "van-uid", plate: "川F·12345", kind: .van))
        plan.runs.append(Run(id: ID(9001), key: "r9001", uid: "run-uid", kind: .dropoff, vehicle: van,
                             from: plan.sites[0].id, to: east, depart: LocalDateTime(iso: "2026-05-15T16:00")!,
                             passengers: [guest]))
        return plan
    }

    @Test(arguments: zip([Language.zh, .en], ["返程：5月15日 16:00 川F·12345 → 成都东站（G8922 18:05）",
                                              "Return: 15 May 16:00 川F·12345 → 成都东站 (G8922 18:05)"]))
    func theReturnRunsLine(_ lang: Language, _ line: String) {
        let plan = Self.plan()
        let guest = plan.people.first { $0.name == "刘东" }!.id
        #expect(DeskState.returnRun(of: guest, in: plan, lang) == line)
    }

    /// 刘东 found and chosen: the return under today's sessions, at 80×24.
    @Test func theChosenGuestsReturnRunOnTheDesk() throws {
        var d = DeskState(plan: Self.plan(), desk: "一号台", session: nil, language: .zh, now: Self.opened)
        _ = d.receive(.key(.resize(width: 80, height: 24)))
        for c in "刘东" { _ = d.receive(.key(.char(c))) }
        let golden = repoRoot.appendingPathComponent("Tests/TerminalUITests/Snapshots/desk-return-run-zh-80x24.txt")
        try compareWithSnapshot(d.render().text, golden)
    }
}
