import PlanningCore

/// The person form's dietary need: one line as the 回执 says it (`清真，不吃牛肉`), its kind read
/// from the words, the words kept whole for the kitchen.
enum DietField {
    /// The words stored, else the kind's word; empty for no need.
    static func text(_ diet: DietaryNeed?, _ lang: Language) -> String {
        guard let diet else { return "" }
        if !diet.text.isEmpty { return diet.text }
        return (diet.kind == .halal ? UIWords.dietHalal : diet.kind == .vegetarian ? .dietVegetarian : .dietOther)
            .text(lang)
    }

    /// 清真 or halal (穆斯林, muslim) first, since a halal guest's meal is laid apart; then 素
    /// (vegetarian, vegan); anything else is another need. Empty: none.
    static func read(_ typed: String) -> DietaryNeed? {
        let text = String(typed.trimmingSpaces)
        guard !text.isEmpty else { return nil }
        let lower = text.lowercased()
        let words: [(DietKind, [String])] = [(.halal, ["清真", "halal", "穆斯林", "muslim"]),
                                             (.vegetarian, ["素", "vegetarian", "vegan"])]
        let kind = words.first { $0.1.contains { lower.contains($0) } }?.0 ?? .other
        let plain: Set<String> = ["清真", "halal", "素食", "vegetarian", "其他", "other"]
        return DietaryNeed(kind, text: plain.contains(lower) ? "" : text)
    }
}
