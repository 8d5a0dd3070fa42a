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
    case removeRoom(ID<Room>)
    case updatePerson(Person)
    case addPerson(Person)
    /// Roles and sign-ups go first (as their own edits); this removes the person's slot.
    case removePerson(ID<Person>)
    /// A person's registration category, or nil when they are no longer registered.
    case setCategory(person: ID<Person>, category: String?)
    /// Sites or travel times changed: every room's site and every travel gap is looked at again.
    case setSites([Site], travel: [TravelTime])
    /// The event's days, day-change hour or default travel time changed.
    case updateEvent(Event)
    /// A person's journey set (nil: cleared).
    case setTrip(person: ID<Person>, Trip?)
    /// A vehicle added, changed, or removed (nil).
    case setVehicle(ID<Vehicle>, Vehicle?)
    /// A run added, changed, or removed (nil).
    case setRun(ID<Run>, Run?)
    /// A person's lodging set (nil: cleared).
    case setStay(person: ID<Person>, Stay?)
    /// A room block added, changed, or removed (nil; its assignments go first, as their own edits).
    case setRoomBlock(ID<RoomBlock>, RoomBlock?)
    /// A guest's room added, changed, or removed (nil).
    case setRoomAssignment(ID<RoomAssignment>, RoomAssignment?)
    /// A meal's table plan set, changed, or removed (nil).
    case setTablePlan(ID<Session>, TablePlan?)
}

public struct EditError: Error, Equatable, CustomStringConvertible {
    public var description: String
}
