import PlanningCore

/// What a cell means, not how it looks. The theme says how each role looks in colour and in
/// monochrome (as htop's colour schemes do); in monochrome every role still differs from plain
/// text by an attribute, and clash marks carry their own symbols (✖ ▲ !), so NO_COLOR loses no
/// meaning.
public enum Role: UInt8, CaseIterable, Sendable {
    case plain, accent, error, warning, info, acknowledged, muted
    /// The selected row or choice, the cursor; the field being typed in; column titles; the bars.
    case selection, focus, header, bar
}

/// One role's appearance: a terminal colour (nil: the terminal's own) and attributes.
struct Look: Equatable {
    var colour: Int16?
    var bold = false
    var underline = false
    var dim = false
    var reverse = false
}

enum Theme {
    /// Curses colour numbers (COLOR_RED is 1 and so on), kept here so the table reads alone.
    private static let red: Int16 = 1, green: Int16 = 2, yellow: Int16 = 3, blue: Int16 = 4, cyan: Int16 = 6,
        white: Int16 = 7

    /// role: (in colour, in monochrome)
    static let looks: [Role: (colour: Look, monochrome: Look)] = [
        .plain: (Look(), Look()),
        .accent: (Look(colour: cyan), Look(underline: true)),
        .error: (Look(colour: red, bold: true), Look(bold: true)),
        .warning: (Look(colour: yellow, bold: true), Look(bold: true)),
        .info: (Look(colour: blue), Look(dim: true)),
        .acknowledged: (Look(colour: green), Look(dim: true)),
        .muted: (Look(colour: white, dim: true), Look(dim: true)),
        .selection: (Look(colour: cyan, bold: true, reverse: true), Look(bold: true, reverse: true)),
        .focus: (Look(colour: yellow, underline: true), Look(underline: true)),
        .header: (Look(colour: green, bold: true, underline: true), Look(bold: true, underline: true)),
        .bar: (Look(colour: blue, reverse: true), Look(reverse: true)),
    ]

    static func look(_ role: Role, colour: Bool) -> Look {
        let pair = looks[role] ?? (Look(), Look())
        return colour ? pair.colour : pair.monochrome
    }

    /// The severity a mark or message stands for, as a role.
    static func role(_ severity: Severity?) -> Role {
        switch severity {
        case .error: .error
        case .warning: .warning
        case .info: .info
        case nil: .plain
        }
    }
}
