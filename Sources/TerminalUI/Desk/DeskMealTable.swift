import PlanningCore

extension DeskState {
    /// `用餐：欢迎晚宴 18:30 3 号桌 5 号座`: where the guest sits at the day's meals with a table
    /// plan, so the desk answers "which table am I" before the guest reaches the door; nil when
    /// they have no seat that day.
    static func mealTables(of person: ID<Person>, in plan: EventPlan, on day: LocalDate, _ lang: Language)
        -> String?
    {
        // A guest of a planned meal with no seat is told so: silence would send them to the hall.
        let meals = plan.tablePlans.compactMap { t -> (Session, TableSeat?)? in
            guard let meal = plan.sessions.first(where: { $0.id == t.meal }),
                  let start = meal.start, plan.event.programmeDay(of: start) == day
            else { return nil }
            if let s = t.seats.first(where: { $0.person == person }) { return (meal, s) }
            return plan.mealGuests(meal.id).contains(person) ? (meal, nil) : nil
        }.sorted { ($0.0.start!, $0.0.key) < ($1.0.start!, $1.0.key) }
        guard !meals.isEmpty else { return nil }
        let said = meals.map { meal, seat in
            seat.map { DeskWords.mealSeat.text(lang, meal.start!.clock, meal.title, $0.table, $0.seat) }
                ?? DeskWords.mealUnseated.text(lang, meal.start!.clock, meal.title)
        }
        return DeskWords.mealTable.text(lang, said.joined(separator: lang == .zh ? "；" : "; "))
    }
}
