import Testing
@testable import PlanningCore

@Suite struct LocalTimeTests {
    @Test func parsesRealDatesAndRejectsImpossibleOnes() {
        #expect(LocalDate(iso: "2024-02-29")?.description == "2024-02-29")
        #expect(LocalDate(iso: "2023-02-29") == nil)
        #expect(LocalDate(iso: "2024-13-01") == nil)
        #expect(LocalDate(iso: "2024-04-31") == nil)
        #expect(LocalDate(iso: "2024-4-01") == nil)
        #expect(LocalDate(iso: "1900-02-29") == nil)
        #expect(LocalDate(iso: "2000-02-29") != nil)
    }

    @Test func civilArithmeticRoundTripsOverCenturies() {
        for n in stride(from: -100_000, through: 100_000, by: 37) {
            let d = LocalDate(dayNumber: n)
            let c = d.components
            #expect(LocalDate(year: c.year, month: c.month, day: c.day) == d)
        }
        #expect(LocalDate(iso: "1970-01-01")?.dayNumber == 0)
    }

    @Test func weekdaysAreISO() {
        #expect(LocalDate(iso: "2026-05-14")?.isoWeekday == 4) // Thursday
        #expect(LocalDate(iso: "2024-05-18")?.isoWeekday == 6) // Saturday
        #expect(LocalDate(iso: "1969-12-28")?.isoWeekday == 7) // Sunday, before the epoch
    }

    @Test func parsesDateTimes() {
        let t = LocalDateTime(iso: "2026-05-14T09:30")
        #expect(t?.hour == 9 && t?.minute == 30 && t?.description == "2026-05-14T09:30")
        #expect(LocalDateTime(iso: "2026-05-14 09:30:59")?.description == "2026-05-14T09:30")
        #expect(LocalDateTime(iso: "2026-05-14T24:00") == nil)
        #expect(LocalDateTime(iso: "2026-05-14T09:60") == nil)
        #expect(LocalDateTime(iso: "2026-05-14") == nil)
        #expect(LocalDateTime(iso: "2024-13-01T09:00") == nil)
    }

    @Test func windowsAreHalfOpen() {
        let a = TimeWindow(start: LocalDateTime(iso: "2026-05-14T09:00")!, end: LocalDateTime(iso: "2026-05-14T10:00")!)
        let b = TimeWindow(start: LocalDateTime(iso: "2026-05-14T10:00")!, end: LocalDateTime(iso: "2026-05-14T11:00")!)
        let c = TimeWindow(start: LocalDateTime(iso: "2026-05-14T09:59")!, end: LocalDateTime(iso: "2026-05-14T11:00")!)
        #expect(!a.overlaps(b) && !b.overlaps(a))
        #expect(a.overlaps(c) && c.overlaps(a))
        #expect(a.durationMinutes == 60)
    }

    @Test func dayChangeHourPutsLateBanquetsOnThePreviousDay() {
        let e = Event(key: "e", uid: "u", name: "n", firstDay: LocalDate(iso: "2026-05-14")!,
                      lastDay: LocalDate(iso: "2026-05-16")!, dayChangeHour: 4)
        #expect(e.programmeDay(of: LocalDateTime(iso: "2026-05-15T01:30")!).description == "2026-05-14")
        #expect(e.programmeDay(of: LocalDateTime(iso: "2026-05-15T04:00")!).description == "2026-05-15")
        #expect(e.dayIndex(of: LocalDateTime(iso: "2026-05-16T23:00")!) == 3)
        #expect(e.window.contains(TimeWindow(start: LocalDateTime(iso: "2026-05-16T22:00")!, end: LocalDateTime(iso: "2026-05-17T01:00")!)))
        #expect(e.days.count == 3)
    }
}
