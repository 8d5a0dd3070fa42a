import PlanningCore

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
                flash = (DeskWords.checkedIn.text(language, name), true)
                query = ""
                search()
            case .success(.already(let record)):
                flash = (DeskWords.already.text(language, name, clock(record.at), record.desk), false)
            case .failure(let f): flash = (DeskWords.failed.text(language, f.text(language)), false)
            }
        case .undone(let name, let result):
            switch result {
            case .success: flash = (DeskWords.undone.text(language, name), true)
            case .failure(let f): flash = (DeskWords.failed.text(language, f.text(language)), false)
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
                return [.checkIn(walkIn.person.id, items: items(place))]
            case .failure(let f): flash = (DeskWords.failed.text(language, f.text(language)), false)
            }
        }
        return []
    }

    private mutating func lookup(_ key: Key) -> [DeskEffect] {
        switch key {
        case .resize(let w, let h): (width, height) = (w, h)
        case .ctrl("c"), .ctrl("q"): quit = true
        case .char(let c):
            query.append(c)
            search()
            flash = nil
        case .backspace:
            if !query.isEmpty { query.removeLast() }
            search()
        case .ctrl("u"), .escape:
            query = ""
            search()
        case .up: chosen = max(0, chosen - 1); ticked = []
        case .down: chosen = min(max(0, found.count - 1), chosen + 1); ticked = []
        case .function(let n):
            guard let place = chosenPlace, n >= 1, n <= items(place).count else { break }
            if ticked.remove(n - 1) == nil { ticked.insert(n - 1) }
        case .enter:
            // A scanner types the code and Enter: one person with that code is checked in at
            // once, handed the usual pack, even after something half typed before the scan.
            var byCode = index.code(query)
            if byCode.isEmpty, query.count > 8 { byCode = index.code(String(query.suffix(8))) }
            if byCode.count == 1, let place = byCode.first {
                return [.checkIn(index.people[place].id, items: items(place))]
            }
            if byCode.count > 1 { flash = (DeskWords.ambiguous.text(language, query, byCode.count), false) }
            guard let place = chosenPlace else {
                if !query.isEmpty && byCode.isEmpty { flash = (DeskWords.nobody.text(language, query), false) }
                break
            }
            let handed = items(place).enumerated().filter { ticked.contains($0.offset) }.map(\.element)
            return [.checkIn(index.people[place].id, items: handed)]
        case .ctrl("n"):
            form = DeskForm.walkIn(name: query)
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
        case .tab, .down: f.focus = (f.focus + 1) % f.values.count
        case .backTab, .up: f.focus = (f.focus + f.values.count - 1) % f.values.count
        case .char(let c): f.values[f.focus].append(c)
        case .backspace: if !f.values[f.focus].isEmpty { f.values[f.focus].removeLast() }
        case .ctrl("u"): f.values[f.focus] = ""
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
                var row = AttendeeRow(line: 1)
                (row.name, row.organisation) = (values[0], values[1])
                if case .ok(let phone) = PhoneNumber.read(values[2]) { row.phone = phone }
                row.category = values[3]
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
