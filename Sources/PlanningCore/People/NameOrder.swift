import Foundation

/// One order for people's names in every list (panes, pickers, sign-in sheets), by the letter
/// a reader looks under.
public enum NameOrder {
    /// Where a name goes in one list by the Latin letter: a Chinese name by its pinyin (黄 under h),
    /// any other by its family name, the last word or what comes before a comma ("Hoffmann, Katrin"),
    /// since no field gives it apart: Katrin Hoffmann under h, before 黄 (huang), not under k. Other
    /// scripts are read in Latin letters and marks dropped (Петров as petrov, Łukasz as lukasz), so
    /// the name is where a reader of the sheet looks for it. A Western name with a Chinese one after it
    /// in brackets (Thomas Müller（托马斯·穆勒）) is sorted by the Western name it starts with.
    public static func key(_ name: String) -> String {
        let trimmed = name.trimmingSpaces
        guard let first = trimmed.first, !TextFolding.isHan(first) else { return Pinyin.shared.nameSortKey(name) }
        let written = String(trimmed.prefix { $0 != "(" && $0 != "（" })
        let family: Substring, given: Substring
        if let comma = written.firstIndex(of: ",") {
            (family, given) = (written[..<comma], written[written.index(after: comma)...])
        } else {
            // A title is no part of the name a reader looks under: Dr. Hans-Peter Weber under w.
            let all = written.split(whereSeparator: \.isWhitespace)
            let words = all.count > 1 ? all.filter { !isHonorific($0) } : all
            (family, given) = (words.last ?? "", words.dropLast().joined(separator: " ")[...])
        }
        func latin(_ text: Substring) -> String {
            let read = uyghurLatin(text) ?? String(text).applyingTransform(.toLatin, reverse: false) ?? String(text)
            return TextFolding.withoutMarks(read.applyingTransform(.stripDiacritics, reverse: false) ?? read)
                .filter { $0.isLetter || $0.isNumber || $0 == " " }
        }
        // \u{1} ends the family name as it ends a syllable in pinyin keys: Li before Lin, and 李 among them.
        return latin(family) + "\u{1}" + latin(given) + "\u{1}" + name
    }

    /// `Dr.`, `Prof.`, `Prof. Dr.`'s parts, `Herr`, `Mrs`: words before a name that are not the name.
    static func isHonorific(_ word: Substring) -> Bool {
        let bare = word.lowercased().filter { $0 != "." }
        return ["dr", "prof", "mr", "mrs", "ms", "mx", "herr", "frau", "dipl-ing", "ing", "phd", "md"].contains(bare)
    }

    /// A Uyghur name in the Arabic script read in Uyghur Latin letters (ئابدۇللا as abdulla), as
    /// the general transform does not: it reads the silent ئ before a vowel as y and leaves ۇ, ە
    /// and ې as they are. Nil when the text is not in the Arabic script.
    static func uyghurLatin(_ text: Substring) -> String? {
        guard text.unicodeScalars.contains(where: { (0x0600...0x06FF).contains($0.value) }) else { return nil }
        var out = ""
        for u in text.unicodeScalars {
            if let letters = uyghurLetters[u.value] { out += letters } else { out.unicodeScalars.append(u) }
        }
        return out
    }

    static let uyghurLetters: [UInt32: String] = [
        0x0626: "", 0x0627: "a", 0x06D5: "e", 0x06D0: "e", 0x0649: "i", 0x0648: "o", 0x06C7: "u", 0x06C6: "o",
        0x06C8: "u", 0x0628: "b", 0x067E: "p", 0x062A: "t", 0x062C: "j", 0x0686: "ch", 0x062E: "x", 0x062F: "d",
        0x0631: "r", 0x0632: "z", 0x0698: "zh", 0x0633: "s", 0x0634: "sh", 0x063A: "gh", 0x0641: "f", 0x0642: "q",
        0x0643: "k", 0x06AF: "g", 0x06AD: "ng", 0x0644: "l", 0x0645: "m", 0x0646: "n", 0x06BE: "h", 0x06CB: "w",
        0x064A: "y", 0x0647: "h",
    ]
}
