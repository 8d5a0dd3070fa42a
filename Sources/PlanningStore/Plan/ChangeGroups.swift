import PlanningCore

/// What became of a group of changes saved for one action of a person's.
public struct GroupSave {
    /// The changes stored, with the ids and keys the database gave new rows.
    public var applied: [Change] = []
    /// Someone else changed the row of the first change not stored: mine and theirs. Nothing
    /// after it was stored.
    public var conflict: (mine: Change, theirs: Change)?
    /// What else stopped the group.
    public var error: (any Error)?
    /// Stored as a whole in one transaction: too many to bring into a plan one by one, so the
    /// event is best read again.
    public var whole = false

    public init() {}
}

public enum ChangeGroup {
    /// Larger groups go in as one transaction: undoing an import of thousands change by change
    /// would take minutes.
    public static let wholeAbove = 200

    /// Stores changes one by one with `store`, stopping at the first it refuses. A room made for
    /// a site made earlier in the group (site id 0) gets the id the site was given. The one rule,
    /// for the database and for a runner that keeps the event in memory alike.
    public static func saveEach(_ changes: [Change], _ store: (Change) throws -> Change) -> GroupSave {
        var outcome = GroupSave()
        var newSite: ID<Site>?
        for var change in changes {
            if case .room(nil, var after?) = change, after.room.site == ID(0), let newSite {
                after.room.site = newSite
                change = .room(before: nil, after: after)
            }
            do {
                let stored = try store(change)
                if case .site(nil, let site?) = stored { newSite = site.id }
                outcome.applied.append(stored)
            } catch StoreError.editConflict(let theirs) {
                outcome.conflict = (change, theirs)
                return outcome
            } catch {
                outcome.error = error
                return outcome
            }
        }
        return outcome
    }
}

extension Store {
    /// Stores the changes of one action: each in its own transaction (`ChangeGroup.saveEach`), or
    /// a large group whole, in one.
    public func save(_ changes: [Change], event: ID<Event>) -> GroupSave {
        guard changes.count > ChangeGroup.wholeAbove else {
            return ChangeGroup.saveEach(changes) { try apply($0, event: event) }
        }
        var outcome = GroupSave()
        outcome.whole = true
        do {
            outcome.applied = try apply(changes, event: event)
        } catch {
            outcome.error = error
        }
        return outcome
    }
}
