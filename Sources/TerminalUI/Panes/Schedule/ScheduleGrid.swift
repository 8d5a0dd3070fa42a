import PlanningCore

/// Where the schedule grid is: the day, the zoom, the cursor (a room column and a time), the
/// scroll, the filters, and a session being moved.
struct GridState: Equatable {
    static let zooms = [5, 15, 30, 60]

    var day = 0
    var zoom = 15
    /// Cursor: index into the day's shown rooms, and minutes after the day's midnight.
    var column = 0
    var minute = 9 * 60
    /// Scroll: first shown room column and first shown minute.
    var left = 0
    var top: Int?
    /// Show only this track's sessions (and the rooms they use).
    var track: String?
    /// Highlight one person's day, with the gaps between their sessions.
    var person: ID<Person>?
    var moving: Moving?
    /// The session last gone to (`n`, a search): selected while the cursor is on it, even
    /// where another shares its cell (two sessions double-booked in one room).
    var focused: ID<Session>?

    struct Moving: Equatable {
        var original: Session
        var current: Session
    }
}

/// One session placed in the grid: minutes after the day's midnight, and its lane when sessions
/// overlap in one room (a clash shown side by side, never one hidden under another).
struct Placement: Equatable {
    var session: Int
    var start: Int
    var end: Int
    var lane = 0
    var lanes = 1
}

/// The grid of one day, computed from the plan: the rooms shown (grouped by site), the time
/// range, and where each session goes.
struct GridModel {
    let day: LocalDate
    let midnight: Int
    /// Indexes into `plan.rooms`, by site then as the event lists them.
    let rooms: [Int]
    let placements: [[Placement]]
    let firstMinute: Int
    let lastMinute: Int
    /// Sessions of the day without a room or time, which the grid cannot show.
    let unplaced: Int

    init(_ s: AppState) {
        let plan = s.plan
        let days = plan.event.days
        day = days.isEmpty ? plan.event.firstDay : days[min(max(0, s.view.grid.day), days.count - 1)]
        midnight = LocalDateTime(date: day).minutes
        var bySite: [ID<Site>: Int] = [:]
        for (i, site) in plan.sites.enumerated() { bySite[site.id] = i }
        let allRooms = plan.rooms.indices.sorted { a, b in
            let sa = bySite[plan.rooms[a].site] ?? Int.max, sb = bySite[plan.rooms[b].site] ?? Int.max
            return sa != sb ? sa < sb : a < b
        }
        var roomSlot: [ID<Room>: Int] = [:]
        for (k, r) in allRooms.enumerated() { roomSlot[plan.rooms[r].id] = k }
        var perRoom = Array(repeating: [Placement](), count: allRooms.count)
        var first = 7 * 60, last = 21 * 60, unplaced = 0
        let change = plan.event.dayChangeHour * 60
        for (i, session) in plan.sessions.enumerated() {
            if let track = s.view.grid.track, session.track != track { continue }
            guard let a = session.start, let b = session.end else {
                continue
            }
            guard plan.event.programmeDay(of: a) == day else { continue }
            guard let room = session.room, let k = roomSlot[room] else { unplaced += 1; continue }
            let start = a.minutes - midnight, end = max(b.minutes - midnight, start + 1)
            perRoom[k].append(Placement(session: i, start: start, end: end))
            first = min(first, max(change, start))
            last = max(last, end)
        }
        var shownRooms: [Int] = [], shownPlacements: [[Placement]] = []
        for (k, r) in allRooms.enumerated() {
            if s.view.grid.track != nil && perRoom[k].isEmpty { continue }
            shownRooms.append(r)
            shownPlacements.append(GridModel.laned(perRoom[k]))
        }
        rooms = shownRooms
        placements = shownPlacements
        let zoom = s.view.grid.zoom
        firstMinute = first / zoom * zoom
        lastMinute = (last + zoom - 1) / zoom * zoom
        self.unplaced = unplaced
    }

    /// Lanes for overlapping sessions: each cluster of overlaps is split into as many lanes as
    /// it needs at most, and every session in the cluster is drawn that narrow.
    static func laned(_ items: [Placement]) -> [Placement] {
        var sorted = items.sorted { ($0.start, $0.end, $0.session) < ($1.start, $1.end, $1.session) }
        var clusterStart = 0, clusterEnd = Int.min
        var laneEnds: [Int] = []
        func close(_ upTo: Int) {
            for j in clusterStart..<upTo { sorted[j].lanes = max(1, laneEnds.count) }
        }
        for i in sorted.indices {
            if sorted[i].start >= clusterEnd {
                close(i)
                clusterStart = i
                laneEnds = []
            }
            if let free = laneEnds.firstIndex(where: { $0 <= sorted[i].start }) {
                sorted[i].lane = free
                laneEnds[free] = sorted[i].end
            } else {
                sorted[i].lane = laneEnds.count
                laneEnds.append(sorted[i].end)
            }
            clusterEnd = max(clusterEnd, sorted[i].end)
        }
        close(sorted.count)
        return sorted
    }
}

/// How the grid fits the screen.
struct GridGeometry {
    static let timeWidth = 6
    let columnWidth: Int
    let visibleColumns: Int
    let top: Int
    let rows: Int

    init(width: Int, height: Int, roomCount: Int) {
        let available = max(1, width - GridGeometry.timeWidth)
        columnWidth = roomCount == 0 ? 16 : max(14, min(28, available / roomCount))
        visibleColumns = max(1, available / columnWidth)
        // Top bar, title, site and room headers above; a rule, three lines of details and the
        // status bar below.
        top = 4
        rows = max(1, height - top - 5)
    }
}
