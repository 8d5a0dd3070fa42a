import Foundation
import PlanningCore
import Print

/// What the desk asks of the store; the runner answers each with a `DeskMessage`.
public enum DeskEffect: Equatable, Sendable {
    case checkIn(ID<Person>, items: [String])
    case undo(checkIn: Int, name: String, reason: String)
    /// A walk-in's row, matched like an imported list's (a registered person is found, not doubled).
    case walkIn(AttendeeRow)
    /// Take in what other desks recorded since the last look.
    case poll
}

public enum DeskMessage: Sendable {
    case key(Key)
    case checkedIn(ID<Person>, Result<CheckInOutcome, StoreFailure>)
    case undone(name: String, Result<Void, StoreFailure>)
    case taken([CheckIn], strangers: [(Person, String)])
    case walkedIn(Result<(person: Person, category: String), StoreFailure>)
    /// The clock moved on (the app says so every few hundred milliseconds): a banner times out.
    case time(Date)
}

extension DeskState {
    public mutating func receive(_ message: DeskMessage) -> [DeskEffect] {
        switch message {
        case .key(let key): return form == nil ? lookup(key) : formKey(key)
        case .checkedIn(let id, let result):
            let name = places[id].map { index.people[$0].name } ?? ""
            switch result {
            case .success(.done(let record)):
                takeIn([record])
                if walkIn == id, let badge = badges[id] {
                    flash = (DeskWords.walkInCheckedIn.text(language, name, PrintLists.badgeNumber(badge)), true)
                } else {
                    flash = (DeskWords.checkedIn.text(language, name), true)
                }
                flashName = name
                query = ""
                search()
            case .success(.already(let record)):
                flash = (DeskWords.already.text(language, name, clock(record.at), record.desk), false)
                // The scanned code would otherwise lead the next name typed.
                query = ""
                search()
            case .failure(let f):
                flash = (DeskWords.failed.text(language, f.text(language)), false)
                flashStays = true
            }
            walkIn = nil
        case .undone(let name, let result):
            switch result {
            case .success:
                flash = (DeskWords.undone.text(language, name), true)
                flashName = name
            case .failure(let f):
                flash = (DeskWords.failed.text(language, f.text(language)), false)
                flashStays = true
            }
            return [.poll]
        case .taken(let records, let strangers):
            for (person, category) in strangers { _ = add(person, category: category) }
            takeIn(records)
        case .walkedIn(let result):
            switch result {
            case .success(let walkIn):
                let place = add(walkIn.person, category: walkIn.category)
                flash = (DeskWords.walkedIn.text(language, walkIn.person.name), true)
                flashName = walkIn.person.name
                self.walkIn = walkIn.person.id
                return [.checkIn(walkIn.person.id, items: items(place))]
            case .failure(let f):
                flash = (DeskWords.failed.text(language, f.text(language)), false)
                flashStays = true
            }
        case .time(let date):
            now = date
            if let at = flashAt, !flashStays, date.timeIntervalSince(at) >= Self.flashSeconds {
                let good = flash?.good ?? false
                flash = nil
                // Back to the empty search: nothing of the last person stays on screen.
                if good && form == nil {
                    query = ""
                    search()
                }
            }
        }
        return []
    }

    private mutating func lookup(_ key: Key) -> [DeskEffect] {
        // Any key takes the banner down: it was for the last person. Not an Enter on the empty
        // input, which does nothing: a scanner ending a code with CR LF sends two Enters.
        switch key {
        case .resize: break
        case .enter where query.isEmpty: break
        default: flash = nil
        }
        switch key {
        case .resize(let w, let h): (width, height) = (w, h)
        case .ctrl("c"), .ctrl("q"): quit = true
        case .tab: panel.toggle()
        case .char(let c):
            // Typing (or a scan) is always a search, whatever is shown.
            panel = false
            query.append(c)
            search()
        case .backspace:
            if !query.isEmpty { query.removeLast() }
            search()
        case .ctrl("u"), .escape:
            query = ""
            search()
        case .up, .down:
            chosen = key == .up ? max(0, chosen - 1) : min(max(0, found.count - 1), chosen + 1)
            ticked = chosenPlace.map(usualTicks) ?? []
        case .function(let n):
            guard let place = chosenPlace, n >= 1, n <= items(place).count else { break }
            if ticked.remove(n - 1) == nil { ticked.insert(n - 1) }
        case .enter:
            // A scanner types the code and Enter: its person came up with the usual pack ticked
            // (`search`), so a scan checks in at once with what the screen showed, like a search.
            let byCode = scanned
            if byCode.count > 1 { flash = (DeskWords.ambiguous.text(language, query, byCode.count), false) }
            guard let place = chosenPlace else {
                if !query.isEmpty && byCode.isEmpty { flash = (DeskWords.nobody.text(language, query), false) }
                break
            }
            return [.checkIn(index.people[place].id, items: handedOver)]
        case .ctrl("n"):
            form = DeskForm.walkIn(name: query, categories: eventCategories, language: language)
        case .ctrl("d"):
            guard let place = chosenPlace else { break }
            guard let record = arrived[place] else {
                flash = (DeskWords.nothingToUndo.text(language, index.people[place].name), false)
                break
            }
            form = DeskForm(purpose: .undo(checkIn: record.id, name: index.people[place].name),
                            labels: [.fieldReason], values: [""])
        default: break
        }
        return []
    }

    private mutating func formKey(_ key: Key) -> [DeskEffect] {
        guard var f = form else { return [] }
        f.error = nil  // said for the values as they were; any key may have mended them
        switch key {
        case .resize(let w, let h): (width, height) = (w, h)
        case .ctrl("c"): quit = true
        case .escape: form = nil; return []
        // In the category field ↑↓ choose among the categories offered; Tab leaves it.
        case .down where f.focus == DeskForm.categoryField && !f.offered.isEmpty:
            f.pick = f.chose ? min(f.pick + 1, f.offered.count - 1) : f.pick
            f.chose = true
        case .up where f.focus == DeskForm.categoryField && !f.offered.isEmpty:
            f.pick = max(f.pick - 1, 0)
            f.chose = true
        case .tab, .down: f.focus = (f.focus + 1) % f.values.count
        case .backTab, .up: f.focus = (f.focus + f.values.count - 1) % f.values.count
        case .char(let c): f.values[f.focus].append(c); f.pick = 0
        case .backspace: if !f.values[f.focus].isEmpty { f.values[f.focus].removeLast() }; f.pick = 0
        case .ctrl("u"): f.values[f.focus] = ""; f.pick = 0; f.chose = false
        case .enter:
            let values = f.values.map { $0.trimmingCharacters(in: .whitespaces) }
            switch f.purpose {
            case .undo(let id, let name):
                form = nil
                return [.undo(checkIn: id, name: name, reason: values[0])]
            case .walkIn:
                guard !values[0].isEmpty else {
                    flash = (DeskWords.needsName.text(language), false)
                    return []
                }
                if let problem = PhoneWords.problem(values[2], language) {
                    f.error = problem
                    f.focus = 2
                    form = f
                    return []
                }
                let typed = values[DeskForm.categoryField]
                let offered = f.offered
                var category = ""
                if !f.picking {
                    category = ""  // the importer's default, as for a list without the column
                } else if !offered.isEmpty {
                    category = offered[min(f.pick, offered.count - 1)]
                } else if f.newCategory == typed {
                    category = typed
                } else {
                    // Not one of the event's: said, and taken only at a second Enter.
                    f.newCategory = typed
                    f.error = DeskWords.newCategory.text(language, typed)
                    f.focus = DeskForm.categoryField
                    form = f
                    return []
                }
                var row = AttendeeRow(line: 1)
                (row.name, row.organisation) = (values[0], values[1])
                if case .ok(let phone) = PhoneNumber.read(values[2]) { row.phone = phone }
                row.category = category
                form = nil
                query = ""
                search()
                return [.walkIn(row)]
            }
        default: break
        }
        form = f
        return []
    }
}
