import Workbook
import Interchange
import PlanningCore
import PlanningStore

/// `export notices`: one message per person a change since a release concerns, as text, CSV or a workbook.
extension ExportCommands {
    static func notices(_ a: ParsedArguments) throws {
        let name = try eventName(a)
        let store = try Commands.openStore(a)
        let event = try store.resolveEvent(name)
        let plan = try store.plan(event.id)
        let given = try CLI.chosenLanguage(a)
        let lang = given ?? plan.event.language
        let releases = try store.releases(event.id)
        guard let last = releases.last else { throw UserError(.noReleaseYet, event.key) }
        var since = last
        if let n = try a.int(.since, in: 1...Int.max, what: .notAPositiveNumber) {
            guard let r = releases.first(where: { $0.number == n }) else { throw StoreError.noSuchRelease(n) }
            since = r
        }
        let audience = try a.choice(
            .audience, ["speakers": Notices.Audience.speakers, "vips": .vips, "attendees": .attendees, "all": .all])
        let notices = Notices(
            plan: plan, since: since, to: audience ?? .speakers, full: a.has(.full),
            cancelled: try store.cancelledSignups(event.id), language: given)
        let sheet = notices.sheet(lang)
        switch try a.format(.notices) ?? .text {
        case .xlsx:
            guard let path = a[.output], path != "-" else { throw a.usage(.workbookNeedsFile) }
            try Commands.write(WorkbookWriter.workbook([sheet], language: lang), to: path, try CLI.language(a))
        case .csv:
            try Commands.write(TableExport.csv(sheet, byteOrderMark: !a.has(.noBOM)), to: a[.output])
        default:
            try Commands.write(notices.text(), to: a[.output])
        }
    }
}
