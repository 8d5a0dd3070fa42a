extension EventPlan {
    /// What no stored plan may hold about lodging. A room named that its block no longer has,
    /// or more guests than beds, is a finding rather than a problem here: a hotel's changed
    /// confirmation must not make the event unreadable.
    func roomingProblems(siteIDs: SlotMap<Site>, personIDs: SlotMap<Person>, _ problems: inout [PlanProblem]) {
        func need(_ ok: Bool, _ path: String, _ message: String) {
            if !ok { problems.append(PlanProblem(path: path, message: message)) }
        }
        var staying = SlotMap<Person>()
        for (i, s) in stays.enumerated() {
            need(personIDs.contains(s.person), "stays[\(i)].person", "names a person who does not exist")
            need(!staying.contains(s.person), "stays[\(i)].person", "has a second stay")
            staying.set(s.person, i)
            if let a = s.checkIn, let b = s.checkOut {
                need(a < b, "stays[\(i)].checkOut", "is not after the check-in")
            }
            for (name, p) in [("roommate", s.roommate), ("principal", s.principal)] {
                guard let p else { continue }
                need(personIDs.contains(p), "stays[\(i)].\(name)", "names a person who does not exist")
                need(p != s.person, "stays[\(i)].\(name)", "names the guest themselves")
            }
        }
        uniqueKeys(roomBlocks, "roomBlocks", &problems)
        var blockIDs = SlotMap<RoomBlock>()
        for (i, b) in roomBlocks.enumerated() {
            blockIDs.set(b.id, i)
            need(siteIDs.contains(b.hotel), "roomBlocks[\(i)].hotel", "names a site that does not exist")
            need(b.beds >= 1, "roomBlocks[\(i)].beds", "must be at least 1")
            for (j, n) in b.nights.enumerated() {
                need(n.rooms >= 0, "roomBlocks[\(i)].nights[\(j)]", "must not be negative")
                need(!b.nights[..<j].contains { $0.night == n.night }, "roomBlocks[\(i)].nights[\(j)]",
                     "repeats an earlier night")
            }
            var numbers = Set<String>()
            for (j, r) in b.numbers.enumerated() {
                need(!r.number.isEmpty, "roomBlocks[\(i)].numbers[\(j)]", "is empty")
                need(numbers.insert(r.number).inserted, "roomBlocks[\(i)].numbers[\(j)]", "repeats an earlier room")
            }
        }
        uniqueKeys(roomAssignments, "roomAssignments", &problems)
        for (i, a) in roomAssignments.enumerated() {
            need(personIDs.contains(a.person), "roomAssignments[\(i)].person", "names a person who does not exist")
            need(blockIDs.contains(a.block), "roomAssignments[\(i)].block", "names a room block that does not exist")
            need(!a.room.isEmpty, "roomAssignments[\(i)].room", "is empty")
            need(a.checkIn < a.checkOut, "roomAssignments[\(i)].checkOut", "is not after the check-in")
            if let bed = a.bed { need(bed >= 1, "roomAssignments[\(i)].bed", "must be at least 1") }
        }
    }
}
