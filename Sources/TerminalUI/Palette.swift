/// Colour roles; the backend maps them to terminal colours, or ignores them in monochrome,
/// where every role is also told apart by bold, reverse, underline or a symbol.
enum Palette {
    static let accent: UInt8 = 1
    static let error: UInt8 = 2
    static let warning: UInt8 = 3
    static let info: UInt8 = 4
    static let muted: UInt8 = 5
    static let count = 5
}
