/// What a name typed on the command line (or anywhere a person types one) finds in a plan:
/// the one thing, nothing, or several that the caller lists so the name can be narrowed.
public enum Lookup<Thing> {
    case found(Thing)
    case none
    case several([Thing])
}

extension EventPlan {
    /// A session by its key, else by a part of its title.
    public func session(named name: String) -> Lookup<Session> {
        var matches = sessions.filter { $0.key == name }
        if matches.isEmpty { matches = sessions.filter { $0.title.contains(name) } }
        return Self.lookup(matches)
    }

    /// A person by key, exact name, or a unique part of a name: two people of the same exact name
    /// stay ambiguous even when a longer name also contains it.
    public func person(named name: String) -> Lookup<Person> {
        if let p = people.first(where: { $0.key == name }) { return .found(p) }
        let exact = people.filter { $0.name == name }
        return Self.lookup(exact.isEmpty ? people.filter { $0.name.contains(name) } : exact)
    }

    private static func lookup<T>(_ matches: [T]) -> Lookup<T> {
        matches.count == 1 ? .found(matches[0]) : matches.isEmpty ? .none : .several(matches)
    }
}
