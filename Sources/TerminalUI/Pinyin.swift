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
              (0x3400...0x9FFF).contains(s.value) || (0x20000...0x2FFFF).contains(s.value) else { return nil }
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
        let base = text.lowercased()
        return hasHan ? base + "\u{1}" + full + "\u{1}" + initials : base
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

    private func makeSortKey(_ text: String) -> String {
        var out = ""
        for c in text {
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
