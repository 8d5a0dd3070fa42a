import Print
import PlanningCore

extension DeskState {
    /// `住宿：德阳旌湖宾馆 1208，5月13–15日`: where the guest sleeps, so the desk can hand them
    /// their key; `住宿：未分房` when their stay needs a room and none is given; nil when they
    /// need none.
    /// Nights of the stay no room covers are said after the room (`；5月15日起1晚未分房`): the guest
    /// would otherwise hear they are roomed and find no bed on the last night.
    static func roomLine(of person: ID<Person>, in plan: EventPlan, _ lang: Language) -> String? {
        let stay = plan.stays.first { $0.person == person }
        guard let room = RoomingLists.stay(of: person, in: plan, lang) else {
            guard let stay, stay.need != .noRoom else { return nil }
            return DeskWords.roomLine.text(lang, DeskWords.roomNotGiven.text(lang))
        }
        let trip = plan.trips.first { $0.person == person }
        let mine = plan.roomAssignments.filter { $0.person == person }
        let span = stay.flatMap { plan.nights(of: $0, trip: trip) }
        let missing = span?.uncovered(by: mine) ?? []
        guard let first = missing.first else { return DeskWords.roomLine.text(lang, room) }
        return DeskWords.roomLine.text(lang, room) + DeskWords.nightsNotGiven.text(
            lang, DateText.day(first, lang, weekday: false), missing.count)
    }
}
