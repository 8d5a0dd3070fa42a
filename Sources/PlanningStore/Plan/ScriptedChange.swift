import PlanningCore

extension Store {
    /// A change a script made from a fresh read. A script has no "since you opened it": when a
    /// colleague saved the row in between, the change is laid again over the row as it now is,
    /// unless both changed the same field differently or the row is gone (a real conflict,
    /// refused as in the UI). Bounded: a row rewritten faster than this can read it still fails.
    @discardableResult
    public func applyFromScript(_ change: Change, event: ID<Event>, attempts: Int = 5) throws -> Change {
        var change = change
        for attempt in 1...max(1, attempts) {
            do {
                return try apply(change, event: event)
            } catch StoreError.editConflict(let theirs) where attempt < attempts {
                guard !EditMerge.fields(change, theirs: theirs).contains(where: \.clashes),
                      let merged = EditMerge.merged(change, theirs: theirs)
                else { throw StoreError.editConflict(theirs: theirs) }
                change = merged
            }
        }
        return try apply(change, event: event)
    }
}
