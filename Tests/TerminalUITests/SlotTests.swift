import Testing
import PlanningCore
@testable import TerminalUI
import TestSupport

@Suite struct SlotTests {
    /// A slot during 自助午餐 is not free for a sub-forum: suggestions never run into a meal, a
    /// break or the opening (overlap it without spanning it and more, as the check tells), and
    /// each says why it is offered.
    @Test func suggestionsKeepClearOfMealsBreaksAndTheOpening() throws {
        let plan = samplePlan("deyang-2026-innovation-summit.json")
        let engine = ConflictEngine(plan)
        let held = plan.sessions.filter { $0.kind.holdsItsTime && $0.start != nil }
        #expect(held.contains { $0.title == "自助午餐" })
        var offered = 0
        for s in plan.sessions where !s.kind.holdsItsTime {
            for slot in engine.suggestSlots(for: s.id, limit: 40, stepMinutes: 30) {
                offered += 1
                let clash = held.first { h in
                    let covers = slot.start <= h.start! && h.end! <= slot.end
                        && slot.end.minutes - slot.start.minutes > h.end!.minutes - h.start!.minutes
                    return h.start! < slot.end && slot.start < h.end! && !covers
                }
                #expect(clash == nil, "\(s.title) offered \(slot.start.clock) in \(clash?.title ?? "")")
                #expect(slot.seats >= slot.signups)
            }
        }
        #expect(offered > 100)
        let slot = SlotSuggestion(room: ID(1), start: LocalDateTime(minutes: 0), end: LocalDateTime(minutes: 60),
                                  sameRoom: true, minutesAway: 30, seats: 120, signups: 80)
        #expect(FreeSlots.why(slot, .zh) == "原会场、相差30分钟、120座，报名80人")
    }
}

@Suite struct HeldTimeTests {
    /// A session placed during lunch is a finding, which the grid shows with the session (the
    /// press conference is at 12:10); lunch itself is not told as running into lunch.
    @Test func theGridSaysWhenASessionRunsIntoAMeal() throws {
        var s = try app(width: 120, height: 36)
        s.handle(.char("5"))
        s.handle(.char("/"))
        s.type("xinwen")
        s.handle(.enter)
        #expect(s.gridSelectedSession?.title == "新闻发布会")
        #expect(s.screen.contains("▲ 「新闻发布会」与「自助午餐」时间重叠（5月14日 12:10–12:50），这段时间是留给全体参会者的"))
        let held = s.findings.filter { $0.finding.code == .duringHeldTime }
        let titles = held.map { f in f.finding.sessions.map { id in s.plan.sessions.first { $0.id == id }!.title } }
        #expect(titles == [["自助午餐", "新闻发布会"], ["自助午餐", "联盟理事会（闭门）"], ["自助午餐", "工作坊：智能制造专业群课程重构"]])
    }
}

/// The trial's lunch-time slots (issue 34, item 5): a slot over a meal, or outside the programme's
/// hours, says so first in its line.
@Suite struct SlotWhyTests {
    @Test func aSlotOverLunchSaysSo() {
        let slot = SlotSuggestion(room: ID(1), start: LocalDateTime(minutes: 0), end: LocalDateTime(minutes: 120),
                                  sameRoom: true, minutesAway: 90, seats: 120, signups: 100, spansHeld: [ID(5)])
        #expect(FreeSlots.why(slot, .zh) { _ in "午餐" } == "占用全体参加的「午餐」、原会场、相差1小时30分、120座，报名100人")
        #expect(FreeSlots.why(slot, .en) { _ in "午餐" }
            == "over “午餐”, which everyone attends, its own room, 1 h 30 min from now, 120 seats for 100 signed up")
    }

    @Test func aSlotOutsideTheProgrammesHoursSaysSo() {
        let slot = SlotSuggestion(room: ID(1), start: LocalDateTime(minutes: 0), end: LocalDateTime(minutes: 120),
                                  minutesAway: 390, seats: 120, signups: 100, outsideHours: true)
        #expect(FreeSlots.why(slot, .zh) == "在日程时段以外、相差6小时30分、120座，报名100人")
    }
}
