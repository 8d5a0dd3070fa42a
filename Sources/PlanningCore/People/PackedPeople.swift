/// People an import makes, with their registrations, packed into one buffer: a list of a
/// million rows would otherwise hold a million persons of a dozen texts each (about 300 bytes
/// apiece before the texts), several times the file it came from. A person is unpacked when
/// read, which the matcher does only for the few rows that meet someone the list already made.
///
/// Only what an import sets is packed (the texts, the notice language, category and sign-ups);
/// a person whose other fields were changed is kept whole beside the buffer.
public struct PackedPeople: RandomAccessCollection, Sendable {
    public typealias Element = (person: Person, registration: Registration)

    private var bytes: [UInt8] = []
    private var starts: [Int] = []
    /// People that cannot be packed (a field an import never sets is not its default).
    private var whole: [Int: Element] = [:]

    public init() {}

    public var startIndex: Int { 0 }
    public var endIndex: Int { starts.count }

    public subscript(i: Int) -> Element {
        get { whole[i] ?? unpack(from: starts[i]) }
        set {
            if Self.packable(newValue.person) {
                whole[i] = nil
                starts[i] = bytes.count
                pack(newValue)
            } else {
                whole[i] = newValue
            }
        }
    }

    /// Only the UID (the second text), for listing everyone without unpacking them.
    public func uid(_ i: Int) -> String {
        if let e = whole[i] { return e.person.uid }
        return bytes.withUnsafeBufferPointer { b in
            var r = PackReader(bytes: b, at: starts[i])
            r.skipText()
            return r.text()
        }
    }

    public mutating func append(_ e: Element) {
        starts.append(bytes.count)
        if Self.packable(e.person) { pack(e) } else { whole[starts.count - 1] = e }
    }

    public mutating func reserveCapacity(_ n: Int, bytesEach: Int = 128) {
        starts.reserveCapacity(n)
        bytes.reserveCapacity(n * bytesEach)
    }

    /// The fields a new person has before any import sets them; anything else is kept whole.
    private static func packable(_ p: Person) -> Bool {
        p.id == ID(0) && p.orgType == .other && p.vipLevel == 0 && p.availability.isEmpty && p.badge == nil
    }

    private mutating func pack(_ e: Element) {
        let p = e.person
        for text in [p.key, p.uid, p.name, p.organisation, p.title, p.phone, p.email, p.province, p.city, p.gender,
                     p.notes, p.language ?? "", e.registration.category] {
            bytes.putText(text)
        }
        bytes.append(p.language == nil ? 0 : 1)
        bytes.putNumber(e.registration.signups.count)
        for s in e.registration.signups { bytes.putNumber(s.raw) }
    }

    private func unpack(from start: Int) -> Element {
        bytes.withUnsafeBufferPointer { b in
            var r = PackReader(bytes: b, at: start)
            let key = r.text(), uid = r.text(), name = r.text()
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
