import Foundation
import Codecs
import PlanningCore

/// Which cell styles show a number as a date: the number formats of the styles part, built-in
/// (by id) and custom (by their format code).
struct Styles {
    /// Per cell style (the `s` of a cell), whether its number format is a date or time.
    private var dates: [Bool] = []
    /// Per cell style, whether its number format shows the number as a percentage (0.5 as 50%).
    private var percents: [Bool] = []

    init() {}

    init(_ bytes: [UInt8], _ part: String, _ file: String) throws(InputError) {
        var scan = XMLScan(bytes)
        var custom: [Int: Bool] = [:], customPercent: [Int: Bool] = [:]
        var inCellXfs = false
        do throws(XMLScan.Malformed) {
            while let t = try scan.next() {
                switch t {
                case .start(let name, let attrs, let empty):
                    if scan.equals(name, "numFmt"),
                       let id = try scan.attribute("numFmtId", in: attrs).flatMap({ Int($0) }) {
                        let code = try scan.attribute("formatCode", in: attrs) ?? ""
                        custom[id] = Self.isDateFormat(code)
                        customPercent[id] = Self.isPercentFormat(code)
                    } else if scan.equals(name, "cellXfs") {
                        inCellXfs = !empty
                    } else if inCellXfs && scan.equals(name, "xf") {
                        let id = try scan.attribute("numFmtId", in: attrs).flatMap { Int($0) } ?? 0
                        dates.append(custom[id] ?? Self.builtInDates.contains(id))
                        percents.append(customPercent[id] ?? (id == 9 || id == 10))
                    }
                case .end(let name): if scan.equals(name, "cellXfs") { inCellXfs = false }
                case .text: break
                }
            }
        } catch { throw InputError(file: file, line: 0, .badXML, part, error.what) }
    }

    func isDate(_ style: Int) -> Bool { style >= 0 && style < dates.count && dates[style] }

    func isPercent(_ style: Int) -> Bool { style >= 0 && style < percents.count && percents[style] }

    /// A format code shows a percentage when its first section has a `%` outside quoted text and
    /// escapes (`0%`, `0.0%`), not a date.
    static func isPercentFormat(_ code: String) -> Bool {
        if isDateFormat(code) { return false }
        var quoted = false, escape = false
        for c in code {
            if escape { escape = false; continue }
            if quoted { if c == "\"" { quoted = false }; continue }
            switch c {
            case "\\", "_", "*": escape = true
            case "\"": quoted = true
            case ";": return false
            case "%": return true
            default: break
            }
        }
        return false
    }

    /// Dates and times among the built-in formats, the Chinese and other East Asian ones included
    /// (27–36, 50–58: `yyyy"年"m"月"d"日"` and the like).
    static let builtInDates: Set<Int> = Set(14...22).union(27...36).union(45...47).union(50...58)

    /// A format code shows a date when, outside quoted text, escapes and `[…]` sections, it has a
    /// date or time letter (`aaaa` is the weekday in Chinese formats); `0.00E+00`, `#,##0` and `@`
    /// have none.
    static func isDateFormat(_ code: String) -> Bool {
        var quoted = false, bracket = false, escape = false
        // Only the first section (positive numbers) matters.
        for c in code.lowercased().replacingOccurrences(of: "general", with: "") {
            if escape { escape = false; continue }
            if quoted { if c == "\"" { quoted = false }; continue }
            if bracket { if c == "]" { bracket = false }; continue }
            switch c {
            case "\\", "_", "*": escape = true
            case "\"": quoted = true
            case "[": bracket = true
            case ";": return false
            case "y", "m", "d", "h", "s", "a": return true
            default: break
            }
        }
        return false
    }
}

/// A number cell as the text staff typed: 13981234567 (stored as 1.3981234567E10) is
/// `13981234567`, 2 is `2`, not `2.0`; a date-styled number is `2026-05-13` (`2026-05-13 14:30`
/// with a time of day).
enum CellNumber {
    static func text(_ stored: String, date: Bool, date1904: Bool, percent: Bool = false) -> String {
        guard let v = Double(stored), v.isFinite else { return stored }
        if percent {
            // As Excel shows it, without the binary fraction's noise (0.125 is 12.5%, not 12.500000000000002%).
            let p = (v * 100 * 1e9).rounded() / 1e9
            return (p == p.rounded() && abs(p) < 1e15 ? String(Int64(p)) : "\(p)") + "%"
        }
        if date, v >= 0, v < 2_958_466 {  // up to 9999-12-31
            let days = Int(v.rounded(.down))
            let minutes = Int(((v - Double(days)) * 1440).rounded())
            let (dayCarry, minute) = (minutes / 1440, minutes % 1440)
            // The 1900 system counts a 29 February 1900 that never was: from 1 March on, day 0 is 1899-12-30.
            let epoch = date1904 ? LocalDate(year: 1904, month: 1, day: 1)!
                : days < 60 ? LocalDate(year: 1899, month: 12, day: 31)! : LocalDate(year: 1899, month: 12, day: 30)!
            let day = epoch.adding(days: days + dayCarry)
            let clock = minute == 0 ? "" : " " + pad(minute / 60) + ":" + pad(minute % 60)
            // A time of day alone is stored on day 0, in either date system (a Mac workbook's is 1904-01-01).
            return days == 0 && (!date1904 || minute != 0) ? String(clock.dropFirst()) : day.description + clock
        }
        if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        return "\(v)"
    }

    /// A `t="d"` cell's ISO 8601 value as a date-styled number reads: `2026-05-13T00:00:00` is
    /// `2026-05-13`, `2026-05-15T14:30:00` is `2026-05-15 14:30`; anything else stays as written.
    static func isoDate(_ stored: String) -> String {
        let s = stored.trimmingSpaces
        guard let t = s.firstIndex(of: "T") else {
            // A time of day alone (`14:20:00`) reads as a number cell's time does: `14:20`.
            let parts = s.split(separator: ":", omittingEmptySubsequences: false)
            if parts.count == 3, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isNumber) }) {
                return parts[0] + ":" + parts[1]
            }
            return String(s)
        }
        let day = s[..<t]
        var time = s[s.index(after: t)...]
        if time.hasSuffix("Z") { time = time.dropLast() }
        let parts = time.split(separator: ":")
        guard LocalDate(iso: day) != nil, parts.count >= 2, parts.count <= 3,
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isNumber || $0 == "." } })
        else { return String(s) }
        let seconds = parts.count == 3 ? Double(parts[2]) ?? 0 : 0
        if parts[0] == "00" && parts[1] == "00" && seconds == 0 { return String(day) }
        // Day zero of Excel's calendar (as openpyxl and LibreOffice write it) is no day: the cell
        // held a time alone, as a number cell's `0.7` does.
        if day == "1899-12-30" || day == "1899-12-31" { return parts[0] + ":" + parts[1] }
        return day + " " + parts[0] + ":" + parts[1]
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
