import PlanningCore

extension Programme.Options {
    /// The language an export of the event is written in unless one is chosen: the event's own,
    /// whoever exports it (the command line and the UI's export dialog alike).
    public static func language(of plan: EventPlan, chosen: Language?) -> Language {
        chosen ?? plan.event.language
    }

    /// What every export of an event carries, made once here for the command line and the UI so
    /// the same export chosen in either gives the same file: which release it is (or the changes
    /// since the last), and the marks of the open findings (nil: none, as `--no-marks`).
    public mutating func describe(releases: [Release], released: @autoclosure () -> [ReleasedSession],
                                  findings: [ReportedFinding]?) {
        if !releases.isEmpty { self.releases = ReleaseHistory(releases, now: released()) }
        if let findings { marked = Programme.Options.marked(findings) }
    }
}
