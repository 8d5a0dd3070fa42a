import Foundation
import PlanningCore
import PlanningStore

/// Carries out the desk's effects with the database. Each check-in is its own short
/// transaction; other desks' are taken in by sequence number, never by reading the event again.
public struct DeskRunner {
    let store: Store
    let event: ID<Event>
    let session: ID<Session>?
    let desk: String

    public init(store: Store, event: ID<Event>, session: ID<Session>?, desk: String) {
        self.store = store
        self.event = event
        self.session = session
        self.desk = desk
    }

    public func run(_ effect: DeskEffect, state: DeskState) -> [DeskMessage] {
        switch effect {
        case .checkIn(let person, let items):
            let result = Result {
                try store.checkIn(event, person: person, session: session, desk: desk, items: items)
            }.mapError(StoreFailure.init)
            return [.checkedIn(person, result)] + run(.poll, state: state)
        case .undo(let id, let name, let reason):
            let result = Result { try store.undoCheckIn(event, id: id, reason: reason) }
                .mapError(StoreFailure.init)
            return [.undone(name: name, result)]
        case .walkIn(let row):
            return [.walkedIn(Result { try walkIn(row) }.mapError(StoreFailure.init))]
        case .poll:
            guard let records = try? store.checkIns(event, after: state.lastSequence), !records.isEmpty else {
                return []
            }
            let strangers = state.strangers(records).compactMap { id -> (Person, String)? in
                (try? store.person(id)).flatMap { $0 }.map { ($0.person, $0.category ?? Registration.defaultCategory) }
            }
            return [.taken(records, strangers: strangers)]
        }
    }

    /// Through the importer's matching: a walk-in who registered after all is found, not doubled.
    func walkIn(_ row: AttendeeRow) throws -> (person: Person, category: String) {
        let roster = try store.registerWalkIn(event: event, desk: desk, row: row)
        let id: ID<Person>?
        switch roster.outcomes.first?.outcome {
        case .updated(let existing, _), .unchanged(let existing): id = existing
        default:
            id = try roster.newPeople.first.flatMap {
                try store.people(event, checkInCode: CheckInCode.of(uid: $0.person.uid)).first
            }
        }
        guard let id else { throw StoreError.noSuchPerson(row.name) }
        // Numbered now, so the badge the desk prints for them carries the number it keeps.
        _ = try store.numberBadge(event, person: id)
        guard let found = try store.person(id) else { throw StoreError.noSuchPerson(row.name) }
        return (found.person, found.category ?? Registration.defaultCategory)
    }
}

/// `confplan desk`: the desk on a terminal until staff quit, looking twice a second whether
/// another desk recorded something.
public enum DeskApp {
    public static func run(_ state: DeskState, runner: DeskRunner, store: Store, monochrome: Bool) throws {
        var state = state
        let backend = CursesBackend(monochrome: monochrome, mouse: false)
        defer { backend.end() }
        var seen = store.dataVersion
        func send(_ message: DeskMessage) {
            var queue = [message]
            while !queue.isEmpty {
                let effects = state.receive(queue.removeFirst())
                for e in effects { queue += runner.run(e, state: state) }
            }
        }
        let size = backend.size
        send(.key(.resize(width: size.width, height: size.height)))
        for m in runner.run(.poll, state: state) { send(m) }
        while !state.quit {
            backend.draw(state.render())
            backend.pollEvery(milliseconds: 300)
            let key = backend.read()
            // The clock first, so what the key or the poll says is timed from now.
            send(.time(Date()))
            guard let key else {
                let now = store.dataVersion
                if now != seen {
                    seen = now
                    for m in runner.run(.poll, state: state) { send(m) }
                }
                continue
            }
            send(.key(key))
        }
    }
}
