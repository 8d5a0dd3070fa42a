/// People an import makes, with their registrations, packed end to end in chunks: a list of a
/// million rows would otherwise hold a million persons of a dozen texts each (about 300 bytes
/// apiece before the texts), several times the file it came from. A person is unpacked when
/// read, which the matcher does only for the few rows that meet someone the list already made.
///
/// Only what an import sets is packed (the texts, the notice language, category and sign-ups);
/// a person whose other fields were changed is kept whole beside the buffer.
public struct PackedPeople: RandomAccessCollection, Sendable {
    public typealias Element = (person: Person, registration: Registration)

    private var bytes = ByteChunks()
    private var starts: [Int] = []
    private var scratch: [UInt8] = []
    /// People that cannot be packed (a field an import never sets is not its default).
    private var whole: [Int: Element] = [:]
    /// The family of the UIDs an import gives: a person whose key and UID are those of their
    /// number keeps only the number (a UID is 36 bytes, a third of a packed person).
    private let uids: StableUID.Family?
    /// The list whose rows made people as they stand (`appendRow`): such a person is kept as
    /// the row's place, their key's and UID's number, and made again of the row when read.
    var rows = AttendeeRows()

    public init(uids: StableUID.Family? = nil) { self.uids = uids }

    public var startIndex: Int { 0 }
    public var endIndex: Int { starts.count }

    public subscript(i: Int) -> Element {
        get { whole[i] ?? unpack(from: starts[i]) }
        set {
            if Self.packable(newValue.person) {
                whole[i] = nil
                starts[i] = pack(newValue.person, newValue.registration)
            } else {
                whole[i] = newValue
            }
        }
    }

    /// Only the UID (the second text), for listing everyone without unpacking them.
    public func uid(_ i: Int) -> String {
        if let e = whole[i] { return e.person.uid }
        return bytes.read(at: starts[i]) { r in
            if r.byte() != 0, let uids { return uids.uid(r.number()) }
            r.skipText()
            return r.text()
        }
    }

    /// The same UID appended to `out` as text, made without a string of its own.
    public func appendUID(_ i: Int, to out: inout [UInt8]) {
        if let e = whole[i] { return out.append(contentsOf: e.person.uid.utf8) }
        bytes.read(at: starts[i]) { r in
            if r.byte() != 0, let uids { return uids.appendUID(r.number(), to: &out) }
            r.skipText()
            out.append(contentsOf: r.textBytes())
        }
    }

    /// `made`: the number the person's key and UID were made from (`Roster.keys`, the family's
    /// UID), which spares making both again to check them: the matcher has just made them.
    public mutating func append(_ e: Element, madeFrom made: Int? = nil) {
        append(e.person, e.registration, madeFrom: made)
    }

    /// The same, borrowing the two: the matcher appends each new person it then hands on, and a
    /// tuple of them made a copy of every text of the person. With `made`, an empty UID is the
    /// family's of that number (the matcher leaves it for whoever wants its text).
    public mutating func append(_ p: borrowing Person, _ r: borrowing Registration, madeFrom made: Int? = nil) {
        if Self.packable(p) {
            starts.append(pack(p, r, madeFrom: made))
        } else {
            starts.append(0)
            var kept = copy p
            if kept.uid.isEmpty, let made, let uids { kept.uid = uids.uid(made) }
            whole[starts.count - 1] = (kept, copy r)
        }
    }

    /// A person who is row `row` of `rows` as it stands (`Roster.madePerson`), with the number
    /// and width of their key (and the number of their UID): a few bytes, not the row's texts again.
    mutating func appendRow(_ row: Int, number: Int, width: Int) {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(2)
        scratch.putNumber(number)
        scratch.putNumber(width)
        scratch.putNumber(row)
        starts.append(bytes.put(scratch))
    }

    public mutating func reserveCapacity(_ n: Int) { starts.reserveCapacity(n) }

    /// The number a key of the form `Roster.keys` makes, and its digits, when the UID is that number's.
    private func number(of p: borrowing Person) -> (Int, Int)? {
        guard let uids, p.key.utf8.first == Roster.keyLetter, let n = Int(p.key.dropFirst()), n >= 0,
              Roster.keyText(n, width: p.key.utf8.count - 1) == p.key, uids.uid(n) == p.uid
        else { return nil }
        return (n, p.key.utf8.count - 1)
    }

    /// The fields a new person has before any import sets them; anything else is kept whole.
    private static func packable(_ p: borrowing Person) -> Bool {
        p.id == ID(0) && p.orgType == .other && p.vipLevel == 0 && p.availability.isEmpty && p.badge == nil
            && p.diet == nil
    }

    private mutating func pack(_ p: borrowing Person, _ r: borrowing Registration, madeFrom made: Int? = nil) -> Int {
        scratch.removeAll(keepingCapacity: true)
        let numbered: (Int, Int)? = if let made, uids != nil { (made, p.key.utf8.count - 1) } else { number(of: p) }
        if let (n, width) = numbered {
            scratch.append(1)
            scratch.putNumber(n)
            scratch.putNumber(width)
        } else {
            scratch.append(0)
            scratch.putText(p.key)
            scratch.putText(p.uid)
        }
        // Field by field: an array of the eleven texts was made, retained and freed for every person.
        scratch.putText(p.name); scratch.putText(p.organisation); scratch.putText(p.title)
        scratch.putText(p.phone); scratch.putText(p.email); scratch.putText(p.province)
        scratch.putText(p.city); scratch.putText(p.gender); scratch.putText(p.notes)
        scratch.putText(p.language ?? ""); scratch.putText(r.category)
        scratch.append(p.language == nil ? 0 : 1)
        scratch.putNumber(r.signups.count)
        for s in r.signups { scratch.putNumber(s.raw) }
        return bytes.put(scratch)
    }

    private func unpack(from start: Int) -> Element {
        bytes.read(at: start) { r in
            let key: String, uid: String
            let kind = r.byte()
            if kind == 2, let uids {
                let n = r.number(), width = r.number()
                return Roster.madePerson(rows[r.number()], key: Roster.keyText(n, width: width), uid: uids.uid(n))
            }
            if kind == 1, let uids {
                let n = r.number()
                key = Roster.keyText(n, width: r.number())
                uid = uids.uid(n)
            } else {
                key = r.text()
                uid = r.text()
            }
            let name = r.text()
            var p = Person(id: ID(0), key: key, uid: uid, name: name)
            p.organisation = r.text()
            p.title = r.text()
            p.phone = r.text()
            p.email = r.text()
            p.province = r.text()
            p.city = r.text()
            p.gender = r.text()
            p.notes = r.text()
            let language = r.text(), category = r.text()
            p.language = r.byte() == 0 ? nil : language
            let count = r.number()
            var signups: [ID<Session>] = []
            signups.reserveCapacity(count)
            for _ in 0..<count { signups.append(ID(r.number())) }
            return (p, Registration(person: ID(0), category: category, signups: signups))
        }
    }
}
