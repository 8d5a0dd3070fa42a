import Interchange
import Print
import PlanningCore

/// The rooming files the export dialog offers, made by the same functions as `confplan export
/// rooming` and `export room-nights`: the same file from either.
enum RoomingFile: String, CaseIterable, Hashable {
    case listXLSX, listPDF, nightsXLSX

    var name: String { self == .nightsXLSX ? "room-nights" : "rooming" }
    var fileExtension: String { self == .listPDF ? "pdf" : "xlsx" }

    func label(_ lang: Language) -> String {
        (self == .nightsXLSX ? RoomingWords.nightsTitle : .listTitle).text(lang) + " " + fileExtension.uppercased()
    }

    /// The file, or the characters the fonts lack: a PDF with boxes for names is not written,
    /// as the dialog's other PDFs are not.
    func bytes(_ plan: EventPlan, _ lang: Language) -> Result<[UInt8], PrintFailure> {
        switch self {
        case .listXLSX: return .success(RoomingExport(plan: plan, kind: .rooming, language: lang).workbook())
        case .listPDF:
            let (bytes, notes) = RoomingLists(plan: plan, language: lang).pdf()
            return notes.missing.isEmpty ? .success(bytes) : .failure(PrintFailure(notes: notes))
        case .nightsXLSX: return .success(RoomingExport(plan: plan, kind: .roomNights, language: lang).workbook())
        }
    }
}

/// A PDF not written for the characters its fonts lack.
struct PrintFailure: Error {
    var notes: PrintNotes
}
