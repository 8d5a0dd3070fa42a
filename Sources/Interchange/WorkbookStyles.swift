import Foundation
import PlanningCore

/// Which cell styles show a number as a date: the number formats of the styles part, built-in
/// (by id) and custom (by their format code).
struct Styles {
    /// Per cell style (the `s` of a cell), whether its number format is a date or time.
    private var dates: [Bool] = []

    init() {}

    init(_ bytes: [UInt8], _ part: String, _ file: String) throws(InputError) {
        var scan = XMLScan(bytes)
        var custom: [Int: Bool] = [:]
        var inCellXfs = false
        do throws(XMLScan.Malformed) {
            while let t = try scan.next() {
                switch t {
                case .start(let name, let attrs, let empty):
                    if scan.equals(name, "numFmt"),
                       let id = try scan.attribute("numFmtId", in: attrs).flatMap({ Int($0) }) {
                        custom[id] = Self.isDateFormat(try scan.attribute("formatCode", in: attrs) ?? "")
                    } else if scan.equals(name, "cellXfs") {
                        inCellXfs = !empty
                    } else if inCellXfs && scan.equals(name, "xf") {
                        let id = try scan.attribute("numFmtId", in: attrs).flatMap { Int($0) } ?? 0
                        dates.append(custom[id] ?? Self.builtInDates.contains(id))
                    }
                case .end(let name): if scan.equals(name, "cellXfs") { inCellXfs = false }
                case .text: break
                }
            }
        } catch { throw InputError(file: file, line: 0, .badXML, part, error.what) }
    }

    func isDate(_ style: Int) -> Bool { style >= 0 && style < dates.count && dates[style] }

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
    static func text(_ stored: String, date: Bool, date1904: Bool) -> String {
        guard let v = Double(stored), v.isFinite else { return stored }
        if date, v >= 0, v < 2_958_466 {  // up to 9999-12-31
            let days = Int(v.rounded(.down))
            let minutes = Int(((v - Double(days)) * 1440).rounded())
            let (dayCarry, minute) = (minutes / 1440, minutes % 1440)
            // The 1900 system counts a 29 February 1900 that never was: from 1 March on, day 0 is 1899-12-30.
            let epoch = date1904 ? LocalDate(year: 1904, month: 1, day: 1)!
                : days < 60 ? LocalDate(year: 1899, month: 12, day: 31)! : LocalDate(year: 1899, month: 12, day: 30)!
            let day = epoch.adding(days: days + dayCarry)
            let clock = minute == 0 ? "" : " " + pad(minute / 60) + ":" + pad(minute % 60)
            return days == 0 && !date1904 ? String(clock.dropFirst()) : day.description + clock
        }
        if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        return "\(v)"
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
