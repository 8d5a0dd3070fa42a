import PlanningCore

/// How a cell is drawn: attributes for its structure (the selected row is reverse, a heading
/// bold) and a role for its meaning, which the theme turns into a colour or, in monochrome,
/// an attribute.
public struct CellStyle: Hashable, Sendable {
    public var bold = false
    public var reverse = false
    public var underline = false
    public var dim = false
    public var role: Role = .plain

    public init(
        bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false, role: Role = .plain
    ) {
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
        self.role = role
    }

    public static let plain = CellStyle()
}

/// One terminal cell. A wide character fills its cell and marks the next as its continuation,
/// so every row always has exactly `width` cells.
public struct Cell: Hashable, Sendable {
    public var character: Character
    /// 1 for a normal cell, 2 for the first half of a wide character, 0 for the second half.
    public var width: UInt8
    public var style: CellStyle

    public static let blank = Cell(character: " ", width: 1, style: .plain)
}

/// The in-memory screen every view draws into. The ncurses backend copies it to the terminal;
/// tests read it as text, as a person would.
public struct CellGrid: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Text `put` cut at its limit without a `…`: the UI's rule is to cut only with one, and the
    /// screens' sweep test reads this to find any that does not. Not part of what is drawn.
    public private(set) var silentCuts: [String] = []

    public static func == (a: CellGrid, b: CellGrid) -> Bool {
        a.width == b.width && a.height == b.height && a.cells == b.cells
    }

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell { cells[y * width + x] }

    /// Writes text from column x, clipped to `maxWidth` cells (and the grid's edge). Control
    /// characters and escape sequences are shown as placeholders; a wide character that would
    /// not fit whole is replaced by a space. Returns the column after the last cell written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: CellStyle = .plain, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height else { return x }
        let limit = min(width, x + (maxWidth ?? width))
        var col = x
        let shown = Sanitize.forTerminal(text)
        for i in shown.indices {
            let ch = shown[i]
            let w = DisplayWidth.of(ch)
            if w == 0 { continue } // combining marks and zero-width characters stay with their base
            if col + w > limit {
                if col < limit && col >= 0 { set(col, y, Cell(character: " ", width: 1, style: style)) }
                if !shown[i...].allSatisfy(\.isWhitespace) { silentCuts.append(shown) }
                return limit
            }
            if col >= 0 {
                set(col, y, Cell(character: ch, width: UInt8(w), style: style))
                if w == 2 { set(col + 1, y, Cell(character: " ", width: 0, style: style)) }
            }
            col += w
        }
        return col
    }

    /// Fills a rectangle with spaces in a style (selection bars, panels).
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, style: CellStyle = .plain) {
        for row in max(0, y)..<min(height, y + h) {
            for col in max(0, x)..<min(width, x + w) { set(col, row, Cell(character: " ", width: 1, style: style)) }
        }
    }

    /// Writing into half of a wide character blanks its other half, so no row is ever torn.
    private mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        let i = y * width + x
        // (A continuation written right after its own wide character must not blank that character.)
        if cells[i].width == 0 && cell.width != 0 && x > 0 && cells[i - 1].width == 2 {
            cells[i - 1] = Cell(character: " ", width: 1, style: cells[i - 1].style)
        }
        if cells[i].width == 2 && x + 1 < width && cell.width != 2 {
            cells[i + 1] = Cell(character: " ", width: 1, style: cells[i + 1].style)
        }
        cells[i] = cell
    }

    /// Row y as the text a person reads, trailing spaces removed.
    public func text(row y: Int) -> String {
        var s = ""
        for x in 0..<width where self[x, y].width != 0 { s.append(self[x, y].character) }
        while s.last == " " { s.removeLast() }
        return s
    }

    /// The whole screen as lines of text.
    public var text: String { (0..<height).map { text(row: $0) }.joined(separator: "\n") }
}
