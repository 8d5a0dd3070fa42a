extension EventPlan {
    /// How a room is named on lists and the desk: the hotel's number (`1208`), else the type and
    /// ordinal (`标间-3`), with the block's key when one hotel holds two blocks of that type.
    public func roomLabel(block: RoomBlock, room: String, _ lang: Language) -> String {
        if block.isNumbered { return room }
        let twins = roomBlocks.filter { $0.hotel == block.hotel && $0.type == block.type && !$0.isNumbered }
        let type = block.type.text(lang)
        return twins.count > 1 ? "\(type)-\(block.key)-\(room)" : "\(type)-\(room)"
    }

    /// Guests lodged in one room of a block on a night.
    public func guests(block: ID<RoomBlock>, room: String, night: LocalDate) -> [ID<Person>] {
        roomAssignments.filter { $0.block == block && $0.room == room && $0.span.contains(night) }.map(\.person)
    }

    /// Rooms of a block with someone in them on a night (used, against `RoomBlock.rooms(on:)` held).
    public func roomsUsed(block: ID<RoomBlock>, night: LocalDate) -> Int {
        Set(roomAssignments.filter { $0.block == block && $0.span.contains(night) }.map(\.room)).count
    }

    /// Every night any block holds rooms or any stay needs one, in order: the columns of a
    /// nights × room types table.
    public var roomingNights: [LocalDate] {
        var nights = Set(roomBlocks.flatMap { $0.nights.map(\.night) })
        let trips = Dictionary(self.trips.map { ($0.person, $0) }, uniquingKeysWith: { a, _ in a })
        for s in stays { nights.formUnion(self.nights(of: s, trip: trips[s.person])?.nights ?? []) }
        return nights.sorted()
    }
}
