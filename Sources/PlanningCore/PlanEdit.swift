/// One change to a plan, as the UI, imports and the tests make them. The engine re-checks only
/// what each kind of edit can affect.
public enum PlanEdit: Sendable {
    /// Any change to a session: move, resize, change room, kind, plenary flag, required features.
    case updateSession(Session)
    case addSession(Session)
    case removeSession(ID<Session>)
    case addRole(SessionRole)
    case removeRole(SessionRole)
    /// Registers the person (as `delegate`) when they were not yet.
    case addSignup(person: ID<Person>, session: ID<Session>)
    case removeSignup(person: ID<Person>, session: ID<Session>)
    case updateRoom(Room)
    case addRoom(Room)
    case updatePerson(Person)
    case addPerson(Person)
}

public struct EditError: Error, Equatable, CustomStringConvertible {
    public var description: String
}
