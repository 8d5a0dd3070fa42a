import PlanningCore

/// The import report's words for journeys a list changed.
public enum TravelReportWords: String, Phrasebook {
    case arrival, departure, companions, none, pickup, noPickup, dropoff, noDropoff

    public static let tables: [Language: [TravelReportWords: String]] = [
        .en: [.arrival: "arrival", .departure: "departure", .companions: "companions", .none: "—",
              .pickup: "pickup", .noPickup: "no pickup", .dropoff: "drop-off", .noDropoff: "no drop-off"],
        .zh: [.arrival: "到达", .departure: "返程", .companions: "随行人数", .none: "—",
              .pickup: "接站", .noPickup: "不接站", .dropoff: "送站", .noDropoff: "不送站"],
    ]
}

extension RosterReport {
    /// `FILE:LINE: 到达站点: "德阳东站" is no site of the event: …` for each hub the import made.
    public func hubLines() -> [(line: Int, text: String)] {
        func column(_ arrival: Bool) -> String {
            let fields: [AttendeeField] = arrival ? [.arrivalHub, .arrival] : [.departureHub, .departure]
            return list.columns.columns.first { $0.field.map(fields.contains) ?? false }?.header ?? ""
        }
        let made = roster.newHubs.map { h in
            let text = labelled(column(h.arrival), TravelWords.newHub.text(language, h.name, h.minutes))
            return (h.line, Sanitize.forTerminal("\(list.file):\(h.line): " + text))
        }
        let taken = roster.hubMatches.map { h in
            let fits = h.candidates.joined(separator: TravelWords.or.text(language))
            let said = h.candidates.isEmpty ? TravelWords.hubTakenAs.text(language, h.name, h.site)
                : TravelWords.hubAmbiguous.text(language, h.name, fits)
            let text = labelled(column(h.arrival), said)
            return (h.line, Sanitize.forTerminal("\(list.file):\(h.line): " + text))
        }
        return (made + taken).sorted { $0.0 < $1.0 }
    }

    /// `FILE:LINE: 到达日期: 6月13日 14:20 is 29 days off the event's days: …` for each time the
    /// list gave further from the event than `journeyDaysAroundEvent` (a month mistyped, mostly).
    public func farDateLines() -> [(line: Int, text: String)] {
        func column(_ arrival: Bool) -> String {
            // The column the date is read from: its own, else the one-cell journey, else the number's.
            let fields: [AttendeeField] = arrival ? [.arrivalDate, .arrival, .arrivalNumber]
                : [.departureDate, .departure, .departureNumber]
            for f in fields {
                if let c = list.columns.columns.first(where: { $0.field == f }) { return c.header }
            }
            return ""
        }
        return roster.trips.flatMap(\.farDates).map { d in
            let when = DateText.day(d.time.date, language, weekday: false) + " " + d.time.clock
            let text = labelled(column(d.arrival), TravelWords.farDate.text(language, when, d.days))
            return (d.line, Sanitize.forTerminal("\(list.file):\(d.line): " + text))
        }.sorted { $0.0 < $1.0 }
    }

    /// One line for each person of the event whose journey the list changed: `王芳：到达 G8921 05-13 14:20 → …`.
    /// A changed station and a changed 是否接站/是否送站 are said too (only when they changed, so a
    /// moved flight reads as before): a guest now landing at the other airport, or no longer
    /// wanting a car, is what the office must act on.
    public func tripLines() -> [String] {
        func leg(_ l: TripLeg?, _ other: TripLeg?, arrival: Bool, hubs: [ID<Site>: String]) -> String {
            guard let l else { return TravelReportWords.none.text(language) }
            var parts: [String] = []
            if !l.number.isEmpty { parts.append(l.number) } else if l.mode != .train { parts.append(l.mode.rawValue) }
            if let t = l.time {
                parts.append(String(t.description.dropFirst(5)).replacingOccurrences(of: "T", with: " "))
            }
            if let other, other.hub != l.hub {
                parts.append(l.hub.map { hubs[$0] ?? "?" } ?? TravelReportWords.none.text(language))
            }
            if let other, other.wantsTransfer != l.wantsTransfer {
                let word: TravelReportWords = arrival ? (l.wantsTransfer ? .pickup : .noPickup)
                    : (l.wantsTransfer ? .dropoff : .noDropoff)
                parts.append(word.text(language))
            }
            return parts.isEmpty ? TravelReportWords.none.text(language) : parts.joined(separator: " ")
        }
        return roster.trips.compactMap { t in
            guard case .person = t.whom, let before = t.before else { return nil }
            let after = t.after
            var parts: [String] = []
            if before.arrival != after?.arrival {
                parts.append(ReimportWords.arrow.text(
                    language, TravelReportWords.arrival.text(language),
                    leg(before.arrival, after?.arrival, arrival: true, hubs: t.hubNames),
                    leg(after?.arrival, before.arrival, arrival: true, hubs: t.hubNames)))
            }
            if before.departure != after?.departure {
                parts.append(ReimportWords.arrow.text(
                    language, TravelReportWords.departure.text(language),
                    leg(before.departure, after?.departure, arrival: false, hubs: t.hubNames),
                    leg(after?.departure, before.departure, arrival: false, hubs: t.hubNames)))
            }
            if before.companions != (after?.companions ?? 0) {
                parts.append(ReimportWords.arrow.text(
                    language, TravelReportWords.companions.text(language), "\(before.companions)",
                    "\(after?.companions ?? 0)"))
            }
            if parts.isEmpty { return nil }
            return Sanitize.forTerminal(ReimportWords.change.text(language, t.name, parts.joined(separator: "；")))
        }
    }
}
