/// Where a line may not break, beyond what Unicode's line-breaking rules say: Pango follows UAX #14,
/// which lets a line break between any two Han characters or Hangul syllables and on either side of
/// a middle dot, and so splits names (`买买提·` / `艾力`) and words (`한국직업능력연` / `구원`).
/// The text itself is never changed (no joiners put in), so `pdftotext` gives it back as written.
enum LineBreaks {
    /// Dots that join the parts of a transliterated name: 买买提·艾力, 托马斯・穆勒.
    static let nameDots: Set<UInt32> = [0x00B7, 0x30FB, 0x2022, 0x2027, 0xFF65]

    /// Endings of Chinese organisations' names and of their parts (省, 市, 教育局, 学院 …): where a
    /// long organisation breaks best when lines break between words (`wordsOnly`).
    static let suffixes: [[Unicode.Scalar]] = [
        "有限公司", "委员会", "研究院", "研究所", "研究中心", "办公室", "联合会", "共和国", "大学", "学院", "学校",
        "学会", "协会", "中心", "集团", "公司", "联盟", "基地", "大会", "峰会", "论坛", "年会",
        "省", "市", "县", "区", "州", "部", "厅", "局",
        "司", "处", "科", "院", "所", "校", "站", "馆", "委", "办",
    ].map { Array(String($0).unicodeScalars) }

    /// Characters that start a word with the suffix before them (部门, 区域, 处理): no break there.
    static let notAfterSuffix: [Unicode.Scalar: Set<Unicode.Scalar>] = [
        "部": ["门", "分", "署", "长", "队", "件", "位"], "区": ["域", "块", "别"], "处": ["理", "置", "长", "室"],
        "所": ["有", "以", "属", "在", "长"], "院": ["校", "长", "士", "系"],
        "市": ["场", "民", "级", "长", "委"], "校": ["区", "长", "企", "园", "友"], "省": ["级", "委", "长"],
        "局": ["长", "面"], "科": ["技", "学", "研", "长"],
        "委": ["员"], "办": ["公", "学", "理"], "中心": ["城"], "县": ["级", "长"], "司": ["法", "长"],
    ].reduce(into: [:]) { table, entry in table[entry.key.unicodeScalars.last!] = entry.value }

    static func isHan(_ s: Unicode.Scalar) -> Bool { s.properties.isIdeographic }

    static func isHangul(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0xAC00...0xD7A3, 0x1100...0x11FF, 0x3130...0x318F, 0xA960...0xA97F, 0xD7B0...0xD7FF: true
        default: false
        }
    }

    /// UTF-8 byte ranges no line may break inside:
    /// - a name of Han parts joined by a name dot, whole, however long;
    /// - any other run of two or three Han characters (a Chinese name);
    /// - in a longer run, its first two and last two characters, so no line holds one character of
    ///   it; with `wordsOnly`, each stretch between organisation suffixes instead;
    /// - a run of Hangul: Korean breaks between words, at spaces.
    static func unbreakable(_ text: String, wordsOnly: Bool) -> [Range<Int>] {
        let scalars = Array(text.unicodeScalars)
        var offsets: [Int] = [], offset = 0
        for s in scalars {
            offsets.append(offset)
            offset += s.utf8.count
        }
        offsets.append(offset)
        var kept: [Range<Int>] = []
        func keep(_ from: Int, _ to: Int) {
            if to - from >= 2 { kept.append(offsets[from]..<offsets[to]) }
        }
        var i = 0
        while i < scalars.count {
            if isHangul(scalars[i]) {
                let start = i
                while i < scalars.count && isHangul(scalars[i]) { i += 1 }
                keep(start, i)
                continue
            }
            guard isHan(scalars[i]) else {
                i += 1
                continue
            }
            let start = i
            var dotted = false
            while true {
                while i < scalars.count && isHan(scalars[i]) { i += 1 }
                guard i + 1 < scalars.count, nameDots.contains(scalars[i].value), isHan(scalars[i + 1]) else { break }
                dotted = true
                i += 1
            }
            let count = i - start
            if dotted || count <= 3 {
                keep(start, i)
            } else if wordsOnly {
                var from = start
                // A run that goes on in other text (暨“一带一路”…) leaves no character alone on a line
                // when its last one starts the next.
                let goesOn = i < scalars.count && !scalars[i].properties.isWhitespace
                for cut in wordEnds(scalars, start, i, goesOn: goesOn) {
                    keep(from, cut)
                    from = cut
                }
                keep(from, i)
            } else {
                keep(start, start + 2)
                keep(i - 2, i)
            }
        }
        return kept
    }

    /// Positions in scalars[start..<end] just after an organisation suffix, each leaving at least
    /// two characters on either side (one after it when the text `goesOn` past the run).
    static func wordEnds(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int, goesOn: Bool = false) -> [Int] {
        var cuts: [Int] = []
        var position = start + 2
        while position <= end - (goesOn ? 1 : 2) {
            let ending = suffixes.first { suffix in
                position - suffix.count >= start && Array(scalars[(position - suffix.count)..<position]) == suffix
            }
            if let ending, !(notAfterSuffix[ending.last!]?.contains(scalars[position]) ?? false),
               position - (cuts.last ?? start) >= 2 {
                cuts.append(position)
            }
            position += 1
        }
        return cuts
    }
}
