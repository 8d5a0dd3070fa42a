import Print
import Interchange
import PlanningCore

/// What a choice in a pick list stands for, typed: the save step reads it as it is, never
/// parses it back out of a string.
enum ChoiceValue: Hashable {
    /// No room, every track, nobody, "as its kind says".
    case none
    case room(ID<Room>), site(ID<Site>), session(ID<Session>), person(ID<Person>)
    case kind(SessionKind), status(SessionStatus), role(RoleKind), orgType(OrgType), feature(RoomFeature)
    case category(RegistrationCategory), language(LanguageName)
    case flag(Bool)
    /// One of a session's roles: who, and as what.
    case roleOf(ID<Person>, RoleKind)
    case track(String)
    case export(ExportKind), scope(ExportScope)
    /// Badges, table cards or a sign-in sheet, as PDF or a workbook.
    case printout(PrintKind, PrintKind.Format)
    /// 接站表, 送站表, 乘车表 (issue 35), or with no list the passengers' and drivers' notices.
    case transport(TransportListKind?, PrintKind.Format)
    case code(FindingCode)
    case run(ID<Run>), vehicle(ID<Vehicle>), vehicleKind(VehicleKind), runKind(RunKind), travelMode(TravelMode)
    /// A meal's banquet export and its file's ending (txt, csv, xlsx, pdf).
    case banquet(BanquetExport.Kind, String)
    /// A room of a block (its number or ordinal), what a guest asks for, a kind of room.
    case roomSlot(ID<RoomBlock>, String), stayNeed(StayNeed), roomType(RoomType), roomBlock(ID<RoomBlock>)
    /// The 分房表 or the room-nights, as a file (`RoomingFile`).
    case rooming(RoomingFile)
}

/// How much of the event an export covers.
enum ExportScope: Hashable {
    case whole, day(Int), track(String), person(ID<Person>), room(ID<Room>)
    /// One session: its people for badges and a sign-in sheet, its rostrum for table cards.
    case session(ID<Session>)
}

struct Choice: Equatable {
    var label: String
    var value: ChoiceValue
}

/// The fields of one form, in the order it shows them: a field is found by its case (never
/// by a name that might not be there), its position being its raw value.
protocol FieldSet: RawRepresentable<Int>, CaseIterable {}

enum FieldKind: Equatable {
    case text, number, date, time
    /// A file's path: Tab completes it.
    case path
    case choice([Choice], allowsNew: Bool)
    case multi([Choice])
}

/// One labelled field. Text is kept as characters so the cursor moves, and backspace removes,
/// one whole character (a Chinese character, an emoji with its modifiers).
struct FormField: Equatable {
    var label: UIWords
    var kind: FieldKind
    var text: [Character] = []
    var cursor = 0
    var required = false
    /// Choice fields: the chosen value; multi: the chosen values in order.
    var chosen: ChoiceValue?
    var picked: [ChoiceValue] = []
    var highlight = 0
    var error: String?
    /// The person typed in this field (a file name they chose is not replaced by the default).
    var typed = false

    init(_ label: UIWords, _ kind: FieldKind, text: String = "", required: Bool = false, chosen: ChoiceValue? = nil,
         picked: [ChoiceValue] = []) {
        self.label = label
        self.kind = kind
        self.text = Array(text)
        cursor = self.text.count
        self.required = required
        self.chosen = chosen
        self.picked = picked
    }

    var string: String { String(text).trimmingCharacters(in: .whitespaces) }

    var choices: [Choice] {
        switch kind {
        case .choice(let c, _), .multi(let c): return c
        default: return []
        }
    }

    /// Nothing chosen or typed: a required field says so at save.
    var isEmpty: Bool {
        switch kind {
        case .choice(_, let allowsNew): chosen == nil && !(allowsNew && !string.isEmpty)
        case .multi: picked.isEmpty && string.isEmpty
        default: string.isEmpty
        }
    }

    /// Typed as text (not chosen from a list): the cursor shows in it.
    var isTyped: Bool { [.text, .number, .date, .time, .path].contains(kind) }

    var isPicker: Bool { !choices.isEmpty || { if case .choice(_, true) = kind { return true }; return false }() }

    /// Choices matching what was typed: substring, pinyin or initials.
    var filtered: [Choice] {
        let q = string.lowercased()
        guard !q.isEmpty else { return choices }
        return choices.filter { Pinyin.shared.searchKey($0.label).contains(q) }
    }

    /// What the field shows when not being edited, a list of choices joined as `language` joins them.
    func display(_ language: Language) -> String {
        switch kind {
        case .choice(let c, _):
            if let chosen, let hit = c.first(where: { $0.value == chosen }) { return hit.label }
            return string
        case .multi(let c):
            let labels = picked.compactMap { v in c.first { $0.value == v }?.label }
            return labels.joined(separator: UIWords.listSeparator.text(language))
        default:
            return String(text)
        }
    }

    mutating func type(_ c: Character) {
        if case .multi = kind, c == " " {
            let f = filtered
            guard highlight < f.count else { return }
            let v = f[highlight].value
            if let i = picked.firstIndex(of: v) { picked.remove(at: i) } else { picked.append(v) }
            return
        }
        text.insert(c, at: cursor)
        cursor += 1
        if isPicker { highlight = 0; follow() }
    }

    mutating func backspace() {
        guard cursor > 0 else { return }
        text.remove(at: cursor - 1)
        cursor -= 1
        if isPicker { highlight = 0; follow() }
    }

    mutating func deleteForward() {
        guard cursor < text.count else { return }
        text.remove(at: cursor)
    }

    mutating func move(_ by: Int) { cursor = max(0, min(text.count, cursor + by)) }

    mutating func moveHighlight(_ by: Int) {
        let n = filtered.count
        guard n > 0 else { return }
        highlight = max(0, min(n - 1, highlight + by))
        follow()
    }

    /// A single choice follows the highlight, so what is seen is what is saved.
    private mutating func follow() {
        guard case .choice(_, let allowsNew) = kind else { return }
        let f = filtered
        if highlight < f.count {
            chosen = f[highlight].value
        } else if allowsNew && !string.isEmpty {
            chosen = nil
        } else if f.isEmpty {
            chosen = nil
        }
    }
}

/// What saving the form does.
enum FormPurpose: Equatable {
    case addSession, editSession(ID<Session>), addRoom, editRoom(ID<Room>), addSpeaker, editPerson(ID<Person>)
    case addAttendee, editAttendee(ID<Person>), addRole(ID<Session>), removeRole(ID<Session>), acknowledge(String)
    case importFile, gridTrack, gridPerson, export, findingCode, release
    /// The Transport pane's: a vehicle, a run, a person's journey, a passenger moved to another
    /// run (from the run named) or taken off one.
    case addVehicle, editVehicle(ID<Vehicle>), addRun, editRun(ID<Run>), trip(ID<Person>?)
    case movePassenger(from: ID<Run>?), removePassenger(ID<Run>)
    /// The Rooms pane's: a guest's stay, a guest into a room, two guests' rooms swapped, a block
    /// added or edited, and which of a hotel's blocks to edit or delete.
    case stay(ID<Person>?), room(ID<Person>), swapRooms(ID<Person>), addRoomBlock, editRoomBlock(ID<RoomBlock>)
    case chooseRoomBlock(delete: Bool)
}

struct Form: Equatable {
    var title: UIWords
    var purpose: FormPurpose
    var fields: [FormField]
    var focus = 0
    /// The event as it was when an edit form opened: what the save says it changes, so an
    /// edit saved after others' changes arrived is checked against what the person saw.
    var original: EventPlan?
    /// Something was typed: quitting asks first.
    var edited = false
    /// The names Tab listed in the status line: the form's, gone when the form closes.
    var listed: String?

    subscript<F: FieldSet>(_ field: F) -> FormField {
        get { fields[field.rawValue] }
        set { fields[field.rawValue] = newValue }
    }

    mutating func next(_ by: Int) { focus = (focus + by + fields.count) % fields.count }
}
