import PlanningCore
import Print

extension Programme {
    /// The programme's words as `ProgrammePrint` sets them on pages (PDF, long image): the same
    /// days, parallel headings, sessions and release stamp as the text programme, with each role's
    /// people on one line that wraps instead of a column each.
    public func printed() -> ProgrammePrint {
        let (days, unscheduled) = selected()
        var anyMarked = false
        func session(_ s: Session) -> ProgrammePrint.Session {
            let marked = options.marked.contains(s.id)
            anyMarked = anyMarked || marked
            var facts = [s.kind.label(lang)]
            if !s.track.isEmpty, !s.title.hasPrefix(s.track) { facts.append(s.track) }
            if let r = roomText(s) { facts.append(r) }
            var lines = [facts.joined(separator: " · ")]
            // Names, not whole entries: a name with its organisation and title is often wider
            // than a line, and a line must break somewhere.
            let names = (roles[s.id] ?? []).compactMap { people[$0.person] }.map { Sanitize.forTerminal($0.name) }
            for (label, names) in roleLines(s) {
                lines.append(label + ExportWords.labelSeparator.text(lang)
                             + names.joined(separator: ExportWords.clauseSeparator.text(lang)))
            }
            if let l = languageText(s) { lines.append(l) }
            return ProgrammePrint.Session(time: clock(s), title: Sanitize.forTerminal((marked ? "[!] " : "") + s.title),
                                          lines: lines.map(Sanitize.forTerminal), people: names)
        }
        var printed = days.map { day, sessions in
            var slots: [ProgrammePrint.Slot] = [], i = 0
            while i < sessions.count {
                var j = i + 1
                while j < sessions.count, sessions[j].start == sessions[i].start { j += 1 }
                let parallel = j - i > 1 ? sessions[i].start!.clock + "  " + parallelHeading(j - i) : nil
                slots.append(ProgrammePrint.Slot(parallel: parallel, sessions: sessions[i..<j].map(session)))
                i = j
            }
            return ProgrammePrint.Day(heading: dayHeading(day), slots: slots)
        }
        if !unscheduled.isEmpty {
            printed.append(ProgrammePrint.Day(heading: unscheduledHeading,
                                              slots: unscheduled.map { .init(parallel: nil, sessions: [session($0)]) }))
        }
        // The release's time, or the event's first day: never the time of the run.
        let date = options.releases?.last?.at ?? plan.event.firstDay.description + "T00:00:00Z"
        return ProgrammePrint(event: Sanitize.forTerminal(plan.event.name),
                              subtitle: Sanitize.forTerminal(title() + " · " + datesLine()),
                              stamp: releaseLine(), days: printed, legend: anyMarked ? markLegend : nil,
                              language: lang, date: date)
    }
}
