import Codecs
import PlanningCore

/// A JSON value with the path and line it came from; every accessor names both when it fails.
struct Node {
    let value: JSONValue
    let path: String
    let line: Int
    let file: String

    func fail(_ message: String) -> InputError {
        InputError(file: file, line: line, field: path, message: message)
    }

    /// The same, in every language of the book: told in the reader's when it reaches them.
    func fail(_ said: (Language) -> String) -> InputError {
        var error = InputError(file: file, line: line, field: path, message: said(.en))
        for lang in Language.allCases { error.translations[lang.rawValue] = said(lang) }
        return error
    }

    /// How a value is shown in a message: strings quoted, long ones cut.
    var shown: String {
        switch value {
        case .string(let s):
            let cut = s.count > 40 ? String(s.prefix(40)) + "…" : s
            return JSONText.quote(Sanitize.forTerminal(cut))
        case .number(let n): return n
        default: return value.typeName
        }
    }

    func string() throws -> String {
        guard case .string(let s) = value else { throw fail("expected a string, found \(value.typeName)") }
        return s
    }

    func int(in range: ClosedRange<Int> = Int.min...Int.max) throws -> Int {
        guard case .number(let text) = value else { throw fail("expected a whole number, found \(shown)") }
        guard let n = Int(text) else { throw fail("\(text) is not a whole number") }
        guard range.contains(n) else { throw fail("\(n) is out of range (\(range.lowerBound)…\(range.upperBound))") }
        return n
    }

    func bool() throws -> Bool {
        guard case .bool(let b) = value else { throw fail("expected true or false, found \(shown)") }
        return b
    }

    func array() throws -> [Node] {
        guard case .array(let items) = value else { throw fail("expected an array, found \(value.typeName)") }
        return items.enumerated().map { Node(value: $1.value, path: "\(path)[\($0)]", line: $1.line, file: file) }
    }

    func strings() throws -> [String] { try array().map { try $0.string() } }

    func object() throws -> ObjectNode {
        guard case .object(let members) = value else { throw fail("expected an object, found \(value.typeName)") }
        return ObjectNode(node: self, members: members)
    }

    func date() throws -> LocalDate {
        guard let d = LocalDate(iso: try string()) else { throw fail("\(shown) is not a date (YYYY-MM-DD)") }
        return d
    }

    func dateTime() throws -> LocalDateTime {
        guard let t = LocalDateTime(iso: try string()) else {
            throw fail("\(shown) is not a date-time (YYYY-MM-DDTHH:MM)")
        }
        return t
    }

    func oneOf<E: RawRepresentable & CaseIterable>(_ type: E.Type) throws -> E where E.RawValue == String {
        let s = try string()
        guard let e = E(rawValue: s) else {
            throw fail("\(shown) is not one of: \(E.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return e
    }
}

/// An object whose members are taken one by one; members nobody took are an error, so a typo
/// (`"romm"`) is reported instead of silently ignored. Taken members are tracked by position
/// (a bit each), since an event file has hundreds of thousands of small objects.
struct ObjectNode {
    let node: Node
    let members: [JSONMember]
    private var taken: UInt64 = 0
    private var takenBeyond64 = Set<Int>()

    init(node: Node, members: [JSONMember]) {
        self.node = node
        self.members = members
    }

    private func child(_ m: JSONMember) -> Node {
        Node(value: m.value, path: node.path.isEmpty ? m.key : "\(node.path).\(m.key)", line: m.line, file: node.file)
    }

    /// The member, or nil when absent or null. The last of duplicates wins here; `rejectUnknown` reports them.
    mutating func optional(_ key: String) -> Node? {
        var i = members.count - 1
        while i >= 0 && members[i].key != key { i -= 1 }
        guard i >= 0 else { return nil }
        for j in 0...i where members[j].key == key {
            if j < 64 { taken |= 1 << UInt64(j) } else { takenBeyond64.insert(j) }
        }
        if case .null = members[i].value { return nil }
        return child(members[i])
    }

    mutating func required(_ key: String) throws -> Node {
        guard let n = optional(key) else {
            throw InputError(file: node.file, line: node.line, field: node.path, message: "missing \"\(key)\"")
        }
        return n
    }

    func rejectUnknown() throws {
        for (i, m) in members.enumerated() {
            let isTaken = i < 64 ? taken & (1 << UInt64(i)) != 0 : takenBeyond64.contains(i)
            if !isTaken { throw child(m).fail("unknown field (a typo?)") }
            for j in 0..<i where members[j].key == m.key { throw child(m).fail("appears twice in one object") }
        }
    }
}
