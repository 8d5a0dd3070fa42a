/// A typed local key: a `ID<Session>` cannot be passed where a `ID<Person>` is wanted.
/// Keys are dense small integers (SQLite row ids, or file order) so the engine can index arrays by them.
public struct ID<Entity>: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public var raw: Int
    public init(_ raw: Int) { self.raw = raw }
    public static func < (a: ID, b: ID) -> Bool { a.raw < b.raw }
    public var description: String { "#\(raw)" }
}

/// Everything a person can edit carries three names: a local key for joins, a file key that
/// humans write in event files (`hall-a`, `s12`), and a UUID that exports keep stable forever.
public protocol Keyed {
    var key: String { get }
    var uid: String { get }
}
