import Foundation
import Interchange
import PlanningCore
import PlanningStore
import TerminalUI

extension Bench {
    /// The check-in desk at 100,000 attendees: a keystroke of a typed name, a scan to a committed
    /// check-in, and taking in another desk's check-in. Baselines: a linear scan over the same
    /// keys made ahead (what a competent filter does), a check-in written straight to the store
    /// with no desk around it, and a desk that reads the event's people again after each save.
    mutating func measureDesk(_ plan: EventPlan, dbPath: String, eventID: ID<Event>) throws {
        let store = try Store(path: dbPath), other = try Store(path: dbPath)
        try store.keepCheckInCodes(eventID)
        // The take-in baseline first, before the desk's table is built: the peak is then the
        // larger of the two, not their sum.
        let reload = wants("desk-take-in") ? try Clock.time(runs: 2, warmup: 0) { _ = try store.plan(eventID) } : []
        HeapTrim.releaseFreedMemory()
        let firstMorning = Date(timeIntervalSince1970: TimeInterval((plan.event.firstDay.dayNumber) * 86_400))
        let t0 = Clock.now()
        var desk = DeskState(plan: plan, desk: "bench", session: nil, language: .zh, now: firstMorning)
        let opened = [Double(Clock.now() - t0) / 1e6]
        _ = desk.receive(.key(.resize(width: 120, height: 40)))
        let runner = DeskRunner(store: store, event: eventID, session: nil, desk: "bench")
        let people = desk.index.people
        // Names typed whole, then each name's pinyin initials, as staff type them.
        let sample = stride(from: 17, to: people.count, by: max(1, people.count / 25)).map { people[$0] }
        if wants("desk-keystroke") {
            var worst: [Double] = []
            for p in sample {
                let initials = Pinyin.shared.nameSearchKey(p.name).split(separator: "\u{1}").last ?? ""
                for query in [p.name, String(initials)] {
                    _ = desk.receive(.key(.ctrl("u")))
                    var slowest = 0.0
                    for c in query {
                        let t0 = Clock.now()
                        _ = desk.receive(.key(.char(c)))
                        _ = desk.render()
                        slowest = max(slowest, Double(Clock.now() - t0) / 1e6)
                    }
                    worst.append(slowest)
                }
            }
            // The baseline: the same keys per person made ahead, each keystroke a pass over all.
            let keys = people.map { p in
                (p.name.lowercased(), Pinyin.shared.nameSearchKey(p.name), p.phone, p.organisation.lowercased())
            }
            var scans: [Double] = []
            var found = 0  // kept, so the filter is not optimised away
            for p in sample.prefix(8) {
                var typed = ""
                var slowest = 0.0
                for c in p.name {
                    typed.append(c)
                    let t0 = Clock.now()
                    let q = typed
                    let hits = keys.indices.filter { i in
                        let k = keys[i]
                        return k.0.contains(q) || k.1.contains(q) || k.2.hasSuffix(q) || k.3.contains(q)
                    }
                    slowest = max(slowest, Double(Clock.now() - t0) / 1e6)
                    found += hits.count
                }
                scans.append(slowest)
            }
            var m = Measurement(
                name: "desk-keystroke", runs: worst, peakMB: Clock.peakMB(), baseline: "linear scan of keys made ahead",
                baselineMedian: scans.sorted()[scans.count / 2],
                target: "≤ 16 ms the worst keystroke of a typed name",
                passed: nil,
                note: "\(people.count) people; desk opened in \(formatMS(opened[0])); "
                    + "worst \(formatMS(worst.max() ?? 0)); baseline found \(found)")
            if large { m.passed = (worst.max() ?? 0) <= 16 }
            record(m)
        }
        if wants("desk-scan") {
            var runs: [Double] = []
            for p in people.suffix(40) {
                let code = CheckInCode.of(uid: p.uid)
                let t0 = Clock.now()
                for c in code { _ = desk.receive(.key(.char(c))) }
                var queue = desk.receive(.key(.enter)).flatMap { runner.run($0, state: desk) }
                while !queue.isEmpty {
                    let next = desk.receive(queue.removeFirst())
                    queue += next.flatMap { runner.run($0, state: desk) }
                }
                _ = desk.render()
                runs.append(Double(Clock.now() - t0) / 1e6)
            }
            let done = people.suffix(40).allSatisfy { p in desk.arrived.values.contains { $0.person == p.id } }
            verify("every scanned badge is checked in once", done && desk.arrivedCount == 40)
            let bare = try Clock.time(runs: 20, warmup: 0) {
                _ = try other.checkIn(eventID, person: people[Int.random(in: 0..<people.count / 2)].id, desk: "bare")
            }
            var m = Measurement(
                name: "desk-scan", runs: runs, peakMB: Clock.peakMB(), baseline: "bare check-in transaction",
                baselineMedian: bare.sorted()[bare.count / 2], target: "≤ 50 ms from the scan to committed and shown",
                passed: nil, note: "worst \(formatMS(runs.max() ?? 0))")
            if large { m.passed = m.median <= 50 }
            record(m)
        }
        if wants("desk-take-in") {
            var runs: [Double] = []
            var seen = store.dataVersion
            for p in people.prefix(people.count / 2).suffix(30) {
                _ = try other.checkIn(eventID, person: p.id, desk: "other")
                let t0 = Clock.now()
                let now = store.dataVersion
                guard now != seen else { continue }
                seen = now
                for m in runner.run(.poll, state: desk) { _ = desk.receive(m) }
                _ = desk.render()
                runs.append(Double(Clock.now() - t0) / 1e6)
            }
            var m = Measurement(
                name: "desk-take-in", runs: runs, peakMB: Clock.peakMB(), baseline: "reading the event again",
                baselineMedian: reload.sorted()[reload.count / 2], target: "≤ 50 ms for another desk's check-in",
                passed: nil, note: "\(desk.arrivedCount) arrivals taken in")
            if large { m.passed = (runs.max() ?? .infinity) <= 50 }
            record(m)
        }
    }
}
