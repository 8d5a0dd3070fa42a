import Codecs
import Workbook

// Which sheet holds the list is the import's question (it knows the headers), not the workbook's.
extension Workbook {
    /// The sheet to import: the one `choice` names (its name, or its number from 1), else the
    /// only visible sheet with a header confplan recognises. An instructions sheet (填写说明)
    /// before the data is passed over; two sheets that both qualify are listed, not guessed at.
    /// `all` chooses every visible sheet with such a header (one sheet per province or college).
    public func registrationSheets(
        _ choice: String?, map: [(column: String, field: AttendeeField)]
    ) throws(InputError) -> [(sheet: Sheet, records: [CSVRecord], notes: SheetNotes)] {
        let names = sheets.map(\.name)
        if let choice, choice != "all" || names.contains("all") {
            let picked = sheets.first { $0.name == choice } ?? Int(choice).flatMap { n in
                n >= 1 && n <= sheets.count ? sheets[n - 1] : nil
            }
            guard let picked else {
                throw InputError(file: file, line: 0, .noSuchSheet, choice, names.joined(separator: ", "))
            }
            let (records, notes) = try read(picked)
            return [(picked, records, notes)]
        }
        var found: [(sheet: Sheet, records: [CSVRecord], notes: SheetNotes)] = []
        var firstProblem: InputError?
        for s in sheets where !s.hidden {
            let (rows, notes) = try read(s)
            do throws(InputError) {
                _ = try AttendeeColumns.detect(rows, map: map, file: file + ":" + s.name)
                found.append((s, rows, notes))
            } catch {
                if firstProblem == nil, !rows.isEmpty { firstProblem = error }
            }
        }
        if found.count == 1 || (choice != nil && !found.isEmpty) { return found }
        if found.count > 1 {
            throw InputError(file: file, line: 0, .severalSheets, found.map(\.sheet.name).joined(separator: ", "))
        }
        throw firstProblem ?? InputError(file: file + ":" + (sheets.first?.name ?? ""), line: 0, .emptyFile)
    }
}
