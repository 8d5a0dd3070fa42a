import Foundation
import PlanningCore

/// Resolves what attendees wrote in a sub-forum column to sessions: a title, the part of a
/// title before or after its colon (`分论坛一`), a track, or a session key, compared folded.
/// A track that runs as several consecutive sessions signs up for all of them; one that names
/// parallel sessions is ambiguous.
public struct SubForumMatcher: Sendable {
    public enum Resolution: Equatable, Sendable {
        case sessions([ID<Session>])
        case unknown(String)
        case ambiguous(String, titles: [String])
    }

    private var names: [String: [ID<Session>]] = [:]
    private let sessions: [ID<Session>: Session]
    /// The most scalars a key of `names` or `none` has: a cell with four times as many that are
    /// surely not white space cannot fold to one of them (folding drops only white space, and
    /// equal text decomposes to at most four scalars each), so it is split without folding it.
    private var longestKey = 0
    /// Cells meaning "none".
    private static let none: Set<String> = [
        "无", "没有", "不参加", "暂无", "否", "none", "no", "n/a", "na", "-", "/", "—",
    ]
    private static let separators: Set<Character> = ["、", "；", ";", ",", "，", "/", "|", "\n", "\r", "\r\n"]

    public init(sessions: [Session]) {
        var map: [ID<Session>: Session] = [:]
        for s in sessions {
            map[s.id] = s
            var keys = [s.title, s.key, s.track]
            if let colon = s.title.firstIndex(where: { $0 == "：" || $0 == ":" }) {
                keys.append(String(s.title[..<colon]))
                keys.append(String(s.title[s.title.index(after: colon)...]))
            }
            // A bilingual title (`工作坊三：行动导向教学 Handlungsorientierter Unterricht`): partners write
            // its German or English half, offices its Chinese one.
            if let lastHan = s.title.lastIndex(where: TextFolding.isHan),
               case let tail = s.title[s.title.index(after: lastHan)...], tail.contains(where: \.isLetter)
            {
                keys.append(String(tail))
                let head = s.title[...lastHan]
                keys.append(String(head))
                if let colon = head.firstIndex(where: { $0 == "：" || $0 == ":" }) {
                    keys.append(String(head[head.index(after: colon)...]))
                }
            }
            for k in Set(keys.map(TextFolding.matchKey)) where !k.isEmpty {
                names[k, default: []].append(s.id)
            }
        }
        self.sessions = map
        longestKey = (names.keys.map(\.unicodeScalars.count) + Self.none.map(\.unicodeScalars.count)).max() ?? 0
    }

    /// What earlier cells of one reader resolved to. A list of 100,000 attendees names the same
    /// few thousand titles 600,000 times; folding each choice again cost five times the rest of
    /// reading the list. One per thread: it is not shared.
    public struct Memo: Sendable {
        fileprivate var cells: [String: [Resolution]] = [:]
        fileprivate var choices: [String: [Resolution]] = [:]
        /// Choices met as bytes, so a choice is looked up without being made into a string first:
        /// open addressing by hash, each slot an entry's number plus one (0 when empty); an
        /// entry's bytes lie in one arena.
        private var slots = [Int32](repeating: 0, count: 1 << 10)
        private var hashes: [UInt64] = [], starts: [Int] = [], lengths: [Int] = []
        private var results: [Resolution?] = []
        private var arena: [UInt8] = []
        /// Distinct texts kept at most: a list of a million different typos does not grow it further.
        static let limit = 1 << 15

        public init() {}

        fileprivate static func value(
            _ text: String, in texts: inout [String: [Resolution]], _ compute: (String) -> [Resolution]
        ) -> [Resolution] {
            if let known = texts[text] { return known }
            let r = compute(text)
            if texts.count < limit { texts[text] = r }
            return r
        }

        /// Hands `each` what the choice held in `bytes` resolves to (nothing for a choice meaning
        /// "none"), working it out with `compute` the first time.
        fileprivate mutating func choice(
            _ bytes: UnsafeBufferPointer<UInt8>, _ compute: (String) -> Resolution?, _ each: (Resolution) -> Void
        ) {
            var h: UInt64 = 0xcbf29ce484222325
            for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
            h ^= h >> 29
            var i = Int(truncatingIfNeeded: h) & (slots.count - 1)
            while slots[i] != 0 {
                let k = Int(slots[i]) - 1
                if hashes[k] == h && lengths[k] == bytes.count && arena.withUnsafeBufferPointer({ known in
                    bytes.isEmpty || memcmp(known.baseAddress! + starts[k], bytes.baseAddress!, bytes.count) == 0
                }) {
                    if let r = results[k] { each(r) }
                    return
                }
                i = (i + 1) & (slots.count - 1)
            }
            let r = compute(String(decoding: bytes, as: UTF8.self))
            if results.count < Self.limit {
                hashes.append(h)
                starts.append(arena.count)
                lengths.append(bytes.count)
                arena.append(contentsOf: bytes)
                results.append(r)
                slots[i] = Int32(results.count)
                if results.count * 2 > slots.count { grow() }
            }
            if let r { each(r) }
        }

        private mutating func grow() {
            slots = [Int32](repeating: 0, count: slots.count * 2)
            for (k, h) in hashes.enumerated() {
                var i = Int(truncatingIfNeeded: h) & (slots.count - 1)
                while slots[i] != 0 { i = (i + 1) & (slots.count - 1) }
                slots[i] = Int32(k + 1)
            }
        }
    }

    /// The same as `resolve(_:)`, handing each resolution to `each`, and remembering in `memo`
    /// what each cell, or each choice of a cell of several, resolved to.
    public func resolve(_ cell: String, memo: inout Memo, _ each: (Resolution) -> Void) {
        guard Self.surelyNotSpace(cell, moreThan: 4 * longestKey) else {
            Memo.value(cell, in: &memo.cells, resolve).forEach(each)
            return
        }
        let choice = { (text: String) -> Resolution? in
            Self.none.contains(TextFolding.matchKey(text)) ? nil : resolveOne(text)
        }
        var copy = cell
        let split = copy.withUTF8 { bytes in
            Self.splitPlain(bytes) { memo.choice($0, choice, each) }
        }
        if split { return }
        for part in cell.split(whereSeparator: Self.isSeparator) {
            let text = String(part.trimmingSpaces)
            if text.isEmpty { continue }
            Memo.value(text, in: &memo.choices) { choice($0).map { [$0] } ?? [] }.forEach(each)
        }
    }

    /// Splits as `resolve` does, each choice trimmed, when the text holds only ASCII, CJK
    /// ideographs (U+4000–U+9FFF), full-width forms (U+FF01–FF5E) and `、`: there each scalar
    /// is a character of its own (but CR LF, two separators with nothing between), and white
    /// space is ASCII. False, having called nothing, for any other text.
    private static func splitPlain(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void)
        -> Bool
    {
        let n = bytes.count
        var i = 0
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                guard (b >= 0x20 && b < 0x7F) || (b >= 0x09 && b <= 0x0D) else { return false }
                i += 1
                continue
            }
            guard i + 2 < n else { return false }
            let b1 = bytes[i + 1], b2 = bytes[i + 2]
            switch b {
            case 0xE4...0xE9: break
            case 0xE3: guard b1 == 0x80 && b2 == 0x81 else { return false }
            case 0xEF: guard (b1 == 0xBC && b2 >= 0x81) || (b1 == 0xBD && b2 <= 0x9E) else { return false }
            default: return false
            }
            i += 3
        }
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
        var start = 0
        i = 0
        while i <= n {
            var width = 0
            if i == n {
                width = 1
            } else {
                switch bytes[i] {
                case 0x2C, 0x3B, 0x2F, 0x7C, 0x0A, 0x0D: width = 1
                // 、，；
                case 0xE3 where bytes[i + 1] == 0x80 && bytes[i + 2] == 0x81: width = 3
                case 0xEF where bytes[i + 1] == 0xBC && (bytes[i + 2] == 0x8C || bytes[i + 2] == 0x9B): width = 3
                default: break
                }
            }
            guard width > 0 else { i += 1; continue }
            var from = start, to = i
            while from < to && isSpace(bytes[from]) { from += 1 }
            while to > from && isSpace(bytes[to - 1]) { to -= 1 }
            if to > from { body(UnsafeBufferPointer(rebasing: bytes[from..<to])) }
            i += width
            start = i
        }
        return true
    }

    /// Whether more than `limit` of the text's scalars are visible ASCII or CJK ideographs
    /// (U+4000–U+9FFF), none of them white space, counted from the UTF-8 bytes.
    private static func surelyNotSpace(_ text: String, moreThan limit: Int) -> Bool {
        var count = 0
        for b in text.utf8 where (b > 0x20 && b < 0x7F) || (b >= 0xE4 && b <= 0xE9) {
            count += 1
            if count > limit { return true }
        }
        return false
    }

    /// `separators.contains(c)` without hashing the character: one of the separator scalars
    /// alone (U+037E is the same character as `;`), or CR LF.
    private static func isSeparator(_ c: Character) -> Bool {
        let scalars = c.unicodeScalars
        guard let first = scalars.first else { return false }
        switch first.value {
        case 0x3001, 0xFF1B, 0x3B, 0x37E, 0x2C, 0xFF0C, 0x2F, 0x7C, 0x0A:
            return scalars.count == 1
        case 0x0D:
            return scalars.count == 1 || (scalars.count == 2 && scalars.last!.value == 0x0A)
        default: return false
        }
    }

    public func resolve(_ cell: String) -> [Resolution] {
        let whole = TextFolding.matchKey(cell)
        if whole.isEmpty || Self.none.contains(whole) { return [] }
        if names[whole] != nil { return [resolveOne(cell)] }
        return cell.split(whereSeparator: { Self.separators.contains($0) })
            .map { String($0.trimmingSpaces) }
            .filter { !$0.isEmpty && !Self.none.contains(TextFolding.matchKey($0)) }
            .map(resolveOne)
    }

    private func resolveOne(_ text: String) -> Resolution {
        guard let ids = names[TextFolding.matchKey(text)] else { return .unknown(text) }
        let chosen = ids.compactMap { sessions[$0] }
        for (i, a) in chosen.enumerated() {
            for b in chosen[(i + 1)...] {
                guard let wa = a.window, let wb = b.window, wa.overlaps(wb) else { continue }
                return .ambiguous(text, titles: chosen.map(\.title))
            }
        }
        return .sessions(ids)
    }
}
