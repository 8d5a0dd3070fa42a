import PlanningCore

/// A dialog's keys on as many lines of `width` as they take, each hint whole: a narrow terminal
/// still shows every key rather than the start of the last one. (A bottom line has one line and
/// drops hints by rank, `HintBar.fit`; a dialog has room for two and keeps them all.)
func hintLines(_ hints: [String], width: Int) -> [String] {
    var lines: [String] = []
    for hint in hints {
        if let last = lines.last, DisplayWidth.of(last) + 3 + DisplayWidth.of(hint) <= width {
            lines[lines.count - 1] = last + " · " + hint
        } else {
            lines.append(hint)
        }
    }
    return lines
}
