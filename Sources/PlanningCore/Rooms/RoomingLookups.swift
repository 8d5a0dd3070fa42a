extension EventPlan {
    /// How a room is named on lists and the desk: the hotel's number (`1208`), else the type and
    /// ordinal (`标间-3`) counted over the hotel's blocks of that type in order, so a second
    /// confirmation's rooms go on from the first's (`标间-41`): staff and the front desk know no
    /// block's key.
    public func roomLabel(block: RoomBlock, room: String, _ lang: Language) -> String {
        RoomBlock.label(block: block, room: room, among: roomBlocks, lang)
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
