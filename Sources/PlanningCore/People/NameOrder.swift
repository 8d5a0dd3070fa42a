import Foundation

/// One order for people's names in every list (panes, pickers, sign-in sheets), by the letter
/// a reader looks under.
public enum NameOrder {
    /// Where a name goes in one list by the Latin letter: a Chinese name by its pinyin (黄 under h),
    /// any other by its family name, since no field gives it apart: Katrin Hoffmann under h, before
    /// 黄 (huang), not under k. The family name is what comes before a comma ("Hoffmann, Katrin"); in
    /// a Vietnamese name (a common Vietnamese family name first, and letters only Vietnamese writes)
    /// the first word (Nguyễn Thị Minh Khai under n); in a Spanish one with two family names joined by
    /// "y" the word before it (María de los Ángeles Fernández-Villaverde y Santamaría under f); else the
    /// last word. Titles (Dr., Prof.) and particles before a family name (de, del, de la, van, von …) do
    /// not give the letter. Other scripts are read in Latin letters and marks dropped (Петров as petrov,
    /// Қанат as kanat, Łukasz as lukasz), so the name is where a reader of the sheet looks for it. A
    /// Western name with a Chinese one after it in brackets (Thomas Müller（托马斯·穆勒）) is sorted by
    /// the name it starts with.
    public static func key(_ name: String) -> String {
        let trimmed = name.trimmingSpaces
        guard let first = trimmed.first, !TextFolding.isHan(first) else { return Pinyin.shared.nameSortKey(name) }
        let written = String(trimmed.prefix { $0 != "(" && $0 != "（" })
        var family: [Substring], given: [Substring]
        let all = written.split(whereSeparator: \.isWhitespace)
        // A title is no part of the name a reader looks under: Dr. Hans-Peter Weber under w.
        let words = all.count > 1 ? all.filter { !isHonorific($0) } : all
        if let comma = written.firstIndex(of: ",") {
            family = written[..<comma].split(whereSeparator: \.isWhitespace)
            given = written[written.index(after: comma)...].split(whereSeparator: \.isWhitespace)
        } else if words.count > 1, isVietnamese(words) {
            (family, given) = ([words[0]], Array(words.dropFirst()))
        } else if let y = words.dropFirst(2).dropLast().firstIndex(where: { $0 == "y" || $0 == "Y" }) {
            (family, given) = ([words[y - 1]], Array(words[..<(y - 1)]))
        } else {
            (family, given) = (words.last.map { [$0] } ?? [], Array(words.dropLast()))
        }
        while family.count > 1, particles.contains(family[0].lowercased()) { family.removeFirst() }
        func latin(_ words: [Substring]) -> String {
            let text = words.joined(separator: " ")[...]
            let read = uyghurLatin(text) ?? cyrillicLatin(text)
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

    /// Words that begin a family name without being where it is filed: de la Fuente under f.
    static let particles: Set<String> = ["de", "del", "la", "las", "los", "van", "von", "der", "den", "da", "di", "du"]

    /// Family names most Vietnamese carry, as written with their marks.
    static let vietnameseFamilies: Set<String> = [
        "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô",
        "dương", "lý", "đinh", "đào", "đoàn", "lương", "trương", "trịnh", "vương", "mai", "cao", "lâm", "tạ",
        "hà", "phùng", "quách", "tô", "châu", "kiều", "thái", "đàm", "lưu", "mạc", "nghiêm",
    ]

    /// A Vietnamese name puts the family name first; told by a known family name first and a letter
    /// only Vietnamese writes (đ, ơ, ư, a hook above, a dot below, or two marks on one vowel), so
    /// "Mai Andersen" and "Le Roux" keep their last word.
    static func isVietnamese(_ words: [Substring]) -> Bool {
        guard vietnameseFamilies.contains(words[0].lowercased()) else { return false }
        return words.contains { word in
            word.contains { letter in
                let marks = String(letter).decomposedStringWithCanonicalMapping.unicodeScalars.dropFirst()
                return "đĐ".contains(letter) || marks.count > 1
                    || marks.contains { [0x0309, 0x0323, 0x031B].contains($0.value) }
            }
        }
    }

    /// Text in the Cyrillic script read in Latin letters as the bearer's passport would have them
    /// (Петров as petrov, Қанат Әбдіқадыров as kanat abdikadyrov, Їжак as yizhak,
    /// Ђорђе as djordje);
    /// every letter of the Cyrillic blocks has a reading, so no name sorts after z for a letter missing
    /// here. Other scripts go through the general transform.
    static func cyrillicLatin(_ text: Substring) -> String {
        guard text.unicodeScalars.contains(where: { (0x0400...0x052F).contains($0.value) }) else {
            return String(text).applyingTransform(.toLatin, reverse: false) ?? String(text)
        }
        var out = ""
        for letter in text {
            let lower = letter.lowercased()
            if let read = cyrillicLetters[lower] {
                out += read
            } else if let base = lower.decomposedStringWithCanonicalMapping.first.map(String.init),
                      let read = cyrillicLetters[base] {
                // Letters with a mark on a letter the table has (ӑ, ӧ, ӣ, ӯ …) read as their base.
                out += read
            } else if lower.unicodeScalars.contains(where: { (0x0400...0x052F).contains($0.value) }) {
                out += String(letter).applyingTransform(.toLatin, reverse: false)?.lowercased() ?? lower
            } else {
                out += lower
            }
        }
        return out
    }

    static let cyrillicLetters: [String: String] = [
        // Russian
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
        "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
        "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
        "э": "e", "ю": "yu", "я": "ya",
        // Ukrainian and Belarusian
        "є": "ye", "і": "i", "ї": "yi", "ґ": "g", "ў": "u",
        // Serbian and Macedonian
        "ђ": "dj", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dz", "ѓ": "gj", "ќ": "kj", "ѕ": "dz",
        // Kazakh, Kyrgyz, Tatar, Bashkir, Tajik, Uzbek, Mongolian
        "ә": "a", "ғ": "g", "қ": "k", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "җ": "zh", "ҙ": "z",
        "ҫ": "s", "ҳ": "h", "ҷ": "j", "ҡ": "k", "ӊ": "ng", "ӈ": "ng", "ҝ": "k", "ҹ": "ch", "ҵ": "ts", "ӏ": "",
        "ҕ": "g", "ӄ": "k", "ӆ": "l", "ӎ": "m", "ӑ": "a", "ӗ": "e",
    ]
}
