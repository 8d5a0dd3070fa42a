/// A guest given a room (or a bed in a shared one) for a run of nights. A guest moved mid-stay
/// has two, one per room.
public struct RoomAssignment: Hashable, Sendable, Keyed {
    public var id: ID<RoomAssignment>
    public var key: String
    public var uid: String
    public var person: ID<Person>
    public var block: ID<RoomBlock>
    /// One of the block's `roomNames`: the hotel's number (`1208`) or an ordinal (`3`).
    public var room: String
    /// Which bed of a shared room, from 1; nil: not said.
    public var bed: Int?
    public var checkIn: LocalDate
    public var checkOut: LocalDate

    public init(id: ID<RoomAssignment>, key: String = "", uid: String = "", person: ID<Person>,
                block: ID<RoomBlock>, room: String, bed: Int? = nil, checkIn: LocalDate, checkOut: LocalDate) {
        self.id = id
        self.key = key
        self.uid = uid
        self.person = person
        self.block = block
        self.room = room
        self.bed = bed
        self.checkIn = checkIn
        self.checkOut = checkOut
    }

    public var span: NightSpan { NightSpan(checkIn: checkIn, checkOut: checkOut) }
}
