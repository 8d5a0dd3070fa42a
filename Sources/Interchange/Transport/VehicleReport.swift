import PlanningCore

/// How `import vehicles` tells what a list changed of a vehicle the event has.
public enum VehicleReport {
    /// `座位 6 → 13；司机 王师傅 → 李师傅`: each field that differs, before and after.
    public static func differences(_ a: Vehicle, _ b: Vehicle, _ lang: Language) -> String {
        let none = ReimportWords.nothing.text(lang)
        func shown(_ s: String) -> String { s.isEmpty ? none : s }
        func hours(_ w: [TimeWindow]) -> String { w.map(\.description).joined(separator: ", ") }
        let pairs: [(VehicleWords, String, String)] = [
            (.kind, a.kind.label(lang), b.kind.label(lang)), (.seats, "\(a.seats)", "\(b.seats)"),
            (.driver, a.driver, b.driver), (.driverPhone, a.driverPhone, b.driverPhone),
            (.availability, hours(a.availability), hours(b.availability)), (.notes, a.notes, b.notes),
        ]
        let sep = lang == .zh ? "；" : "; "
        return pairs.filter { $0.1 != $0.2 }.map { field, x, y in
            ReimportWords.arrow.text(lang, field.text(lang), shown(x), shown(y))
        }.joined(separator: sep)
    }
}
