/// What an event remembers of earlier imports and merges, for matching a list that comes again:
/// offices send the same cumulative list every day, and each copy must update the people the
/// last one brought, not add them twice.
public struct ImportMemory: Sendable, Equatable {
    /// The people (by UID) a list from this source named before, each with the free notes
    /// (备注) it gave them, which the next list of the source replaces.
    public var fromSource: [String: String] = [:]
    /// People merged into others: their identifying values, under the kept person's UID, so a
    /// list that still names them finds the kept person.
    public var aliases: [Alias] = []
    /// The sub-forums this source's lists gave each person they named (by UID), which its next
    /// list may take away; others' (another list's, staff's) stay. Nil: not known (remembered
    /// before confplan kept them), and the list is the truth for all of the person's sub-forums.
    public var signupsFromSource: [String: [ID<Session>]]?

    public struct Alias: Hashable, Sendable {
        public var uid: String
        public var name: String
        public var organisation: String
        public var phone: String
        public var email: String

        public init(uid: String, name: String, organisation: String, phone: String, email: String) {
            (self.uid, self.name, self.organisation, self.phone, self.email) = (uid, name, organisation, phone, email)
        }
    }

    public init(fromSource: [String: String] = [:], aliases: [Alias] = [],
                signupsFromSource: [String: [ID<Session>]]? = nil) {
        self.fromSource = fromSource
        self.aliases = aliases
        self.signupsFromSource = signupsFromSource
    }
}

/// A column a list has, whatever its header: for the people the list names, the list is the
/// truth for these.
public enum ListColumn: String, Sendable, CaseIterable {
    case name, organisation, title, phone, email, category, province, city, gender, notes, language, signups
    case diet
}

/// How a list meets the people it names.
public struct ImportRules: Sendable {
    /// The list's source (its file name without dates and version marks); empty: none known.
    public var source = ""
    /// The columns the list has. Empty: every row only fills and adds (a list of unknown shape).
    public var columns: Set<ListColumn> = []
    /// Headers of the columns whose values the notes keep as `header：value`; the list's value
    /// replaces the person's for each.
    public var noteKeys: [String] = []
    /// Only add: a value the list leaves empty keeps the person's, sign-ups are added to.
    public var keepExisting = false
    /// Withdraw the registration of people an earlier list of the source named and this one does not.
    public var withdrawMissing = false
    public var memory = ImportMemory()
    /// Cells the reader could not take (a phone Excel mangled), by line: the person's value stays.
    public var unread: [Int: Set<ListColumn>] = [:]

    public init(source: String = "", columns: Set<ListColumn> = [], noteKeys: [String] = [],
                keepExisting: Bool = false, withdrawMissing: Bool = false, memory: ImportMemory = ImportMemory()) {
        self.source = source
        self.columns = columns
        self.noteKeys = noteKeys
        self.keepExisting = keepExisting
        self.withdrawMissing = withdrawMissing
        self.memory = memory
    }

    /// Whether a person the list's source named before takes its values as they are, empty ones included.
    var replaces: Bool { !columns.isEmpty && !keepExisting }

    /// The notes' parts (`；` between them) from a column of the list, as `header：value`.
    func isKeyed(_ part: Substring) -> Bool {
        noteKeys.contains { part.hasPrefix($0 + "：") }
    }

    /// The parts of a row's notes from the list's free 备注 column (not keyed by a column).
    func freeNotes(_ notes: String) -> String {
        Notes.parts(notes).filter { !isKeyed($0) }.joined(separator: Notes.separator)
    }

    /// A person's notes as a list of this source now gives them: the parts keyed by the list's
    /// columns and the free notes this source gave before are replaced by the row's; what staff
    /// wrote (or a merge set aside) stays.
    func replacingNotes(_ current: String, before: String?, with row: String) -> String {
        let old = Set(Notes.parts(before ?? "").map(String.init))
        func fromList(_ part: Substring) -> Bool {
            isKeyed(part) || (columns.contains(.notes) && old.contains(String(part)))
        }
        let parts = Notes.parts(current)
        let others = parts.filter { !fromList($0) }.map(String.init)
        var block: [String] = []
        for part in Notes.parts(row).map(String.init) where !block.contains(part) && !others.contains(part) {
            block.append(part)
        }
        // The list's parts go where its earlier ones were: two lists naming one person, imported
        // in turn, must not swap the order of the person's notes each time.
        var out: [String] = [], placed = false
        for part in parts {
            if !fromList(part) { out.append(String(part)) } else if !placed { out += block; placed = true }
        }
        if !placed { out += block }
        return out.joined(separator: Notes.separator)
    }
}

/// Notes are parts joined by `；`, as the import and a merge write them.
public enum Notes {
    public static let separator = "；"

    public static func parts(_ s: String) -> [Substring] {
        s.split(separator: separator, omittingEmptySubsequences: true)
    }
}

/// A row that fits several people equally (two 王伟 of one college and a row with neither's phone):
/// not attached to either, and staff are told.
public struct AmbiguousRow: Hashable, Sendable {
    public var line: Int
    public var name: String
    /// The people it fits: by key when in the event, by line when an earlier row of the list made them.
    public var candidates: [Candidate]

    public enum Candidate: Hashable, Sendable {
        case person(key: String)
        case line(Int)
    }
}

/// Someone an earlier list of the source named and this one does not.
public struct MissingPerson: Sendable {
    public var person: Person
    public var registration: Registration
}
