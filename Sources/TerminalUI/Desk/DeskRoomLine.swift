import Print
import PlanningCore

extension DeskState {
    /// `住宿：德阳旌湖宾馆 1208，5月13–15日`: where the guest sleeps, so the desk can hand them
    /// their key; `住宿：未分房` when their stay needs a room and none is given; nil when they
    /// need none.
    static func roomLine(of person: ID<Person>, in plan: EventPlan, _ lang: Language) -> String? {
        if let room = RoomingLists.stay(of: person, in: plan, lang) { return DeskWords.roomLine.text(lang, room) }
        guard let stay = plan.stays.first(where: { $0.person == person }), stay.need != .noRoom else { return nil }
        return DeskWords.roomLine.text(lang, DeskWords.roomNotGiven.text(lang))
    }
}
