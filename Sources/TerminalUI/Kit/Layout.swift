import PlanningCore

struct Region {
    var x: Int, y: Int, width: Int, height: Int
}

/// Where everything goes at the current size: the table left with details right when wide,
/// details below the table when narrow.
struct Layout {
    static let minWidth = 60, minHeight = 15
    var tooSmall: Bool
    var table: Region
    var details: Region
    var wide: Bool
    var tabs: [(Pane, Range<Int>)]

    init(state s: AppState) {
        tooSmall = s.width < Layout.minWidth || s.height < Layout.minHeight
        wide = s.width >= 110
        let bodyTop = 2, bodyHeight = max(1, s.height - 3)
        if wide {
            // The findings' list needs its kind whole (`person in two places`, `time that happens
            // twice`) beside the message: seven tenths, the details the rest (36 at 120 columns).
            let tw = s.width * (s.pane == .conflicts ? 7 : 6) / 10
            table = Region(x: 0, y: bodyTop, width: tw, height: bodyHeight)
            details = Region(x: tw + 1, y: bodyTop, width: s.width - tw - 1, height: bodyHeight)
        } else {
            let th = max(3, bodyHeight * 3 / 5)
            table = Region(x: 0, y: bodyTop, width: s.width, height: th)
            details = Region(x: 0, y: bodyTop + th + 1, width: s.width, height: max(0, bodyHeight - th - 1))
        }
        // Tabs follow the event name in the top bar. Where they and the release state do not
        // both fit, the other panes' tabs give way to their numbers: the release state and the
        // current pane's name are what a person needs to see (`5 时间表` at 60 columns).
        var start = min(s.width / 3, DisplayWidth.of(Sanitize.forTerminal(s.plan.event.shortestName)) + 3)
        let full = Pane.allCases.reduce(0) { $0 + DisplayWidth.of(Layout.tabLabel($1, s)) + 2 }
        let right = Layout.rightOfTabs(s)
        compactTabs = start + full + right > s.width
        if compactTabs {
            // Still too wide (an English release state at 60 columns): the event name gives way
            // next, cut with `…` or gone, before the release state or the current pane would.
            let compact = Pane.allCases.reduce(0) { $0 + DisplayWidth.of(Layout.tabLabel($1, s, compact: true)) + 2 }
            start = max(1, min(start, s.width - compact - right))
        }
        var x = start
        tabs = []
        for p in Pane.allCases {
            let w = DisplayWidth.of(Layout.tabLabel(p, s, compact: compactTabs)) + 2
            tabs.append((p, x..<(x + w)))
            x += w
        }
    }

    /// Tabs other than the current one show only their number.
    var compactTabs = false

    static func tabLabel(_ p: Pane, _ s: AppState, compact: Bool = false) -> String {
        compact && p != s.pane ? "\(p.rawValue)" : "\(p.rawValue) " + p.title.text(s.language)
    }

    /// What the top bar shows right of the tabs: the release state, the read-only note.
    static func rightOfTabs(_ s: AppState) -> Int {
        (s.document.releaseState(s.language).map { DisplayWidth.of(" " + Sanitize.forTerminal($0) + " ") } ?? 0)
            + (s.document.readOnly ? DisplayWidth.of(UIWords.readOnlyNote.text(s.language)) + 2 : 0)
    }

    /// Column widths that fit: the most important columns first, spare width to flexible ones.
    static func fit(_ columns: [Column], width: Int) -> [(Int, Int)] {
        var chosen: [Int] = []
        var used = 0
        for i in columns.indices.sorted(by: { columns[$0].priority > columns[$1].priority }) {
            let need = columns[i].width + (chosen.isEmpty ? 0 : 1)
            if used + need <= width { chosen.append(i); used += need }
        }
        chosen.sort()
        var widths = Dictionary(uniqueKeysWithValues: chosen.map { ($0, columns[$0].width) })
        let flex = chosen.filter { columns[$0].flex }
        if !flex.isEmpty {
            let spare = width - used
            for (k, i) in flex.enumerated() { widths[i]! += spare / flex.count + (k < spare % flex.count ? 1 : 0) }
        }
        return chosen.map { ($0, widths[$0]!) }
    }
}
