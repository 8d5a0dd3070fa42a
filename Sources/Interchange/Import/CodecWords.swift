import Codecs
import PlanningCore

// Codecs sees no `Language` (no domain types below PlanningCore): its book of file problems is
// keyed by language code, and joins the other phrasebooks here, where both are seen.

extension FileWords: Phrasebook {
    public static let tables: [Language: [FileWords: String]] = Dictionary(
        uniqueKeysWithValues: Language.allCases.compactMap { lang in words[lang.rawValue].map { (lang, $0) } })
}

extension InputError: Explained {
    /// What is wrong, without where.
    public func message(_ lang: Language) -> String { message(code: lang.rawValue) }
    public func text(_ lang: Language) -> String { text(code: lang.rawValue) }
}

extension Files.Problem: Explained {
    public func text(_ lang: Language) -> String { text(code: lang.rawValue) }
}
