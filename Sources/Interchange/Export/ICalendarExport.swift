import Foundation
import PlanningCore

/// RFC 5545: the whole event, one track or one person's sessions, each a VEVENT in the event's
/// own time zone (with its VTIMEZONE), stable UIDs, escaped text, and lines folded at 75 octets
/// without splitting a UTF-8 sequence.
public struct ICalendarExport {
    public let plan: EventPlan
    public let language: Language
    /// DTSTAMP, in UTC: when the file is made (tests pass a fixed one).
    public let stamp: Date
    let programme: Programme
    let zone: ZoneOffset

    /// Once the programme has gone out, each entry's SEQUENCE as it goes out this time and
    /// LAST-MODIFIED, so calendars that imported an earlier file update it (RFC 5545 3.8.7).
    let sequences: CalendarSequences?

    public init(
        plan: EventPlan, language: Language, stamp: Date = Date(), track: String? = nil, person: ID<Person>? = nil,
        sequences: CalendarSequences? = nil
    ) {
        self.plan = plan
        self.language = language
        self.stamp = stamp
        self.sequences = sequences
        programme = Programme(plan: plan, options: Programme.Options(language: language, track: track, person: person))
        zone = ZoneOffset(plan.event.timeZone)
    }

    public func text() -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0",
            "PRODID:-//confplan//confplan//" + ExportWords.icalLanguage.text(language),
            "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:" + Self.escape(plan.event.name),
            "X-WR-TIMEZONE:" + zone.zone.identifier,
        ]
        lines += timeZoneComponent()
        let tzid = zone.zone.identifier
        let stampText = Self.utcStamp(stamp)
        for (_, sessions) in programme.selected().days {
            for s in sessions {
                guard let a = s.start, let b = s.end else { continue }
                lines.append("BEGIN:VEVENT")
                lines.append("UID:" + s.uid + "@confplan")
                lines.append("DTSTAMP:" + stampText)
                if let sequences {
                    lines.append("SEQUENCE:\(sequences.sequence(of: s.uid))")
                    let at = sequences.lastModified(of: s.uid).map { $0.filter { $0 != "-" && $0 != ":" } }
                    lines.append("LAST-MODIFIED:" + (at ?? stampText))
                }
                lines.append("DTSTART;TZID=\(tzid):" + Self.local(a))
                lines.append("DTEND;TZID=\(tzid):" + Self.local(b))
                lines.append("SUMMARY:" + Self.escape(s.title))
                if let room = programme.roomText(s) { lines.append("LOCATION:" + Self.escape(room)) }
                var about = [s.kind.label(language)]
                if !s.track.isEmpty { about.append(s.track) }
                var description = [about.joined(separator: " · ")]
                for (label, names) in programme.roleLines(s) {
                    description.append(label + ExportWords.labelSeparator.text(language)
                                       + names.joined(separator: ExportWords.clauseSeparator.text(language)))
                }
                if let l = programme.languageText(s) { description.append(l) }
                if !s.notes.isEmpty { description.append(s.notes) }
                lines.append("DESCRIPTION:" + Self.escape(description.joined(separator: "\n")))
                lines.append("CATEGORIES:" + Self.escape(s.kind.label(language)))
                lines.append("STATUS:" + (s.status == .confirmed ? "CONFIRMED" : "TENTATIVE"))
                lines.append("END:VEVENT")
            }
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    /// The zone's rules around the event: its offset changes from the year before to the year
    /// after (none for Asia/Shanghai), each as a STANDARD or DAYLIGHT onset.
    func timeZoneComponent() -> [String] {
        let tz = zone.zone
        var out = ["BEGIN:VTIMEZONE", "TZID:" + tz.identifier]
        let year = plan.event.firstDay.components.year
        let from = Date(timeIntervalSince1970: Double(LocalDate(year: year - 1, month: 1, day: 1)!.dayNumber) * 86400)
        let until = Date(
            timeIntervalSince1970: Double(
                LocalDate(year: plan.event.lastDay.components.year + 1, month: 1, day: 1)!.dayNumber) * 86400)
        var transitions: [(at: Date, before: Int, after: Int)] = []
        var cursor = from
        while let next = tz.nextDaylightSavingTimeTransition(after: cursor), next < until, transitions.count < 16 {
            transitions.append(
                (next, tz.secondsFromGMT(for: next.addingTimeInterval(-1)), tz.secondsFromGMT(for: next)))
            cursor = next
        }
        func offset(_ seconds: Int) -> String {
            let m = seconds / 60
            return (m < 0 ? "-" : "+") + two(abs(m) / 60) + two(abs(m) % 60)
        }
        if transitions.isEmpty {
            let o = offset(tz.secondsFromGMT(for: from))
            out += ["BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:" + o, "TZOFFSETTO:" + o,
                    "TZNAME:" + (tz.abbreviation(for: from) ?? tz.identifier), "END:STANDARD"]
        }
        for t in transitions {
            let kind = t.after > t.before ? "DAYLIGHT" : "STANDARD"
            // DTSTART is the wall-clock time of the change in the offset that was in force before it.
            let localMinutes = Int(t.at.timeIntervalSince1970 / 60) + t.before / 60
            let onset = LocalDateTime(
                minutes: localMinutes + LocalDateTime(date: LocalDate(year: 1970, month: 1, day: 1)!).minutes)
            out += [
                "BEGIN:\(kind)", "DTSTART:" + Self.local(onset), "TZOFFSETFROM:" + offset(t.before),
                "TZOFFSETTO:" + offset(t.after),
                "TZNAME:" + (tz.abbreviation(for: t.at) ?? kind), "END:\(kind)",
            ]
        }
        out.append("END:VTIMEZONE")
        return out
    }

    static func local(_ t: LocalDateTime) -> String {
        let c = t.date.components
        return "\(c.year)" + two(c.month) + two(c.day) + "T" + two(t.hour) + two(t.minute) + "00"
    }

    static func utcStamp(_ d: Date) -> String {
        let minutes = Int(d.timeIntervalSince1970 / 60)
        let t = LocalDateTime(minutes: minutes + LocalDateTime(date: LocalDate(year: 1970, month: 1, day: 1)!).minutes)
        let seconds = Int(d.timeIntervalSince1970) % 60
        return String(local(t).dropLast(2)) + two(seconds) + "Z"
    }

    /// TEXT values: backslash, semicolon, comma and line breaks escaped (RFC 5545 3.3.11);
    /// other control characters left out.
    static func escape(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\r": continue
            default:
                if u.value < 0x20 || u.value == 0x7F { continue }
                out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// Lines longer than 75 octets continue on the next line after a space, cut only between
    /// whole characters (RFC 5545 3.1).
    static func fold(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line }
        var out = ""
        var count = 0
        for u in line.unicodeScalars {
            let n = String(u).utf8.count
            if count + n > 75 {
                out += "\r\n "
                count = 1
            }
            out.unicodeScalars.append(u)
            count += n
        }
        return out
    }
}
