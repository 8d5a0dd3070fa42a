import Interchange
import PlanningCore

/// Finding a person at the desk as fast as staff type: every way a person may be asked for
/// (any tail of the name, full pinyin, initials, the organisation from any of its first
/// characters, the phone, its last four digits, the check-in code) as a key in one sorted
/// table, so each keystroke is a binary search and a short walk, not a pass over 100,000
/// people.
public struct DeskIndex: Sendable {
    public private(set) var people: [Person]
    /// People added after the table was sorted (walk-ins): few, so their keys are walked.
    private var extras: [(keys: [String], who: Int)] = []
    /// All keys, lower-cased UTF-8, end to end; `starts[i]..<starts[i + 1]` is key i.
    private var arena: [UInt8] = []
    private var starts: [Int32] = [0]
    private var owner: [Int32] = []
    /// Key numbers in the keys' byte order.
    private var order: [Int32] = []
    private var byCode: [String: [Int32]] = [:]

    /// Organisations are found from any of their first characters (`职业技术学院` finds every
    /// college, `德阳` the 德阳 ones), names from any.
    static let organisationStarts = 8

    /// `aliases`: check-in codes of people merged into others, by the kept person's uid.
    public init(people: [Person], aliases: [String: String] = [:]) {
        self.people = people
        let pinyin = Pinyin.shared
        var byUID: [String: [String]] = [:]
        for (code, uid) in aliases { byUID[uid, default: []].append(code) }
        for (i, p) in people.enumerated() {
            let who = Int32(i)
            byCode[CheckInCode.of(uid: p.uid), default: []].append(who)
            for code in byUID[p.uid] ?? [] { byCode[code, default: []].append(who) }
            for key in Self.keys(p, pinyin) {
                arena.append(contentsOf: key.utf8)
                starts.append(Int32(arena.count))
                owner.append(who)
            }
        }
        order = Array(0..<Int32(owner.count))
        let (arena, starts) = (self.arena, self.starts)
        order.sort { a, b in
            arena.withUnsafeBufferPointer { bytes in
                Self.compare(bytes, Int(starts[Int(a)]), Int(starts[Int(a) + 1]), bytes,
                             Int(starts[Int(b)]), Int(starts[Int(b) + 1])) < 0
            }
        }
    }

    static func keys(_ p: Person, _ pinyin: Pinyin, withCode: Bool = true) -> Set<String> {
        var keys: Set<String> = []
        let name = p.name.lowercased().filter { !$0.isWhitespace }
        for start in name.indices { keys.insert(String(name[start...])) }
        // A German name as typed without umlauts: Weiß by weiss, Jürgen by jurgen and juergen.
        if name.unicodeScalars.contains(where: { $0.value >= 0xC0 && $0.value < 0x250 }) {
            for variant in [TextFolding.withoutMarks(name), TextFolding.transliterated(name)] where variant != name {
                for start in variant.indices { keys.insert(String(variant[start...])) }
            }
        }
        for part in pinyin.nameSearchKey(p.name).split(separator: "\u{1}") where !part.isEmpty {
            keys.insert(String(part).filter { !$0.isWhitespace })
        }
        let org = p.organisation.lowercased().filter { !$0.isWhitespace }
        for start in org.indices.prefix(Self.organisationStarts) { keys.insert(String(org[start...])) }
        let digits = p.phone.filter(\.isNumber)
        if !digits.isEmpty {
            keys.insert(digits)
            if digits.count > 4 { keys.insert(String(digits.suffix(4))) }
        }
        if withCode { keys.insert(CheckInCode.of(uid: p.uid).lowercased()) }
        return keys
    }

    /// Whether `place` was found for `query` only through a check-in code (theirs, or a badge
    /// merged into them), not anything a person reads: `ww` finds codes starting WW, and the
    /// desk says so rather than list people with no w in their name unexplained.
    public func foundOnlyByCode(_ query: String, _ place: Int) -> Bool {
        let text = Self.searchText(query)
        guard !text.isEmpty else { return false }
        let p = people[place]
        let byCode = code(query).contains(place) || CheckInCode.of(uid: p.uid).lowercased().hasPrefix(text)
        return byCode && !Self.keys(p, Pinyin.shared, withCode: false).contains { $0.hasPrefix(text) }
    }

    /// The index with one more person, found by every key like the rest.
    public func adding(_ person: Person) -> DeskIndex {
        var copy = self
        copy.people.append(person)
        let who = copy.people.count - 1
        copy.extras.append((Array(Self.keys(person, Pinyin.shared)), who))
        copy.byCode[CheckInCode.of(uid: person.uid), default: []].append(Int32(who))
        return copy
    }

    /// The people a check-in code belongs to.
    public func code(_ text: String) -> [Int] { (byCode[CheckInCode.normalised(text)] ?? []).map(Int.init) }

    /// Up to `limit` people whose keys start with `query` (a code first), and whether there
    /// were more.
    public func search(_ query: String, limit: Int = 50) -> (found: [Int], more: Bool) {
        let text = Self.searchText(query)
        let q = Array(text.utf8)
        guard !q.isEmpty else { return ([], false) }
        var found = code(query)
        var seen = Set(found)
        var more = false
        arena.withUnsafeBufferPointer { bytes in
            q.withUnsafeBufferPointer { needle in
                var low = 0, high = order.count
                while low < high {
                    let mid = (low + high) / 2, k = Int(order[mid])
                    if Self.compare(bytes, Int(starts[k]), Int(starts[k + 1]), needle, 0, needle.count) < 0 {
                        low = mid + 1
                    } else {
                        high = mid
                    }
                }
                var at = low
                while at < order.count {
                    let k = Int(order[at])
                    let start = Int(starts[k]), end = Int(starts[k + 1])
                    guard end - start >= needle.count,
                          Self.compare(bytes, start, start + needle.count, needle, 0, needle.count) == 0 else { break }
                    let who = Int(owner[k])
                    if seen.insert(who).inserted {
                        if found.count == limit { more = true; break }
                        found.append(who)
                    }
                    at += 1
                }
            }
        }
        for extra in extras where !seen.contains(extra.who) && extra.keys.contains(where: { $0.hasPrefix(text) }) {
            if found.count == limit { more = true; break }
            found.append(extra.who)
            seen.insert(extra.who)
        }
        return (found, more)
    }

    /// A query as the keys are written: lower case without spaces, a phone as its digits.
    static func searchText(_ query: String) -> String {
        var text = query.lowercased().filter { !$0.isWhitespace }
        // A phone as people read it out or a list prints it: +86 139-0000-1234.
        if text.contains(where: \.isNumber), text.allSatisfy({ $0.isNumber || "+-().".contains($0) }) {
            // Read as the import reads it once whole (`+49 (0)171 …` is stored without its (0)).
            if case .ok(let stored) = PhoneNumber.read(text), !stored.isEmpty { text = stored }
            text = text.filter(\.isNumber)
            if text.hasPrefix("86") && text.count == 13 { text.removeFirst(2) }
        }
        return text
    }

    static func compare(_ a: UnsafeBufferPointer<UInt8>, _ a0: Int, _ a1: Int, _ b: UnsafeBufferPointer<UInt8>,
                        _ b0: Int, _ b1: Int) -> Int {
        let n = min(a1 - a0, b1 - b0)
        var i = 0
        while i < n {
            let x = a[a0 + i], y = b[b0 + i]
            if x != y { return x < y ? -1 : 1 }
            i += 1
        }
        return (a1 - a0) - (b1 - b0)
    }
}
