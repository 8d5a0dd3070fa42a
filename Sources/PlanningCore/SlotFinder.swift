/// A place a session could move to without creating an error.
public struct SlotSuggestion: Hashable, Sendable {
    public var room: ID<Room>
    public var start: LocalDateTime
    public var end: LocalDateTime
}

extension ConflictEngine {
    /// Free slots (room × start) of the session's length on its own day where it would create no
    /// error, best first: its own room, then the nearest time, then the smallest room that seats
    /// its sign-ups. Warnings (travel, plenary, attendee clashes) do not exclude a slot.
    /// Unscheduled sessions are offered every day of the event, one hour long unless they have a length.
    public func suggestSlots(for id: ID<Session>, limit: Int = 10, stepMinutes: Int = 15,
                             hours: ClosedRange<Int> = 7...22) -> [SlotSuggestion] {
        guard let s = index.sessionSlot[id], let session = index.sessions[s] else { return [] }
        let length = index.timed[s] ? index.end[s] - index.start[s] : 60
        let e = index.event
        let days = session.start.map { [e.programmeDay(of: $0)] } ?? e.days
        let current = index.timed[s] ? index.start[s] : nil
        let needed = index.signupCount[s]
        let people = Set(index.holders[s].map { Int($0.person) })
        let features = session.requiredFeatures.map(normalFeature)

        var candidates: [(SlotSuggestion, sameRoom: Bool, distance: Int, seats: Int, room: Int)] = []
        for r in 0..<index.rooms.count {
            let room = index.rooms[r]
            let seats = min(room.capacity, session.capacityLimit ?? Int.max)
            guard needed <= seats, features.allSatisfy(index.roomFeatures[r].contains) else { continue }
            for day in days {
                var t = LocalDateTime(date: day, hour: hours.lowerBound).minutes
                let last = LocalDateTime(date: day, hour: hours.upperBound).minutes - length
                while t <= last {
                    defer { t += stepMinutes }
                    if t == current && Int32(r) == index.roomOf[s] { continue }
                    guard fitsWithoutError(s, room: r, start: t, end: t + length, people: people) else { continue }
                    let suggestion = SlotSuggestion(room: room.id, start: LocalDateTime(minutes: t),
                                                    end: LocalDateTime(minutes: t + length))
                    candidates.append((suggestion, Int32(r) == index.roomOf[s], abs(t - (current ?? t)), room.capacity, r))
                }
            }
        }
        candidates.sort { a, b in
            if a.sameRoom != b.sameRoom { return a.sameRoom }
            if a.distance != b.distance { return a.distance < b.distance }
            if a.seats != b.seats { return a.seats < b.seats }
            if a.room != b.room { return a.room < b.room }
            return a.0.start < b.0.start
        }
        return candidates.prefix(limit).map(\.0)
    }

    private func fitsWithoutError(_ s: Int, room r: Int, start: Int, end: Int, people: Set<Int>) -> Bool {
        let w = index.event.window
        guard start >= w.start.minutes, end <= w.end.minutes, fits(start, end, in: index.roomWindows[r]) else { return false }
        for t32 in index.sessionsInRoom[r] {
            let t = Int(t32)
            if t != s && index.timed[t] && index.start[t] < end && start < index.end[t] { return false }
        }
        for p in people {
            guard fits(start, end, in: index.personWindows[p]) else { return false }
            for t32 in index.roleSessions[p] {
                let t = Int(t32)
                if t != s && index.timed[t] && index.start[t] < end && start < index.end[t] { return false }
            }
        }
        return true
    }
}
