/// The engine's copy of the meals' table plans.
struct TableState {
    var plans: [ID<Session>: TablePlan] = [:]

    init() {}

    init(_ plan: EventPlan) {
        for t in plan.tablePlans { plans[t.meal] = t }
    }
}
