/// A building or place: the hotel, a college campus, an enterprise training base across town.
public struct Site: Hashable, Sendable, Keyed {
    public var id: ID<Site>
    public var key: String
    public var uid: String
    public var name: String
    public var address: String

    public init(id: ID<Site>, key: String, uid: String, name: String, address: String = "") {
        self.id = id
        self.key = key
        self.uid = uid
        self.name = name
        self.address = address
    }
}

/// Minutes needed between two sites, in either direction.
public struct TravelTime: Hashable, Sendable {
    public var from: ID<Site>
    public var to: ID<Site>
    public var minutes: Int

    public init(from: ID<Site>, to: ID<Site>, minutes: Int) {
        self.from = from
        self.to = to
        self.minutes = minutes
    }
}

/// A room (venue) at a site.
public struct Room: Hashable, Sendable, Keyed {
    public var id: ID<Room>
    public var key: String
    public var uid: String
    public var site: ID<Site>
    public var name: String
    public var capacity: Int
    /// `interpretation`, `livestream`, `stage`, `accessible`, `projector`, or anything staff write.
    public var features: [String]
    /// When the room can be used; empty means always.
    public var availability: [TimeWindow]
    public var notes: String

    public init(id: ID<Room>, key: String, uid: String, site: ID<Site>, name: String, capacity: Int,
                features: [String] = [], availability: [TimeWindow] = [], notes: String = "") {
        self.id = id
        self.key = key
        self.uid = uid
        self.site = site
        self.name = name
        self.capacity = capacity
        self.features = features
        self.availability = availability
        self.notes = notes
    }
}
