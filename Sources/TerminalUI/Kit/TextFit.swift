import PlanningCore

/// The one rule every screen lays text out by: text that does not fit is cut only with `…`,
/// wrapped where the field has room for more lines, a figure never parted from its unit or its
/// label (`100座`, `15分钟`, `5月14日`, `警告 4 → 15`), and no line left holding one character.
/// A person reading `相差15分钟、100` cannot tell the seats were cut; `相差15分钟、…` says so.
/// Widths are the project's East Asian Width (`DisplayWidth`), never the locale's wcwidth.
enum TextFit {
    /// The text in at most `width` cells: whole if it fits, else cut where a line could break and
    /// ended with `…`. A word may be cut inside (a name keeps as much as fits: `Katrin Hoff…`),
    /// a figure never (`相差15分钟、…`, not `相差15分钟、10…`).
    static func cut(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width, !text.contains(where: \.isNewline) { return text }
        guard width > 1 else { return "…" }
        // An indent (a list's `  ` beside its `› `) is kept, the rest fitted after it.
        let indent = String(text.prefix { $0 == " " })
        guard indent.isEmpty || indent.count >= width - 1 else {
            return indent + cut(String(text.dropFirst(indent.count)), width: width - indent.count)
        }
        var out = ""
        var used = 0
        // Where each atom placed began, and whether it reads with the one before (`0 merged`).
        var placed: [(end: String.Index, used: Int, glued: Bool)] = []
        for atom in atoms(text) {
            let gap = atom.spaced && used > 0 ? 1 : 0
            let w = DisplayWidth.of(atom.text)
            if used + gap + w <= width - 1 {
                placed.append((out.endIndex, used, atom.glued))
                out += (gap == 1 ? " " : "") + atom.text
                used += gap + w
                continue
            }
            // A unit or a figure that reads with what is kept: what it reads with goes too
            // (`0 merged, 4…` would say `0…`), unless that is all there is.
            if atom.glued, let head = placed.lastIndex(where: { !$0.glued }), head > 0 {
                out = String(out[..<placed[head].end])
                used = placed[head].used
                break
            }
            // The first atom too wide for the field, or a word: as many characters as fit.
            if !atom.isFigure && !atom.glued || used == 0 {
                var part = gap == 1 ? " " : ""
                var partWidth = gap
                for c in atom.text {
                    let cw = DisplayWidth.of(c)
                    if used + partWidth + cw > width - 1 { break }
                    part.append(c)
                    partWidth += cw
                }
                if partWidth > gap { out += part; used += partWidth }
            }
            break
        }
        while out.last == " " { out.removeLast() }
        return out + "…"
    }

    /// The text in lines of at most `width` cells, broken between words and between Chinese
    /// characters but never inside a figure with its unit or label; with more lines than
    /// `maxLines` the last one shown is cut with `…`. The last line never holds one character
    /// alone: a character moves down from the line before to keep it company.
    static func wrap(_ text: String, width: Int, maxLines: Int = .max) -> [String] {
        guard width > 0, maxLines > 0 else { return [] }
        var lines: [[Atom]] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines += layout(atoms(String(paragraph)), width: width)
        }
        if lines.count > maxLines {
            let kept = Array(lines.prefix(maxLines - 1))
            let rest = joined(Array(lines[(maxLines - 1)...].joined()))
            return kept.map(joined) + [cut(rest, width: width)]
        }
        return lines.map(joined)
    }

    /// `wrap` under a hanging indent: the first line `width` cells, the lines after it `hang`
    /// fewer (the caller indents them), so the first line is not left half empty.
    static func wrap(_ text: String, width: Int, hang: Int) -> [String] {
        guard width > hang, hang >= 0 else { return wrap(text, width: width) }
        var lines: [[Atom]] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines += layout(atoms(String(paragraph)), width: width - hang, first: lines.isEmpty ? width : nil)
        }
        return lines.map(joined)
    }

    /// A piece a line may break before (unless `glued`), with a space before it or not.
    struct Atom {
        var text: String
        var spaced: Bool
        /// Joined to the atom before: a break here would part a figure from its label or unit.
        var glued: Bool
        /// The text's width, measured once when the atoms are laid out (`layout`).
        var cells = 0
        var isFigure: Bool { text.contains(where: \.isASCIIDigit) }
    }

    /// Units a figure carries after it (`100座`, `15分钟`, `5月14日`), longest first.
    static let units = [
        "分钟", "小时", "个月", "座", "人", "个", "天", "日", "月", "年", "分", "时", "秒",
        "处", "项", "位", "场", "次", "名", "号", "点", "周", "间", "条", "％",
    ]
    static let closing: Set<Character> = [
        "，", "。", "、", "：", "；", "！", "？", "）", "」", "』", "”", "’", "》", "〉", "】", "…", "％",
        ",", ".", ":", ";", "!", "?", ")", "]", "}",
    ]
    static let opening: Set<Character> = ["（", "「", "『", "“", "‘", "《", "〈", "【", "(", "["]
    /// Signs between two figures that keep them together: `4 → 15`, `14:00 – 17:30`.
    static let between: Set<String> = ["→", "–", "-", "/", "~", "～"]

    static func atoms(_ text: String) -> [Atom] {
        let chars = Array(text)
        var out: [Atom] = []
        var word = ""
        var spaced = false
        var joinNext = false  // after opening punctuation: the next piece belongs to it
        func push(_ t: String) {
            if joinNext, !out.isEmpty {
                out[out.count - 1].text += t
            } else {
                out.append(Atom(text: t, spaced: spaced, glued: false))
            }
            joinNext = false
            spaced = false
        }
        func endWord() { if !word.isEmpty { push(word); word = "" } }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c.isWhitespace {
                endWord()
                if !joinNext { spaced = true }
                i += 1
                continue
            }
            if closing.contains(c) {
                if !word.isEmpty {
                    word.append(c)
                    if DisplayWidth.of(c) == 2 { endWord() }
                } else if !out.isEmpty && !spaced {
                    out[out.count - 1].text.append(c)
                } else {
                    push(String(c))
                }
                i += 1
                continue
            }
            if opening.contains(c) {
                endWord()
                push(String(c))
                joinNext = true
                i += 1
                continue
            }
            if DisplayWidth.of(c) == 2 {
                // A unit right after a figure stays with it; `第` stays with the figure after it.
                if word.last?.isASCIIDigit == true, let unit = units.first(where: { matches($0, chars, at: i) }) {
                    word += unit
                    i += unit.count
                    continue
                }
                endWord()
                if c == "第", i + 1 < chars.count, chars[i + 1].isASCIIDigit {
                    word = "第"
                } else {
                    push(String(c))
                }
                i += 1
                continue
            }
            word.append(c)
            i += 1
        }
        endWord()
        // A figure and what reads with it across a space: its label before (`警告 4`), its unit
        // after (`5 个`, `100 seats`), and a sign between two figures (`4 → 15`).
        for k in out.indices.dropFirst() where out[k].spaced {
            let before = out[k - 1], here = out[k]
            let next = k + 1 < out.count ? out[k + 1] : nil
            // (After `,` or `：` the figure starts something new: `圆桌对话, 14 May` may break.)
            let figureAfter = here.text.first?.isASCIIDigit == true && before.text.last.map(closing.contains) != true
            let unitAfterFigure =
                before.text.last?.isASCIIDigit == true
                && (units.contains { here.text.hasPrefix($0) } || here.text.first?.isLetter == true
                    && DisplayWidth.of(here.text.first!) == 1)
            let signBetweenFigures =
                between.contains(here.text) && before.text.last?.isASCIIDigit == true
                && next?.text.first?.isASCIIDigit == true
            let afterSign = between.contains(before.text) && figureAfter && k >= 2 && out[k - 2].isFigure
            if figureAfter || unitAfterFigure || signBetweenFigures || afterSign { out[k].glued = true }
            // A label of a few Chinese characters reads as one word with its figure (`未安排 1`).
            if figureAfter {
                var j = k - 1
                while j > 0, k - j < 4, !out[j].spaced, out[j - 1].text.count == 1,
                      DisplayWidth.of(out[j - 1].text) == 2, out[j].text.count == 1, DisplayWidth.of(out[j].text) == 2 {
                    out[j].glued = true
                    j -= 1
                }
            }
        }
        return out
    }

    private static func matches(_ unit: String, _ chars: [Character], at i: Int) -> Bool {
        let u = Array(unit)
        return i + u.count <= chars.count && Array(chars[i..<(i + u.count)]) == u
    }

    private static func joined(_ line: [Atom]) -> String {
        var s = ""
        for (k, a) in line.enumerated() { s += (k > 0 && a.spaced ? " " : "") + a.text }
        return s
    }

    /// A line's width from its atoms' measured widths: joining and measuring the line again for
    /// each piece tried was most of the grid's worst frame.
    private static func width(_ line: [Atom]) -> Int {
        var w = 0
        for (k, a) in line.enumerated() { w += a.cells + (k > 0 && a.spaced ? 1 : 0) }
        return w
    }

    /// Greedy lines over groups of glued atoms; a group wider than a line is laid out atom by
    /// atom, and an atom wider than a line character by character.
    private static func layout(_ atoms: [Atom], width rest: Int, first: Int? = nil) -> [[Atom]] {
        var groups: [[Atom]] = []
        for var a in atoms {
            a.cells = DisplayWidth.of(a.text)
            if a.glued, !groups.isEmpty { groups[groups.count - 1].append(a) } else { groups.append([a]) }
        }
        var lines: [[Atom]] = []
        var line: [Atom] = []
        // The line being filled: the first may be wider than the rest (a hanging indent).
        var width: Int { lines.isEmpty ? first ?? rest : rest }
        func place(_ a: Atom) {
            if Self.width(line + [a]) <= width { line.append(a); return }
            if !line.isEmpty { lines.append(line); line = [] }
            if Self.width([a]) <= width { line.append(a); return }
            // Wider than a whole line: cut at a character.
            var piece = "", cells = 0
            for c in a.text {
                let w = DisplayWidth.of(c)
                if cells + w > width, !piece.isEmpty {
                    line.append(Atom(text: piece, spaced: false, glued: false, cells: cells))
                    lines.append(line)
                    line = []
                    piece = ""
                    cells = 0
                }
                piece.append(c)
                cells += w
            }
            line.append(Atom(text: piece, spaced: line.isEmpty ? false : a.spaced, glued: false, cells: cells))
        }
        for g in groups {
            if Self.width(line + g) <= width {
                line += g
            } else if !line.isEmpty && Self.width(g) <= width {
                // Chinese may break between any two characters, but not inside `叶晨秋` or `主讲`
                // when a seam a few characters back (`、`, a space) would do.
                let carried = Self.carried(line, before: g[0])
                lines.append(Array(line.dropLast(carried)))
                line = Array(line.suffix(carried)) + g
                if Self.width(line) > width {
                    lines[lines.count - 1] += line.prefix(carried)
                    line = g
                }
            } else {
                for a in g { place(a) }
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        // One character alone on the last line: the line before gives up its last piece.
        let n = lines.count
        if n >= 2, letters(joined(lines[n - 1])) == 1, lines[n - 2].count >= 2, let moved = lines[n - 2].last,
           !moved.glued, Self.width([moved] + lines[n - 1]) <= rest {
            lines[n - 2].removeLast()
            lines[n - 1].insert(moved, at: 0)
        }
        return lines
    }

    /// How many Han characters at the end of `line` go down with `next`, so the line breaks at
    /// the seam before them (after `、` or at a space) rather than inside a word or a name: at most
    /// four, and none when the break already falls at a seam or no seam is that near.
    private static func carried(_ line: [Atom], before next: Atom) -> Int {
        func han(_ a: Atom) -> Bool {
            a.text.count == 1 && DisplayWidth.of(a.text) == 2 && !a.glued && letters(a.text) == 1
        }
        func seam(before i: Int) -> Bool { line[i].spaced || line[i - 1].text.last.map(closing.contains) == true }
        guard let last = line.last, han(last), !next.spaced, next.text.first.map(DisplayWidth.of) == 2,
              !(last.text.last.map(closing.contains) ?? false) else { return 0 }
        var i = line.count - 1
        // The line keeps at least half its width: `!` alone atop a narrow box says less than `!圆桌`.
        while i >= 1, line.count - i <= 4, han(line[i]), 2 * Self.width(Array(line[..<i])) >= Self.width(line) {
            if seam(before: i) { return line.count - i }
            i -= 1
        }
        return 0
    }

    /// Characters that carry meaning (not punctuation or spaces).
    private static func letters(_ s: String) -> Int {
        s.filter { !$0.isWhitespace && !closing.contains($0) && !opening.contains($0) }.count
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
