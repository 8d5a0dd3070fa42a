/// What a guest cannot eat, as the 回执's 饮食禁忌 column says it: the kitchen cooks by kind
/// (清真 tables are laid apart, 素食 dishes counted per table), and staff read the words kept.
public enum DietKind: String, CaseIterable, Sendable, Codable {
    /// 清真: seated at a halal table.
    case halal
    /// 素食.
    case vegetarian
    /// Anything else (no seafood, an allergy): the kitchen reads the words.
    case other
}

/// A person's dietary need: its kind, and the words the guest wrote (`清真，不吃牛肉`), kept
/// whole, since the kitchen needs more than the kind.
public struct DietaryNeed: Hashable, Sendable, Codable {
    public var kind: DietKind
    public var text: String

    public init(_ kind: DietKind, text: String = "") {
        self.kind = kind
        self.text = text
    }
}

extension DietaryNeed {
    /// A 饮食禁忌 cell or the person form's line, read one way for both: nothing said (`无`,
    /// `否`, `-`) is nil; 清真 (halal, 穆斯林, 回民, 伊斯兰) and 素食 (vegetarian, 吃素, 斋) by their
    /// words; anything else (`海鲜过敏`) is other; the words are kept. A clause that denies a kind
    /// (`非清真`, `不需要清真`) says nothing of it: a guest seated at a halal table for writing
    /// that he does not need one takes a halal seat from one who does.
    public static func read(_ raw: String) -> DietaryNeed? {
        let text = String(raw.trimmingSpaces)
        let key = TextFolding.widthFolded(text).lowercased()
        let clauses = key.split { "，,；;、/。.\n\t".contains($0) }.map { $0.filter { !$0.isWhitespace } }
            .filter { !$0.isEmpty && !nothing.contains($0) }
        let kinds = clauses.compactMap { c -> DietKind?? in
            // 不吃猪肉 denies pork, not halal: at a Chinese banquet it is a halal table's need.
            if porkFree.contains(where: c.contains) { return .some(.halal) }
            let kind = words.first { $0.1.contains(where: c.contains) }?.0
            if kind != nil, denials.contains(where: c.hasPrefix) { return .some(nil) }
            return .some(kind ?? .other)
        }.compactMap { $0 }
        guard !kinds.isEmpty else { return nil }
        let kind = kinds.contains(.halal) ? DietKind.halal : kinds.contains(.vegetarian) ? .vegetarian : .other
        return DietaryNeed(kind, text: text)
    }

    /// What a desk types for "no need".
    static let nothing: Set<String> = [
        "", "无", "没有", "无要求", "无禁忌", "无特殊要求", "无特殊", "否", "不", "正常",
        "none", "no", "n/a", "na", "nil", "-", "—", "－", "/", "\\",
    ]
    /// Halal first, since a halal guest's meal is laid apart.
    static let words: [(DietKind, [String])] = [
        (.halal, ["清真", "halal", "穆斯林", "muslim", "回民", "伊斯兰", "islam"]),
        (.vegetarian, ["素", "斋", "vegetar", "végétar", "vegan", "veggie", "végétalien"]),
    ]
    /// No pork, as guests write it: the kitchen cooks such a guest's meal halal.
    static let porkFree = ["不吃猪肉", "无猪肉", "忌猪肉", "不食猪肉", "不含猪肉", "禁猪肉", "nopork", "porkfree",
                           "keinschwein", "sansporc"]
    /// What a Muslim people's guest writes for their people's meal (`少数民族餐`): halal.
    public static let ethnicMeal = ["少数民族餐", "民族餐", "民族饮食"]
    /// Words that deny what follows them in the clause.
    static let denials = ["非", "不", "无", "没有", "免", "non", "no", "not"]
}
