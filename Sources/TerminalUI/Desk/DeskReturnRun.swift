import PlanningCore

extension DeskState {
    /// `返程：5月15日 16:00 川F·12345 → 成都东站（G8922 18:05）`: the guest's drop-off run, so the
    /// desk can tell them when and where their car leaves; nil when they have none.
    static func returnRun(of person: ID<Person>, in plan: EventPlan, _ lang: Language) -> String? {
        guard let run = plan.runs.filter({ $0.kind == .dropoff && $0.passengers.contains(person) })
            .min(by: { ($0.depart, $0.key) < ($1.depart, $1.key) })
        else { return nil }
        let car = run.vehicle.flatMap { id in plan.vehicles.first { $0.id == id }?.plate }
            ?? DeskWords.noCar.text(lang)
        let leg = plan.trips.first { $0.person == person }?.departure
        let hub = plan.sites.first { $0.id == (leg?.hub ?? run.to) }?.name ?? ""
        let train = [leg?.number ?? "", leg?.time?.clock ?? ""].filter { !$0.isEmpty }.joined(separator: " ")
        let when = DateText.day(run.depart.date, lang, weekday: false) + " " + run.depart.clock
        let what = when + " " + car + " → " + hub
            + (train.isEmpty ? "" : lang == .zh ? "（" + train + "）" : " (" + train + ")")
        return DeskWords.returnRun.text(lang, what)
    }
}
