import PlanningCore

/// Pane 1: the rooms, by site, with their sessions per day.
enum VenuesPane: ListPane {
    static let title = UIWords.paneVenues
    static let bindings = PaneKeys.editing + PaneKeys.list

    static func perform(_ action: Action, _ s: inout AppState) -> Bool {
        switch action {
        case .add: s.mode = .form(s.roomForm(nil))
        case .edit: if let row = s.selectedRow { s.mode = .form(s.roomForm(s.plan.rooms[row])) }
        case .delete:
            guard let row = s.selectedRow, let r = s.plan.record(of: s.plan.rooms[row].id) else { return true }
            s.mode = .confirm(
                Confirmation(
                    title: .confirmDeleteRoom,
                    message: UIWords.deleteRoom.text(s.language, r.room.name, r.sessions.count),
                    changes: [.room(before: r, after: nil)]))
        default: return false
        }
        return true
    }

    static func rows(_ s: AppState) -> [Int] { Array(s.plan.rooms.indices) }

    static func entityKey(_ s: AppState, row: Int) -> String? { row < s.plan.rooms.count ? s.plan.rooms[row].uid : nil }

    static func searchText(_ s: AppState, row: Int) -> String {
        s.plan.rooms[row].name + " " + (s.document.catalog.siteName[s.plan.rooms[row].site] ?? "")
    }

    static func columns(_ s: AppState) -> [Column] {
        let plan = s.plan, c = s.document.catalog, lang = s.language
        let perDay: (Int) -> String = { row in
            let id = plan.rooms[row].id
            var counts = Array(repeating: 0, count: plan.event.days.count)
            for x in plan.sessions where x.room == id {
                if let start = x.start {
                    let d = plan.event.dayIndex(of: start) - 1
                    if d >= 0 && d < counts.count { counts[d] += 1 }
                }
            }
            return counts.map(String.init).joined(separator: "/")
        }
        let site: (Int) -> String = { c.siteName[plan.rooms[$0].site] ?? "" }
        let name: (Int) -> String = { plan.rooms[$0].name }
        let features: (Int) -> String = {
            plan.rooms[$0].features.map { featureLabel($0, lang) }.joined(separator: " ")
        }
        return [
            Column(title: .colSite, width: 14, priority: 3, value: site, sortKey: Column.text(site)),
            Column(title: .colName, width: 16, priority: 9, flex: true, value: name, sortKey: Column.text(name)),
            Column(
                title: .colCapacity, width: 6, priority: 8, alignRight: true,
                value: { String(plan.rooms[$0].capacity) },
                sortKey: { .number(plan.rooms[$0].capacity) }),
            Column(
                title: .colFeatures, width: 22, priority: 2, value: features,
                sortKey: { .text(plan.rooms[$0].features.joined(separator: " ")) }),
            Column(title: .colPerDay, width: 9, priority: 4, value: perDay, sortKey: Column.text(perDay)),
        ]
    }

    static func details(_ s: AppState, row: Int) -> [DetailLine] {
        let r = s.plan.rooms[row], d = DetailText(s)
        var lines = [
            DetailLine(text: r.name, style: CellStyle(bold: true)),
            d.field(.colSite, s.document.catalog.siteName[r.site] ?? ""),
            d.field(.colCapacity, String(r.capacity)),
            d.field(
                .colFeatures,
                r.features.map { featureLabel($0, s.language) }
                    .joined(separator: UIWords.listSeparator.text(s.language))
            ),
            d.field(.detailAvailability, d.windows(r.availability)), d.heading(.detailSessions),
        ]
        let held = s.plan.sessions.filter { $0.room == r.id }.sorted {
            ($0.start?.minutes ?? .max) < ($1.start?.minutes ?? .max)
        }
        lines += held.compactMap { d.session($0.id) }
        return lines
    }
}
