import Codecs
import PlanningCore
import Workbook

/// A rostrum's seating chart: rows of seats, each with its precedence, name and title, laid out
/// by display width, saying from where it is seen; or as JSON (README.md, "seating").
public struct SeatingChart {
    public let session: Session
    public let people: [Person]
    public let rows: [[Int]]
    public let rule: SeatingRule
    public let view: SeatingView
    public let language: Language
    /// The group photo (合影): the same order, rows of the sizes asked for, front row first.
    public let isPhoto: Bool

    /// `sizes`: seats per row, front row first (default: everyone in one row).
    public init(session: Session, people: [Person], sizes: [Int]? = nil, rule: SeatingRule, view: SeatingView,
                language: Language, photo: Bool = false) {
        isPhoto = photo
        self.session = session
        self.people = people
        var sizes = sizes ?? [people.count]
        // Seats beyond the last row's go into one more row, so nobody is left standing.
        let seated = sizes.reduce(0, +)
        if seated < people.count { sizes.append(people.count - seated) }
        rows = Seating.rows(sizes, rule: rule, view: view)
        self.rule = rule
        self.view = view
        self.language = language
    }

    /// A session's chart as staff arranged it (its rostrum, rows and rule), unless `sizes` or
    /// `rule` say otherwise for this one.
    public init(_ session: Session, in plan: EventPlan, sizes: [Int]? = nil, rule: SeatingRule? = nil,
                view: SeatingView, language: Language, photo: Bool = false) {
        let arranged = session.seating.flatMap { $0.rows.isEmpty ? nil : $0.rows }
        self.init(session: session, people: plan.rostrum(of: session.id), sizes: sizes ?? arranged,
                  rule: rule ?? plan.seatingRule(of: session.id), view: view, language: language, photo: photo)
    }

    func person(_ precedence: Int) -> Person? { precedence <= people.count ? people[precedence - 1] : nil }

    public func text() -> String {
        let lang = language
        var out = (isPhoto ? SeatingWords.photo.text(lang) + " · " : "") + Sanitize.forTerminal(session.title) + "\n"
        out += (view == .audience ? SeatingWords.fromHall : SeatingWords.fromStage).text(lang) + " · "
            + (rule == .domestic ? SeatingWords.domestic : SeatingWords.international).text(lang) + "\n"
        let width = min(14, max(6, people.flatMap { [$0.name, $0.title] }.map(DisplayWidth.of).max() ?? 6))
        for (i, row) in rows.enumerated() {
            out += "\n" + SeatingWords.row.text(lang, i + 1) + "\n"
            func line(_ cell: (Int) -> String) -> String {
                let cells = row.map { DisplayWidth.truncate(Sanitize.forTerminal(cell($0)), to: width) }
                // Only the end is trimmed: a blank first cell (an empty seat, a person with no
                // title) keeps its width, or the row slides left under the wrong names.
                var text = Substring(cells.map { DisplayWidth.pad($0, to: width) }.joined(separator: "  "))
                while text.last == " " { text = text.dropLast() }
                return text + "\n"
            }
            out += line { "(\($0))" }
            out += line { self.person($0)?.name ?? SeatingWords.empty.text(lang) }
            out += line { self.person($0)?.title ?? "" }
        }
        return out
    }

    /// Every seat as a row of a sheet, front row first and left to right, for a workbook.
    public func sheet() -> TableSheet {
        let lang = language
        var cells: [[TableCell]] = []
        for (i, row) in rows.enumerated() {
            for (position, precedence) in row.enumerated() {
                let p = person(precedence)
                cells.append([.number(i + 1), .number(position + 1), .number(precedence), .text(p?.name ?? ""),
                              .text(p?.title ?? ""), .text(p?.organisation ?? "")])
            }
        }
        return TableSheet(
            name: (isPhoto ? SeatingWords.photo : SeatingWords.rostrum).text(lang),
            header: SeatingWords.header.text(lang).split(separator: "\t").map(String.init), rows: cells)
    }

    public func json() -> String {
        func q(_ s: String) -> String { JSONText.quote(s) }
        let rowsJSON = rows.enumerated().map { i, row in
            let seats = row.enumerated().map { position, precedence in
                let p = person(precedence)
                return "{\"position\": \(position + 1), \"precedence\": \(precedence), "
                    + "\"person\": \(p.map { q($0.key) } ?? "null"), \"name\": \(q(p?.name ?? ""))}"
            }
            return "{\"row\": \(i + 1), \"seats\": [" + seats.joined(separator: ", ") + "]}"
        }
        return "{\"session\": \(q(session.key)), \"view\": \(q(view.rawValue)), \"rule\": \(q(rule.rawValue)), "
            + "\"rows\": [\n  " + rowsJSON.joined(separator: ",\n  ") + "\n]}\n"
    }
}

public enum SeatingWords: String, Phrasebook {
    case fromHall, fromStage, domestic, international, row, empty, photo, rostrum, header
    case fromHallShort, fromStageShort

    public static let tables: [Language: [SeatingWords: String]] = [
        .en: [
            .fromHall: "Seen from the hall, facing the rostrum", .fromStage: "Seen from the rostrum, facing the hall",
            .domestic: "domestic order (No. 2 on No. 1's left)",
            .international: "international order (No. 2 on No. 1's right)", .row: "Row %1", .empty: "(empty)",
            .photo: "Group photo", .rostrum: "Rostrum", .fromHallShort: "from the hall",
            .fromStageShort: "from the rostrum",
            .header: "row\tseat (from the left)\tprecedence\tname\ttitle\torganisation",
        ],
        .zh: [
            .fromHall: "台下视角：面向主席台", .fromStage: "台上视角：面向台下",
            .domestic: "以左为尊",
            .international: "以右为尊", .row: "第 %1 排", .empty: "（空）",
            .photo: "合影站位", .rostrum: "主席台座次", .fromHallShort: "台下", .fromStageShort: "台上",
            .header: "排\t座位（从左数）\t位次\t姓名\t职务\t单位",
        ],
    ]
}
