/// Everything on a page is in PostScript points (1/72 inch) from the page's top left, y growing
/// downwards, as Cairo measures: the PDF's own unit, so sizes given in points print at that size.
public enum Length {
    /// Points from millimetres, the unit print layouts are drawn up in.
    public static func mm(_ millimetres: Double) -> Double { millimetres * 72 / 25.4 }
}

/// A page's size in points.
public struct PageSize: Equatable, Sendable {
    public var width: Double, height: Double

    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    public static let a4 = PageSize(width: Length.mm(210), height: Length.mm(297))
    public static let a5 = PageSize(width: Length.mm(148), height: Length.mm(210))

    /// The same sheet turned sideways (table cards, wide seating charts).
    public var landscape: PageSize { PageSize(width: max(width, height), height: min(width, height)) }
}

/// A rectangle on the page in points.
public struct Box: Equatable, Sendable {
    public var x: Double, y: Double, width: Double, height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public var maxX: Double { x + width }
    public var maxY: Double { y + height }
}

/// An opaque colour; print matter needs no transparency.
public struct Color: Equatable, Sendable {
    public var red: Double, green: Double, blue: Double

    public init(red: Double, green: Double, blue: Double) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    public init(gray: Double) { self.init(red: gray, green: gray, blue: gray) }

    public static let black = Color(gray: 0)
    public static let white = Color(gray: 1)
}
