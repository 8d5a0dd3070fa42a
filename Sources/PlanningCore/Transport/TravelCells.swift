/// A guest's travel as one row of a 回执 gives it, read but not yet met with the event: the hub is
/// the name the office wrote (a site is found or made for it by `TripImport`), and a date may
/// lack its year (the event's is taken).
public struct TravelCells: Hashable, Sendable {
    /// A day as a list writes it; `year` 0 when the cell did not say.
    public struct Day: Hashable, Sendable {
        public var year: Int
        public var month: Int
        public var day: Int
        public init(year: Int = 0, month: Int, day: Int) { (self.year, self.month, self.day) = (year, month, day) }
    }

    /// One way of the journey. Nil parts were not given (or could not be read).
    public struct Leg: Hashable, Sendable {
        public var mode: TravelMode?
        public var number: String?
        public var hub: String?
        public var day: Day?
        /// Minutes after midnight.
        public var minute: Int?
        public var transfer: Bool?
        public init() {}

        public var isEmpty: Bool {
            mode == nil && number == nil && hub == nil && day == nil && minute == nil && transfer == nil
        }
    }

    /// The parts of a journey a list has columns for: where such a column's cell is empty, a list
    /// that is the truth for its columns (`ImportRules.replaces`) clears what the person had.
    public struct Parts: OptionSet, Hashable, Sendable {
        public let rawValue: UInt16
        public init(rawValue: UInt16) { self.rawValue = rawValue }
        public static let arrivalRoute = Parts(rawValue: 1)
        public static let arrivalHub = Parts(rawValue: 2)
        public static let arrivalTime = Parts(rawValue: 4)
        public static let arrivalTransfer = Parts(rawValue: 8)
        public static let departureRoute = Parts(rawValue: 16)
        public static let departureHub = Parts(rawValue: 32)
        public static let departureTime = Parts(rawValue: 64)
        public static let departureTransfer = Parts(rawValue: 128)
        public static let companions = Parts(rawValue: 256)
    }

    public var arrival = Leg()
    public var departure = Leg()
    public var companions: Int?
    /// The parts the row's columns give, read: an empty cell among them says "none", a cell that
    /// could not be read is left out (what the person has stays).
    public var given: Parts = []

    public init() {}
}

// Packed with the row (`AttendeeRows`): a number for each part, 0 for none and the value plus one.
extension Array where Element == UInt8 {
    mutating func putTravel(_ t: TravelCells) {
        putNumber(Int(t.given.rawValue))
        putNumber(t.companions.map { $0 + 1 } ?? 0)
        for leg in [t.arrival, t.departure] {
            putNumber(leg.mode.map { TravelMode.allCases.firstIndex(of: $0)! + 1 } ?? 0)
            putNumber(leg.number == nil ? 0 : 1)
            if let n = leg.number { putText(n) }
            putNumber(leg.hub == nil ? 0 : 1)
            if let h = leg.hub { putText(h) }
            putNumber(leg.day == nil ? 0 : 1)
            if let d = leg.day {
                putNumber(d.year)
                putNumber(d.month)
                putNumber(d.day)
            }
            putNumber(leg.minute.map { $0 + 1 } ?? 0)
            putNumber(leg.transfer.map { $0 ? 2 : 1 } ?? 0)
        }
    }
}

extension PackReader {
    mutating func travel() -> TravelCells {
        var t = TravelCells()
        t.given = TravelCells.Parts(rawValue: UInt16(number()))
        let c = number()
        t.companions = c == 0 ? nil : c - 1
        func leg() -> TravelCells.Leg {
            var l = TravelCells.Leg()
            let mode = number()
            l.mode = mode == 0 ? nil : TravelMode.allCases[mode - 1]
            if number() == 1 { l.number = text() }
            if number() == 1 { l.hub = text() }
            if number() == 1 { l.day = TravelCells.Day(year: number(), month: number(), day: number()) }
            let minute = number()
            l.minute = minute == 0 ? nil : minute - 1
            let transfer = number()
            l.transfer = transfer == 0 ? nil : transfer == 2
            return l
        }
        t.arrival = leg()
        t.departure = leg()
        return t
    }
}
