import Foundation
import Codecs
import Interchange
import PlanningCore
import PlanningStore

extension Option {
    static let event = Option(
        "--event", value: "EVENT",
        help: "attendees: the event to import into, as the EVENT argument (needed when there are several)")
    static let encoding = Option(
        "--encoding", value: "E",
        help: "attendees: utf-8, gb18030 (gbk), utf-16le, utf-16be or windows-1252 (latin1) (default: detected)")
    static let map = Option(
        "--map", value: "COL=FIELD,…",
        help: "attendees: which column holds which field, e.g. '联系人手机=phone,3=notes'")
    static let dryRun = Option("--dry-run", help: "attendees: show what would happen and change nothing")
    static let strict = Option("--strict", help: "attendees: import nothing if any row has a problem")
    static let sheet = Option(
        "--sheet", value: "NAME|N|all", help: "attendees: the worksheet of an .xlsx workbook to import (default: the "
            + "one whose header names the columns; all: every sheet with a name column)")
    static let includeHidden = Option(
        "--include-hidden", help: "attendees: import the rows hidden in a workbook too (default: reported and skipped)")
    static let halalFromEthnicity = Option(
        "--halal-from-ethnicity",
        help: "attendees: a 民族 column naming a Muslim people (回族, 维吾尔族…) makes the guest's diet halal "
            + "when the diet column says nothing")
    static let rejects = Option(
        "--rejects", value: "FILE",
        help: "attendees: write rows not imported, with the reason, to FILE (CSV; .xlsx for a workbook)")
    static let source = Option(
        "--source", value: "NAME", help: "attendees: the list this file is a copy of (default: the file's name "
            + "without dates and version marks)")
    static let keepExisting = Option(
        "--keep-existing", help: "attendees: only add: keep values the list leaves empty, add sub-forums")
    static let withdrawMissing = Option(
        "--withdraw-missing", help: "attendees: withdraw the registration of people an earlier copy of the list "
            + "named and this one does not")
    static let scheduleID = Option(
        "--id", value: "KEY", help: "schedule: identifier of the new event (default: the acronym)")
    static let scheduleReplace = Option("--replace", help: "schedule: replace an event with the same identifier")
}

enum ImportCommands {
    static let command = Command(
        name: "import", summary: "import attendees (a CSV or .xlsx registration list), vehicles (a car company's "
            + "list), rooms (a hotel's confirmation) or a published schedule (frab)",
        arguments: "attendees FILE [EVENT] | vehicles FILE [EVENT] | rooms FILE [EVENT] | schedule FILE",
        options: [.event, .encoding, .sheet, .includeHidden, .halalFromEthnicity, .map, .source, .keepExisting,
                  .withdrawMissing, .dryRun, .strict, .rejects, .scheduleID, .scheduleReplace],
        positionals: 2...3,
        details: """
            The event is named after the file, as export takes it, or with --event; with one
            event in the database it may be left out.

            Columns are found by their headers, in Chinese or English (姓名/name,
            单位/organisation, 职务/title, 手机/phone, 邮箱/email, 类别/category, 省份, 城市, 性别,
            备注/notes, 分论坛/sub-forum);
            other columns are kept in the person's notes. Rows for someone already in the event
            (same phone, same email, or same name and organisation) update that person.

            A list comes again and again: its source is its file name without dates and version
            marks (回执汇总0513(2).xlsx is 回执汇总), or --source. A later copy finds the people
            the last one brought by name and organisation even when a phone changed, and for the
            people an earlier copy named it is the truth for its columns: a changed sub-forum moves
            them, an empty cell clears, notes from its columns are replaced (--keep-existing only
            adds); people it names for the first time are filled in and signed up, never cleared.
            People an earlier copy named and this one does not are listed; --withdraw-missing
            withdraws their registration.
            Fields: \(AttendeeField.allCases.map(\.rawValue).joined(separator: ", ")).

            Travel (接送站) is read with the rest of the 回执: 到达日期, 到达时间, 抵达车次/航班,
            到达站点, 是否接站, 返程日期, 返程时间, 返程车次/航班, 返程站点, 是否送站, 随行人数 and
            their usual variants, or a whole way in one cell (来程信息: 5月13日 G8921 14:20 德阳站).
            G/D/C/K/T/Z numbers are trains, CA4193 or 3U8888 flights, 自驾 by car, 自行 on their own;
            a date without a year is the event's. A station or airport no site is named is added
            as a site with the event's default travel time, and said, so its times can be set.
            A later copy of the list changes the journeys whose cells changed; a list without
            travel columns leaves journeys as they are.

            The import is one transaction: it happens whole or not at all. Rows that cannot be
            taken are listed as FILE:LINE: column: reason and the rest are imported.
            Exit status: 0 when the import committed (even with rejected rows) or there was
            nothing to change, 1 when nothing could be imported.

            import vehicles reads a car company's list (CSV or .xlsx) into the event's vehicles:
            车牌/plate, 车型/kind (轿车, 商务车 (七座商务, GL8), 中巴 (考斯特), 大巴 (55座大巴)),
            座位数/seats (the car's seats, the driver's counted, as companies write them: 7 is 6
            passengers), 司机/driver, 司机电话/driver phone, 可用时间/available (5月13日 8:00-20:00,
            several separated by ；or a comma; hours without a day are each day of the event).
            A plate the event has updates that vehicle (its runs stay); the others are added; all
            in one transaction and one entry of the log. --dry-run shows it and changes nothing.

            import rooms reads a hotel's confirmation (确认函, CSV or .xlsx) into the event's room
            blocks: 酒店/hotel, 房型/room type (单间/大床, 标间/双床, 套房), 床位/beds, 间数/rooms with
            入住日期 and 离店日期 (a block of that many rooms each night between), or one row per
            房号/room number (with 楼层/floor). Rows of one hotel, type and beds are one block, their
            rooms added up night by night. A hotel no site is named is added as a site, and said,
            so its travel times can be set. A block of that hotel, type and beds the event has is
            updated to the list's nights (its guests stay); the others are added; all in one
            transaction and one entry of the log, as vehicles are. --dry-run shows it and changes
            nothing; the same file again changes nothing and says so.

            The stay columns of a 回执 come with the attendees: 住宿要求/是否住宿 (住, 不住, 单住, 合住),
            单住/合住 (单间, 标间, 拼房, 随行), 合住人 (a person of the event or the list, by name),
            入住日期 and 离店日期, and their usual variants; nights not given come from the journey.

            import schedule reads frab/c3voc schedule XML or JSON, or pentabarf XML as FOSDEM
            publishes it, into a new event: rooms, sessions, speakers and their roles. Problems
            in the file are listed as FILE:LINE: warnings and the rest is imported.
            """,
        run: run)

    static func run(_ a: ParsedArguments) throws {
        if a.positionals[0] == "schedule" { return try schedule(a) }
        if a.positionals[0] == "vehicles" { return try vehicles(a) }
        if a.positionals[0] == "rooms" { return try rooms(a) }
        guard a.positionals[0] == "attendees" else {
            throw a.usage(.importKind, a.positionals[0])
        }
        let path = a.positionals[1]
        let eventName = try Self.eventName(a)
        let lang = try CLI.language(a)
        var encoding: TextEncoding?
        if let e = a[.encoding] {
            guard let known = TextEncoding(name: e) else {
                throw a.usage(.badEncoding, e)
            }
            encoding = known
        }
        let map = try a[.map].map { m throws(InputError) in try AttendeeColumns.parseMap(m) } ?? []
        // Let go once read: a million-row file is 70 MB the import no longer needs.
        var bytes: [UInt8]? = try Commands.readFile(path)
        let store = try Commands.openStore(a)
        let event = try store.resolveEvent(eventName)
        // Read only for a list with a sub-forum column, or a report of changed sign-ups.
        let sessions = Once { try store.sessions(event.id) }
        let lists = try AttendeeList.readSheets(
            bytes ?? [], file: path, encoding: encoding, sheet: a[.sheet], map: map, sessions: sessions.valueOrNone,
            includeHidden: a.has(.includeHidden), halalFromEthnicity: a.has(.halalFromEthnicity))
        try sessions.rethrow()
        bytes = nil
        // `--sheet all`: each sheet is imported and told as a list of its own, its messages naming it.
        var imported = false
        for list in lists {
            let rejects = a[.rejects].map { lists.count > 1 ? Self.perSheet($0, list.sheet ?? "") : $0 }
            imported = try attendees(list, a, store: store, event: event, sessions: sessions, path: path, lang: lang,
                                     rejects: rejects, several: lists.count > 1)
                || imported
        }
        if !imported { throw CLI.ExitStatus(code: 1) }
    }

    /// The event named after the file (`import attendees 回执.xlsx nh2026`, as export takes it) or by
    /// `--event`; named both ways, the two must agree.
    static func eventName(_ a: ParsedArguments) throws -> String? {
        let positional = a.positionals.count > 2 ? a.positionals[2] : nil
        if let positional, let option = a[.event], option != positional {
            throw a.usage(.eventTwice, "import", positional, option)
        }
        return positional ?? a[.event]
    }

    /// `回执-rejects.csv` for the sheet 四川: `回执-rejects-四川.csv`.
    static func perSheet(_ file: String, _ sheet: String) -> String {
        if file == "-" { return file }
        let name = (file as NSString).deletingPathExtension, ext = (file as NSString).pathExtension
        return name + "-" + sheet + (ext.isEmpty ? "" : "." + ext)
    }

    /// Imports one list and prints what happened; whether anything could be imported. `sessions`
    /// are the event's, read once and only if needed: an attendee list changes none (reading
    /// 6,000 again took 40 ms, and a list without sub-forums needs none).
    static func attendees(_ list: AttendeeList, _ a: ParsedArguments, store: Store, event: EventSummary,
                          sessions: Once<[Session]>, path: String, lang: Language, rejects: String?,
                          several: Bool) throws -> Bool {
        let dryRun = a.has(.dryRun)
        let refused = a.has(.strict) && list.rowsWithProblems > 0

        // Each sheet of `--sheet all` is a list of its own: one province's is no later copy of another's.
        let source = (a[.source] ?? ListSource.name(ofFile: path)) + (several ? ":" + (list.sheet ?? "") : "")
        var rules = list.rules(source: source,
                               keepExisting: a.has(.keepExisting), withdrawMissing: a.has(.withdrawMissing))
        rules.memory = try store.importMemory(event.id, source: rules.source)

        let progress = Progress(enabled: isatty(2) == 1 && !dryRun && !refused, lang)
        let roster: RosterImport
        if dryRun || refused {
            roster = Roster.match(list.rows, into: try store.plan(event.id), rules: rules)
        } else {
            roster = try store.importRoster(event: event.id, source: (path as NSString).lastPathComponent,
                                            rows: list.rows, rules: rules,
                                            progress: progress.update)
            progress.finish()
        }
        let report = RosterReport(list: list, roster: roster, language: lang)
        var out = report.heading() + report.ruleLine(rules) + "\n"
        let problems = report.problemLines()
        if !problems.isEmpty { out += problems.joined(separator: "\n") + "\n" }
        let changes = report.changeLines(sessions: sessions.valueOrNone) + report.missingLines()
        try sessions.rethrow()
        if !changes.isEmpty { out += changes.joined(separator: "\n") + "\n" }
        out += report.counts()
        if let rejects, list.rejectedCount > 0 {
            // A workbook's rejects are a workbook, unless the file named says CSV.
            if list.sheet != nil && !rejects.lowercased().hasSuffix(".csv") && rejects != "-" {
                try Files.write(report.rejectsWorkbook(), to: rejects)
            } else {
                try Commands.write(report.rejectsCSV(), to: rejects)
            }
            out += CLIWords.rejectsWritten.text(lang, rejects) + "\n"
            // A file named as the list's rejects (`回执-rejects.csv`) is taken as that list; any other
            // name would make a list of its own unless told.
            if rejects != "-" && !several && a[.source] == nil && ListSource.name(ofFile: rejects) != source {
                out += CLIWords.rejectsSource.text(lang, source.contains(" ") ? "'\(source)'" : source) + "\n"
            }
        }
        let differing = roster.rowsLeftDiffering + list.rejectedCount
        let outcome: CLIWords = refused ? (list.rowsWithProblems == 1 ? .strictRefusedOne : .strictRefused)
            : dryRun ? .dryRun
            : !roster.changesNothing ? .importedInto : list.rows.isEmpty ? .nothingToImport
            // "Every row matches" only when it is so: no row left differing, none refused.
            : differing == 1 ? .nothingChangedOne : differing > 0 ? .nothingChanged : .nothingToChange
        let argument = outcome == .strictRefused ? "\(list.rowsWithProblems)"
            : outcome == .nothingChanged ? "\(differing)" : event.key
        out += outcome.text(lang, argument) + "\n"
        print(out, terminator: "")
        return !(refused || list.rows.isEmpty)
    }

    /// What `import vehicles` and `import rooms` start from: the file (its path, bytes and the
    /// encoding asked for), the language to report in, and the event it goes into.
    static func supplierList(_ a: ParsedArguments) throws -> (path: String, lang: Language, encoding: TextEncoding?,
                                                               bytes: [UInt8], store: Store, event: EventSummary,
                                                               plan: EventPlan) {
        let path = a.positionals[1]
        let lang = try CLI.language(a)
        var encoding: TextEncoding?
        if let e = a[.encoding] {
            guard let known = TextEncoding(name: e) else { throw a.usage(.badEncoding, e) }
            encoding = known
        }
        let bytes = try Commands.readFile(path)
        let store = try Commands.openStore(a)
        let event = try store.resolveEvent(try Self.eventName(a))
        return (path, lang, encoding, bytes, store, event, try store.plan(event.id))
    }

    /// `import vehicles FILE [EVENT]`: the car company's list, added and updated by plate in one change.
    static func vehicles(_ a: ParsedArguments) throws {
        let (path, lang, encoding, bytes, store, event, plan) = try supplierList(a)
        let list = try VehicleList.read(bytes, file: path, encoding: encoding, sheet: a[.sheet],
                                        year: plan.event.firstDay.components.year, days: plan.journeyDays)
        let changes = list.changes(against: plan)
        var out = (list.rows.count == 1 ? VehicleWords.readAsOne : .readAs)
            .text(lang, list.file, list.headerLine, list.rows.count) + "\n"
        for p in list.problems {
            out += "\(list.file):\(p.line): \(p.column): " + p.reason(lang) + "\n"
        }
        var added = 0, updated = 0
        for change in changes {
            guard case .vehicle(let before, let after?) = change else { continue }
            let v = after.vehicle
            if let old = before?.vehicle {
                updated += 1
                out += VehicleWords.updated.text(lang, v.plate, VehicleReport.differences(old, v, lang)) + "\n"
            } else {
                added += 1
                out += VehicleWords.added.text(lang, v.plate, v.kind.label(lang), v.seats) + "\n"
            }
        }
        let unchanged = list.rows.count - changes.count
        if unchanged > 0 {
            out += Plural(one: VehicleWords.unchangedOne, other: .unchanged).text(lang, unchanged) + "\n"
        }
        let rejected = Set(list.problems.filter(\.rejected).map(\.line)).count
        if rejected > 0 { out += Plural(one: VehicleWords.rejectedOne, other: .rejected).text(lang, rejected) + "\n" }
        if list.rows.isEmpty {
            out += VehicleWords.noneImported.text(lang) + "\n"
        } else if a.has(.dryRun) {
            out += VehicleWords.dryRun.text(lang) + "\n"
        } else if changes.isEmpty {
            out += VehicleWords.nothingToChange.text(lang) + "\n"
        } else {
            let name = (path as NSString).lastPathComponent
            let note = ChangeNote(.importVehicles, [.vehiclesImported(source: name, new: added, updated: updated)])
            try store.apply(changes, event: event.id, note: note, logEach: false)
            out += VehicleWords.importedInto.text(lang, event.key) + "\n"
        }
        // Each line made safe for the terminal: names come from the company's file.
        print(out.split(separator: "\n").map { Sanitize.forTerminal(String($0)) + "\n" }.joined(), terminator: "")
        if list.rows.isEmpty { throw CLI.ExitStatus(code: 1) }
    }

    /// `import rooms FILE [EVENT]`: a hotel's confirmation, blocks added and updated in one change.
    static func rooms(_ a: ParsedArguments) throws {
        let (path, lang, encoding, bytes, store, event, plan) = try supplierList(a)
        let list = try RoomList.read(bytes, file: path, encoding: encoding, sheet: a[.sheet],
                                     year: plan.event.firstDay.components.year)
        let hotels = list.newHotels(against: plan)
        let changes = list.changes(against: plan)
        var out = RoomListWords.readAs.text(lang, list.file, list.headerLine, list.read) + "\n"
        for p in list.problems {
            out += "\(list.file):\(p.line): \(p.column): " + p.reason(lang) + "\n"
        }
        let others = list.otherColumns
        if !others.isEmpty {
            out += RoomListWords.otherColumns.text(lang, others.joined(separator: CoreWords.listSeparator.text(lang)))
                + "\n"
        }
        // A hotel no site is has only new blocks: each is made when the list is imported.
        for h in hotels { out += RoomListWords.newHotel.text(lang, h) + "\n" }
        func hotel(_ id: ID<Site>) -> String {
            id.raw < 0 ? hotels[-1 - id.raw] : plan.sites.first { $0.id == id }?.name ?? "?"
        }
        var added = 0, updated = 0
        for change in changes {
            guard case .roomBlock(let before, let after?) = change else { continue }
            let b = after.block
            let what = RoomList.kind(b, lang)
            if let old = before?.block {
                updated += 1
                out += RoomListWords.updated.text(lang, hotel(b.hotel), what, RoomList.summary(old, lang),
                                                  RoomList.summary(b, lang)) + "\n"
            } else {
                added += 1
                out += RoomListWords.added.text(lang, hotel(b.hotel), what, RoomList.summary(b, lang)) + "\n"
            }
            if !b.notes.isEmpty && b.notes != before?.block.notes {
                out += RoomListWords.notesKept.text(lang, hotel(b.hotel), what, b.notes) + "\n"
            }
        }
        for a in RoomList.gone(changes, plan) {
            let names = plan.people.first { $0.id == a.person }?.name ?? "?"
            let hotelName = plan.roomBlocks.first { $0.id == a.block }.map { hotel($0.hotel) } ?? "?"
            out += RoomListWords.roomGone.text(lang, a.room, hotelName, names) + "\n"
        }
        for case .roomBlock(let before?, let after?) in changes
        where !before.block.isNumbered && after.block.isNumbered {
            let b = after.block
            let what = RoomList.kind(b, lang)
            out += RoomListWords.numberedCount.text(lang, hotel(b.hotel), what) + "\n"
        }
        for (a, moved) in RoomList.renumbered(changes, plan) {
            let name = plan.people.first { $0.id == a.person }?.name ?? "?"
            guard let block = plan.roomBlocks.first(where: { $0.id == a.block }) else { continue }
            let label = plan.roomLabel(block: block, room: a.room, lang)
            out += (moved.map { RoomListWords.renumbered.text(lang, name, hotel(block.hotel), label, $0.room) }
                ?? RoomListWords.renumberGone.text(lang, name, hotel(block.hotel), label)) + "\n"
        }
        let blocks = list.blocks(against: plan).count, blockChanges = added + updated
        if blocks > blockChanges {
            out += Plural(one: RoomListWords.unchangedOne, other: .unchanged).text(lang, blocks - blockChanges) + "\n"
        }
        let rejected = Set(list.problems.filter(\.rejected).map(\.line)).count
        if rejected > 0 { out += Plural(one: RoomListWords.rejectedOne, other: .rejected).text(lang, rejected) + "\n" }
        if list.rows.isEmpty {
            out += RoomListWords.noneImported.text(lang) + "\n"
        } else if changes.isEmpty {
            out += RoomListWords.nothingToChange.text(lang) + "\n"
        } else if a.has(.dryRun) {
            out += RoomListWords.dryRun.text(lang) + "\n"
        } else {
            let name = (path as NSString).lastPathComponent
            let note = ChangeNote(.importRooms, [.roomBlocksImported(source: name, new: added, updated: updated,
                                                                      hotels: hotels.count)])
            try store.importRooms(changes, newHotels: hotels, event: event.id, note: note)
            out += RoomListWords.importedInto.text(lang, event.key) + "\n"
        }
        print(out.split(separator: "\n").map { Sanitize.forTerminal(String($0)) + "\n" }.joined(), terminator: "")
        if list.rows.isEmpty { throw CLI.ExitStatus(code: 1) }
    }

    static func schedule(_ a: ParsedArguments) throws {
        if a.positionals.count > 2 { throw a.usage(.scheduleTakesNoEvent, a.positionals[2]) }
        let path = a.positionals[1]
        let imported = try ScheduleImport.read(try Commands.readFile(path), file: path, key: a[.scheduleID])
        let lang = try CLI.language(a)
        for w in imported.warnings.prefix(50) {
            printError(CLIWords.scheduleWarning.text(lang, Sanitize.forTerminal(w.description)))
        }
        if imported.warnings.count > 50 {
            let more = Plural(one: CLIWords.moreWarningsOne, other: .moreWarnings)
            printError(more.text(lang, imported.warnings.count - 50))
        }
        let store = try Commands.openStore(a, creating: true)
        let loaded: Store.Loaded
        do {
            loaded = try store.load(imported.plan, replace: a.has(.scheduleReplace))
        } catch let e as SQLiteError where !e.isBusy && !e.isFull && !e.isReadOnly {
            printError(CLIWords.loadRefused.text(lang, path, e.message))
            throw CLI.ExitStatus(code: 1)
        }
        let stored = loaded.plan
        let timed = stored.sessions.filter { $0.start != nil }.count
        print(
            CLIWords.scheduleImported.text(
                lang, stored.event.key, Sanitize.forTerminal(stored.event.name), stored.sessions.count, timed,
                stored.rooms.count, stored.people.count,
                Plural(one: CLIWords.warningsOne, other: .warningsOther).text(lang, imported.warnings.count)))
        // The same published schedule imported again under another --id: its GUIDs are the first's.
        if !loaded.renewed.isEmpty { print(Commands.renewedLine(loaded.renewed, path: path, lang)) }
        print(CLIWords.next.text(lang, "confplan check \(stored.event.key)"))
    }

    /// `12,000 / 100,000 rows · 40,000 rows/s · 2 s left` on stderr, redrawn in place.
    final class Progress {
        let enabled: Bool
        let lang: Language
        let started = Date()
        var shown = false
        init(enabled: Bool, _ lang: Language) { (self.enabled, self.lang) = (enabled, lang) }

        func update(_ done: Int, _ total: Int) {
            guard enabled, total > 0 else { return }
            let elapsed = Date().timeIntervalSince(started)
            guard elapsed > 0.3 || shown else { return }
            shown = true
            let rate = Double(done) / max(elapsed, 0.001)
            let left = Int((Double(total - done) / max(rate, 1)).rounded(.up))
            let line = "\r  " + CLIWords.importProgress.text(lang, done, total, Int(rate), left) + "  "
            FileHandle.standardError.write(Data(line.utf8))
        }

        func finish() {
            if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        }
    }
}

