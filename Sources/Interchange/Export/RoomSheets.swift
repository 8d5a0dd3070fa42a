import PlanningCore

extension Programme {
    /// Door sheets: one page per room per day (pages separated by form feeds), the room's
    /// sessions of that day with their people, in large enough pieces to read from a corridor.
    public func roomSheets() -> String {
        let width = max(40, options.width)
        let (days, _) = selected()
        var pages: [String] = []
        let indent = String(repeating: " ", count: Programme.timeColumn)
        for room in plan.rooms {
            for (day, sessions) in days {
                let here = sessions.filter { $0.room == room.id }
                guard !here.isEmpty else { continue }
                var out: [String] = []
                func wrapped(_ text: String, first: String, rest: String) {
                    let lines = DisplayWidth.wrap(
                        Sanitize.forTerminal(text), width: max(1, width - DisplayWidth.of(first)))
                    for (i, l) in lines.enumerated() { out.append((i == 0 ? first : rest) + l) }
                }
                let site = sites[room.site]?.name ?? ""
                wrapped(
                    room.name + (site.isEmpty ? "" : " · " + site) + " · "
                        + ExportWords.seats.text(lang, room.capacity),
                    first: "", rest: "")
                wrapped(dayHeading(day), first: "", rest: "")
                wrapped(plan.event.name, first: "", rest: "")
                out.append(String(repeating: Programme.rule, count: width))
                for s in here {
                    out.append("")
                    wrapped(
                        s.title, first: DisplayWidth.pad(clock(s), to: Programme.timeColumn - 2) + "  ", rest: indent)
                    for (label, names) in roleLines(s) {
                        let head = label + ExportWords.labelSeparator.text(lang)
                        let hanging = indent + String(repeating: " ", count: DisplayWidth.of(head))
                        for (i, n) in names.enumerated() {
                            wrapped(n, first: i == 0 ? indent + head : hanging, rest: hanging)
                        }
                    }
                    if let l = languageText(s) { wrapped(l, first: indent, rest: indent) }
                }
                pages.append(
                    out.map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n")
                        + "\n")
            }
        }
        return pages.joined(separator: "\u{0C}")
    }
}
