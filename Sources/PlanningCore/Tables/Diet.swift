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
