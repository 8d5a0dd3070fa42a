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

    /// Read as the 回执's column is (`DietaryNeed.read`); the kind's own word alone keeps no text.
    static func read(_ typed: String) -> DietaryNeed? {
        guard var need = DietaryNeed.read(typed) else { return nil }
        let plain: Set<String> = ["清真", "halal", "素食", "vegetarian", "其他", "other"]
        if plain.contains(need.text.lowercased()) { need.text = "" }
        return need
    }
}
