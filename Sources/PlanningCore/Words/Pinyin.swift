import Foundation

/// Search and sort keys for Chinese names: full pinyin without tones (`zhoutienong`) and
/// initials (`ztn`), so staff find 周铁农 by any of 周, zhoutienong or ztn. Transliteration costs
/// about 15 µs a call, so it is done once per character and remembered.
public final class Pinyin: @unchecked Sendable {
    public static let shared = Pinyin()
    private var cache: [Character: String] = [:]
    /// Whole sort keys already made: panes are sorted again after every edit, and the titles
    /// and names mostly have not changed. Emptied when it grows past any one event's texts.
    private var sortKeys: [String: String] = [:]
    private let lock = NSLock()

    /// The toneless syllable of a Han character, or nil for anything else.
    public func syllable(_ c: Character) -> String? {
        guard let s = c.unicodeScalars.first, c.unicodeScalars.count == 1,
              s.isHan else { return nil }
        lock.lock()
        defer { lock.unlock() }
        if let hit = cache[c] { return hit }
        let latin = String(c).applyingTransform(.mandarinToLatin, reverse: false)?
            .applyingTransform(.stripDiacritics, reverse: false)?.lowercased()
            .filter { $0.isLetter } ?? ""
        cache[c] = latin
        return latin
    }

    /// Lower-cased text, then its full pinyin, then its initials, separated so a query cannot
    /// match across the parts by accident.
    public func searchKey(_ text: String) -> String {
        var full = "", initials = ""
        var hasHan = false
        for c in text {
            if let py = syllable(c), !py.isEmpty {
                hasHan = true
                full += py
                initials.append(py.first!)
            } else if c.isLetter || c.isNumber {
                let lower = String(c).lowercased()
                full += lower
                initials += lower
            }
        }
        var base = text.lowercased()
        // A German name is found as people without umlauts type it: Müller by muller and mueller.
        if base.unicodeScalars.contains(where: { $0.value >= 0xC0 && $0.value < 0x250 }) {
            for variant in [TextFolding.withoutMarks(base), TextFolding.transliterated(base)] where variant != base {
                base += "\u{1}" + variant
            }
        }
        return hasHan ? base + "\u{1}" + full + "\u{1}" + initials : base
    }

    /// Surnames read otherwise than their characters usually are (曾 zēng, not céng): a name's
    /// first character, or its first two for a compound surname, takes this reading in search and
    /// sort; every other character keeps its usual one.
    static let surnames: [String: [String]] = [
        "曾": ["zeng"], "覃": ["qin"], "单": ["shan"], "仇": ["qiu"], "解": ["xie"], "朴": ["piao"],
        "区": ["ou"], "查": ["zha"], "缪": ["miao"], "翟": ["zhai"], "盖": ["ge"], "乐": ["yue"],
        "重": ["chong"], "种": ["chong"],
        "秘": ["bi"], "繁": ["po"], "宓": ["fu"], "召": ["shao"], "员": ["yun"], "折": ["she"], "谌": ["chen"],
        "黑": ["he"], "牟": ["mou"], "蕃": ["pi"], "句": ["gou"], "柏": ["bai"], "薄": ["bo"], "隗": ["wei"],
        "冼": ["xian"], "洗": ["xian"], "燕": ["yan"], "沈": ["shen"], "石": ["shi"], "长孙": ["zhang", "sun"],
        "尉迟": ["yu", "chi"], "万俟": ["mo", "qi"], "令狐": ["ling", "hu"], "澹台": ["tan", "tai"],
        "单于": ["chan", "yu"],
        "欧阳": ["ou", "yang"], "上官": ["shang", "guan"], "司马": ["si", "ma"], "诸葛": ["zhu", "ge"],
        "皇甫": ["huang", "fu"],
    ]

    /// A name's surname and its reading, when the table has one: the compound first.
    func surname(of name: String) -> (length: Int, syllables: [String])? {
        if let two = Self.surnames[String(name.prefix(2))], name.count > 2 { return (2, two) }
        if let one = Self.surnames[String(name.prefix(1))], name.count > 1 { return (1, one) }
        return nil
    }

    /// A person's name as search finds it: by the surname's own reading (`zyt` finds 曾永涛) and
    /// by the usual one (`cyt`), besides the characters.
    public func nameSearchKey(_ name: String) -> String {
        let usual = searchKey(name)
        guard let (n, reading) = surname(of: name) else { return usual }
        let rest = name.dropFirst(n).compactMap { syllable($0) }.filter { !$0.isEmpty }
        let full = (reading + rest).joined(), initials = String((reading + rest).compactMap(\.first))
        return usual + "\u{1}" + full + "\u{1}" + initials
    }

    /// A person's name as lists sort it: 曾 under z.
    public func nameSortKey(_ name: String) -> String {
        guard let (n, reading) = surname(of: name) else { return sortKey(name) }
        let head = zip(reading, name.prefix(n)).map { $0 + "\u{1}" + String($1) }.joined()
        return head + sortKey(String(name.dropFirst(n)))
    }

    /// Sort key: pinyin with each syllable followed by its character, so 张 sorts under z and
    /// two names with the same sound still order stably.
    public func sortKey(_ text: String) -> String {
        lock.lock()
        let known = sortKeys[text]
        lock.unlock()
        if let known { return known }
        let made = makeSortKey(text)
        lock.lock()
        if sortKeys.count > 400_000 { sortKeys = [:] }
        sortKeys[text] = made
        lock.unlock()
        return made
    }

    /// Numbers that number something compare by value (分论坛九 before 分论坛十), ahead of the sounds.
    private func makeSortKey(_ text: String) -> String {
        var out = ""
        for c in ChineseNumbers.naturalKey(text) {
            // \u{1} ends a syllable and sorts below letters: 李 (li) before 林 (lin).
            if let py = syllable(c), !py.isEmpty {
                out += py + "\u{1}" + String(c)
            } else {
                out += String(c).lowercased()
            }
        }
        return out
    }
}
