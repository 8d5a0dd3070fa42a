/// The kinds of room a hotel sells: 单间/大床房 (one guest), 标间/双床房 (two beds, shared or
/// taken alone), 套房 (a suite, for an official).
public enum RoomType: String, CaseIterable, Sendable, Codable {
    case single, twin, suite

    /// Beds when the hotel's confirmation does not say.
    public var defaultBeds: Int { self == .twin ? 2 : 1 }

    /// How good a room is, as a VIP's level is compared with it: a suite above a room of one's
    /// own above a bed in a shared one.
    public var grade: Int {
        switch self {
        case .twin: return 0
        case .single: return 1
        case .suite: return 2
        }
    }
}

/// A numbered room of a block (`1208`, on the 12th floor).
public struct RoomNumber: Hashable, Sendable, Codable {
    public var number: String
    /// nil: read off the number (`1208` → 12) where it is all digits.
    public var floor: Int?
    /// The nights the hotel holds this room when they are not all the block's (1216 checks out
    /// on the 15th, the others on the 16th); nil: every night the block holds rooms.
    public var nights: NightSpan?
    public init(_ number: String, floor: Int? = nil, nights: NightSpan? = nil) {
        self.number = number
        self.floor = floor
        self.nights = nights
    }

    /// The floor as given, else the number without its last two digits; nil when neither says.
    public var effectiveFloor: Int? {
        if let floor { return floor }
        guard number.count >= 3, number.allSatisfy(\.isASCII), let n = Int(number) else { return nil }
        return n / 100
    }
}

/// How many rooms of a block the hotel holds for one night (the night of `night`, checking out
/// the next day).
public struct NightCount: Hashable, Sendable {
    public var night: LocalDate
    public var rooms: Int
    public init(night: LocalDate, rooms: Int) {
        self.night = night
        self.rooms = rooms
    }
}

/// Rooms of one type a hotel (a site) holds for the event, night by night, as its confirmation
/// (确认函) gives them: 标间 ×40 from 13 to 15 May, 45 on the 14th.
public struct RoomBlock: Hashable, Sendable, Keyed {
    public var id: ID<RoomBlock>
    public var key: String
    public var uid: String
    public var hotel: ID<Site>
    public var type: RoomType
    /// Beds in each room: how many guests may share one.
    public var beds: Int
    /// Rooms held per night, in date order; a night not listed holds none.
    public var nights: [NightCount]
    /// The rooms' numbers when the hotel gave them; empty: rooms are told apart by a label
    /// (标间-3) until the front desk hands out keys.
    public var numbers: [RoomNumber]
    public var notes: String

    public init(id: ID<RoomBlock>, key: String, uid: String, hotel: ID<Site>, type: RoomType, beds: Int? = nil,
                nights: [NightCount] = [], numbers: [RoomNumber] = [], notes: String = "") {
        self.id = id
        self.key = key
        self.uid = uid
        self.hotel = hotel
        self.type = type
        self.beds = beds ?? type.defaultBeds
        self.nights = nights.sorted { $0.night < $1.night }
        self.numbers = numbers
        self.notes = notes
    }

    /// The same number of rooms every night from check-in up to (not including) check-out.
    public init(id: ID<RoomBlock>, key: String, uid: String, hotel: ID<Site>, type: RoomType, beds: Int? = nil,
                checkIn: LocalDate, checkOut: LocalDate, rooms: Int, numbers: [RoomNumber] = [], notes: String = "") {
        let nights = stride(from: checkIn.dayNumber, to: checkOut.dayNumber, by: 1).map {
            NightCount(night: LocalDate(dayNumber: $0), rooms: rooms)
        }
        self.init(id: id, key: key, uid: uid, hotel: hotel, type: type, beds: beds, nights: nights, numbers: numbers,
                  notes: notes)
    }

    /// Rooms held on a night.
    public func rooms(on night: LocalDate) -> Int { nights.first { $0.night == night }?.rooms ?? 0 }

    /// Whether the hotel holds this room of the block on a night: a night the block holds rooms,
    /// within the room's own nights where it has them.
    public func holds(_ room: String, on night: LocalDate) -> Bool {
        guard rooms(on: night) > 0 else { return false }
        guard let span = numbers.first(where: { $0.number == room })?.nights else { return true }
        return span.contains(night)
    }

    /// Whether some of its rooms are held for fewer nights than the block.
    public var hasRoomNights: Bool { numbers.contains { $0.nights != nil } }

    /// The most rooms held on any night: how many rooms there are to tell apart.
    public var peakRooms: Int { nights.map(\.rooms).max() ?? 0 }

    /// The first night held; nil when none is.
    public var checkIn: LocalDate? { nights.first?.night }
    /// The day after the last night held.
    public var checkOut: LocalDate? { nights.last.map { $0.night.adding(days: 1) } }

    /// The names of its rooms, in order: the hotel's numbers, else ordinals `1`…`N` (shown as
    /// 标间-3) for as many rooms as its busiest night holds.
    public var roomNames: [String] {
        numbers.isEmpty ? (0..<peakRooms).map { String($0 + 1) } : numbers.map(\.number)
    }

    public var isNumbered: Bool { !numbers.isEmpty }

    /// See `EventPlan.roomLabel`: `blocks` are the event's, in their order.
    public static func label(block: RoomBlock, room: String, among blocks: [RoomBlock], _ lang: Language) -> String {
        if block.isNumbered { return room }
        var before = 0
        for b in blocks where b.hotel == block.hotel && b.type == block.type && !b.isNumbered {
            if b.id == block.id { break }
            before += b.peakRooms
        }
        let type = block.type.text(lang)
        guard let n = Int(room) else { return "\(type)-\(room)" }
        return "\(type)-\(before + n)"
    }
}

/// A block deleted with the assignments to its rooms, so undoing the deletion gives them back.
public struct RoomBlockRecord: Hashable, Sendable {
    public var block: RoomBlock
    public var assignments: [RoomAssignment]
    public init(block: RoomBlock, assignments: [RoomAssignment] = []) {
        self.block = block
        self.assignments = assignments
    }
}
