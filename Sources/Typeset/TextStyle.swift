/// How a piece of text is to be set in its box, and how far it may give way when it does not fit.
public struct TextStyle: Equatable, Sendable {
    public enum Alignment: Sendable { case leading, center, trailing }
    public enum VerticalAlignment: Sendable { case top, center, bottom }

    /// Font families in order of preference, comma-separated as fontconfig reads them. Each character
    /// is set in the first family that has it, so a word stays in one font when the first family
    /// covers its script (`Fonts.sans`).
    public var fonts: String
    /// The size the text is set at when it fits, in points.
    public var size: Double
    /// The smallest size it may shrink to, after wrapping did not help; below this a reader at arm's
    /// length cannot read it, so the text is reported as not fitting instead.
    public var minimumSize: Double
    public var maxLines: Int
    /// Leading and trailing follow the text's direction: a Uyghur name in Arabic script starts at the right.
    public var alignment: Alignment
    public var verticalAlignment: VerticalAlignment
    public var bold: Bool
    public var color: Color
    /// Pieces of the text no line may break inside, such as the people's names in a list of them
    /// (`Қанат Әбдіқадыров、Олег Петров`): lines break between them. A piece wider than a line
    /// is let break after all, rather than cut.
    public var keptWhole: [String] = []
    /// Lines of equal length when the text must break where no word ends (a long Chinese title
    /// with no organisation ending in it): a break in mid-phrase then reads as meant.
    public var balanced = false
    /// Every line this many times the size tall, whatever fonts it takes: an Arabic-script or Thai
    /// font's line is taller than the CJK font's, and a line of people with one Uyghur name among
    /// them stood apart from its neighbours. Nil: as tall as the fonts' own lines.
    public var lineHeight: Double?

    public init(fonts: String = Fonts.sans, size: Double, minimumSize: Double? = nil, maxLines: Int = 1,
                alignment: Alignment = .leading, verticalAlignment: VerticalAlignment = .center,
                bold: Bool = false, color: Color = .black) {
        self.fonts = fonts
        self.size = size
        self.minimumSize = min(minimumSize ?? size, size)
        self.maxLines = max(1, maxLines)
        self.alignment = alignment
        self.verticalAlignment = verticalAlignment
        self.bold = bold
        self.color = color
    }
}

/// What became of a piece of text: callers list what did not fit so staff can give a short form.
public struct TextFit: Equatable, Sendable {
    /// The size it was set at.
    public var size: Double
    /// Each line as a reader sees it, trailing spaces dropped; when it did not fit, the last line
    /// ends in "…" where the rest was cut off.
    public var lines: [String]
    /// Whether all of it is in the box at `size` or larger, within `maxLines`.
    public var fits: Bool
    /// Characters no installed font has, drawn as boxes, in the order they first appear.
    public var missing: [Unicode.Scalar]

    public init(size: Double, lines: [String], fits: Bool, missing: [Unicode.Scalar]) {
        self.size = size
        self.lines = lines
        self.fits = fits
        self.missing = missing
    }
}
