/// How many sessions hold each room in each cell of time (cells as fine as the plan's times),
/// so whether a room is free for a spot is a few array reads instead of a walk over the room's
/// sessions: the search asks it for tens of thousands of spots per problem.
struct RoomOccupancy {
    let cell: Int
    /// Minutes at the first cell: midnight before the event's first day.
    let origin: Int
    let cellsPerRoom: Int
    private var count: [UInt16]

    init(_ index: PlanIndex, cell: Int) {
        self.cell = max(1, cell)
        let days = index.event.days
        origin = LocalDateTime(date: days.first ?? index.event.firstDay).minutes
        // The day after the last covers the night of the last (a banquet past midnight).
        cellsPerRoom = (days.count + 1) * 1440 / self.cell
        count = Array(repeating: 0, count: cellsPerRoom * index.rooms.count)
        for s in index.sessions.indices where index.timed[s] && index.roomOf[s] >= 0 {
            add(Int(index.roomOf[s]), index.start[s], index.end[s], by: 1)
        }
    }

    /// The cells an interval covers in the grid (none outside it).
    private func cells(_ start: Int, _ end: Int) -> Range<Int> {
        let a = max(0, (start - origin).floorDiv(cell)), b = min(cellsPerRoom, (end - origin + cell - 1).floorDiv(cell))
        return a..<max(a, b)
    }

    mutating func add(_ room: Int, _ start: Int, _ end: Int, by n: Int) {
        let base = room * cellsPerRoom
        for c in cells(start, end) { count[base + c] = UInt16(clamping: Int(count[base + c]) + n) }
    }

    /// Whether nothing holds the room then but what `excepted` counts: how many of the sessions
    /// that do not count are in the room in the cell starting at a minute.
    func isFree(_ room: Int, _ start: Int, _ end: Int, excepted: (Int) -> Int) -> Bool {
        let base = room * cellsPerRoom
        for c in cells(start, end) where count[base + c] != 0 {
            if Int(count[base + c]) > excepted(origin + c * cell) { return false }
        }
        return true
    }
}
