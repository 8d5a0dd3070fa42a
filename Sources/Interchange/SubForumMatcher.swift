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
