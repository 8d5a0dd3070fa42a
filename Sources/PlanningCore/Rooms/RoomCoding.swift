// A person's record (which carries their stay and rooms) is Codable; dates travel as the
// event file writes them, `2026-05-13`, so a stored record reads as the file does.

private func encodeDate(_ d: LocalDate?) -> String? { d?.description }

private func decodeDate<K: CodingKey>(_ c: KeyedDecodingContainer<K>, _ key: K) throws -> LocalDate? {
    guard let text = try c.decodeIfPresent(String.self, forKey: key) else { return nil }
    guard let d = LocalDate(iso: text) else {
        throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: "\(text) is not a date")
    }
    return d
}

extension Stay: Codable {
    private enum Key: String, CodingKey { case person, need, checkIn, checkOut, roommate, principal }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        self.init(
            person: try c.decode(ID<Person>.self, forKey: .person), need: try c.decode(StayNeed.self, forKey: .need),
            checkIn: try decodeDate(c, .checkIn), checkOut: try decodeDate(c, .checkOut),
            roommate: try c.decodeIfPresent(ID<Person>.self, forKey: .roommate),
            principal: try c.decodeIfPresent(ID<Person>.self, forKey: .principal))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(person, forKey: .person)
        try c.encode(need, forKey: .need)
        try c.encodeIfPresent(encodeDate(checkIn), forKey: .checkIn)
        try c.encodeIfPresent(encodeDate(checkOut), forKey: .checkOut)
        try c.encodeIfPresent(roommate, forKey: .roommate)
        try c.encodeIfPresent(principal, forKey: .principal)
    }
}

extension RoomAssignment: Codable {
    private enum Key: String, CodingKey { case id, key, uid, person, block, room, bed, checkIn, checkOut }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        guard let checkIn = try decodeDate(c, .checkIn), let checkOut = try decodeDate(c, .checkOut) else {
            throw DecodingError.keyNotFound(Key.checkIn, .init(codingPath: c.codingPath, debugDescription: "nights"))
        }
        self.init(
            id: try c.decode(ID<RoomAssignment>.self, forKey: .id), key: try c.decode(String.self, forKey: .key),
            uid: try c.decode(String.self, forKey: .uid), person: try c.decode(ID<Person>.self, forKey: .person),
            block: try c.decode(ID<RoomBlock>.self, forKey: .block), room: try c.decode(String.self, forKey: .room),
            bed: try c.decodeIfPresent(Int.self, forKey: .bed), checkIn: checkIn, checkOut: checkOut)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(id, forKey: .id)
        try c.encode(key, forKey: .key)
        try c.encode(uid, forKey: .uid)
        try c.encode(person, forKey: .person)
        try c.encode(block, forKey: .block)
        try c.encode(room, forKey: .room)
        try c.encodeIfPresent(bed, forKey: .bed)
        try c.encode(checkIn.description, forKey: .checkIn)
        try c.encode(checkOut.description, forKey: .checkOut)
    }
}

extension NightSpan: Codable {
    private enum Key: String, CodingKey { case checkIn, checkOut }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        guard let checkIn = try decodeDate(c, .checkIn), let checkOut = try decodeDate(c, .checkOut) else {
            throw DecodingError.keyNotFound(Key.checkIn, .init(codingPath: c.codingPath, debugDescription: "nights"))
        }
        self.init(checkIn: checkIn, checkOut: checkOut)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(checkIn.description, forKey: .checkIn)
        try c.encode(checkOut.description, forKey: .checkOut)
    }
}
