/// What the car company sends: 轿车 (a saloon for a VIP), 商务车 (a seven-seat van), 中巴, 大巴.
public enum VehicleKind: String, CaseIterable, Sendable, Codable {
    case car, van, minibus, coach

    /// Passenger seats when the company's list does not say.
    public var defaultSeats: Int {
        switch self {
        case .car: return 4
        case .van: return 6
        case .minibus: return 19
        case .coach: return 45
        }
    }
}

/// A car, van or bus with its driver, hired for the event.
public struct Vehicle: Hashable, Sendable, Keyed {
    public var id: ID<Vehicle>
    public var key: String
    public var uid: String
    /// 车牌: `川F·12345`; shown to guests in their notices.
    public var plate: String
    public var kind: VehicleKind
    /// Passenger seats, the driver's not counted.
    public var seats: Int
    public var driver: String
    public var driverPhone: String
    /// When the company provides it; empty means the whole event.
    public var availability: [TimeWindow]
    public var notes: String

    public init(id: ID<Vehicle>, key: String, uid: String, plate: String, kind: VehicleKind = .car,
                seats: Int? = nil, driver: String = "", driverPhone: String = "", availability: [TimeWindow] = [],
                notes: String = "") {
        self.id = id
        self.key = key
        self.uid = uid
        self.plate = plate
        self.kind = kind
        self.seats = seats ?? kind.defaultSeats
        self.driver = driver
        self.driverPhone = driverPhone
        self.availability = availability
        self.notes = notes
    }

    /// Whether the company gives it for the whole of `start..<end` (minutes): within one of its
    /// windows, or any time when it names none. The engine, the planner and the notices ask this.
    public func isAvailable(from start: Int, to end: Int) -> Bool {
        availability.isEmpty || availability.contains { $0.start.minutes <= start && end <= $0.end.minutes }
    }

    /// Who drives it, as two vehicles' drivers are compared: the phone when known (two 王师傅
    /// are two people), else the name; nil when neither is known.
    public var driverIdentity: String? {
        let phone = driverPhone.filter(\.isNumber)
        if !phone.isEmpty { return phone }
        let name = driver.trimmingCharacters(in: .whitespaces)
        return name.isEmpty ? nil : name
    }
}
