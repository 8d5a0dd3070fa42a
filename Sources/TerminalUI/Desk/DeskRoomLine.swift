import Print
import PlanningCore

extension DeskState {
    /// `住宿：德阳旌湖宾馆 1208，5月13–15日`: where the guest sleeps, so the desk can hand them
    /// their key; nil when they have no room.
    static func roomLine(of person: ID<Person>, in plan: EventPlan, _ lang: Language) -> String? {
        RoomingLists.stay(of: person, in: plan, lang).map { DeskWords.roomLine.text(lang, $0) }
    }
}
