import PlanningCore

extension RosterReport {
    /// `FILE:LINE: 合住人: "李明" is no one of the event …` for each roommate the import could not
    /// settle: the roommate is left as it was, never guessed.
    public func roommateLines() -> [(line: Int, text: String)] {
        let column = list.columns.columns.first { $0.field == .roommate }?.header ?? ""
        return roster.roommateProblems.map { p in
            let text = switch p.kind {
            case .notFound: StayWords.roommateUnknown.text(language, p.name)
            case .ambiguous(let n): StayWords.roommateAmbiguous.text(language, p.name, n)
            case .themselves: StayWords.roommateSelf.text(language, p.name)
            }
            return (p.line, Sanitize.forTerminal("\(list.file):\(p.line): " + labelled(column, text)))
        }
    }

    /// One line for each person of the event whose stay the list changed: `王芳：住宿 合住 5月13–15日 → 单住 …`.
    public func stayLines() -> [String] {
        func said(_ s: Stay?, _ names: [ID<Person>: String]) -> String {
            guard let s else { return StayWords.none.text(language) }
            var parts = [StayWords.need(s.need).text(language)]
            if s.checkIn != nil || s.checkOut != nil {
                let day = { (d: LocalDate?) in d.map { DateText.day($0, language, weekday: false) } ?? "?" }
                parts.append(day(s.checkIn) + "–" + day(s.checkOut))
            }
            if let r = s.roommate { parts.append(StayWords.roommate.text(language, names[r] ?? "?")) }
            if let r = s.principal { parts.append(StayWords.travelsWith.text(language, names[r] ?? "?")) }
            return parts.joined(separator: " ")
        }
        return roster.stays.compactMap { c in
            guard case .person = c.whom, c.before != nil || c.after != nil else { return nil }
            let arrow = ReimportWords.arrow.text(language, StayWords.stay.text(language),
                                                 said(c.before, c.roommateNames), said(c.after, c.roommateNames))
            return Sanitize.forTerminal(ReimportWords.change.text(language, c.name, arrow))
        }
    }
}
