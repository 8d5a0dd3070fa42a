/// The grid of one QR symbol while it is drawn: the function patterns (finders, timing,
/// alignment, format and version information), then the codewords, then a mask.
struct Symbol {
    let version: Int
    let size: Int
    var dark: [Bool]
    /// Modules of the function patterns, which codewords and masks leave alone.
    var reserved: [Bool]

    init(version: Int) {
        self.version = version
        size = version * 4 + 17
        dark = Array(repeating: false, count: size * size)
        reserved = dark
        drawFunctionPatterns()
    }

    private mutating func set(_ x: Int, _ y: Int, _ isDark: Bool) {
        dark[y * size + x] = isDark
        reserved[y * size + x] = true
    }

    private mutating func drawFunctionPatterns() {
        for index in 0..<size {
            set(6, index, index % 2 == 0)
            set(index, 6, index % 2 == 0)
        }
        for (x, y) in [(3, 3), (size - 4, 3), (3, size - 4)] {
            for dy in -4...4 {
                for dx in -4...4 where (0..<size).contains(x + dx) && (0..<size).contains(y + dy) {
                    let distance = max(abs(dx), abs(dy))
                    set(x + dx, y + dy, distance != 2 && distance != 4)
                }
            }
        }
        let centres = alignmentCentres
        for (i, x) in centres.enumerated() {
            for (j, y) in centres.enumerated() {
                // The three corners hold finder patterns.
                let last = centres.count - 1
                if (i == 0 && j == 0) || (i == 0 && j == last) || (i == last && j == 0) { continue }
                for dy in -2...2 {
                    for dx in -2...2 { set(x + dx, y + dy, max(abs(dx), abs(dy)) != 1) }
                }
            }
        }
        // Reserved now, written for real once the mask is chosen.
        drawFormat(mask: 0)
        drawVersion()
    }

    private var alignmentCentres: [Int] {
        guard version > 1 else { return [] }
        let count = version / 7 + 2
        let step = version == 32 ? 26 : (version * 4 + count * 2 + 1) / (count * 2 - 2) * 2
        return [6] + (0..<count - 1).map { size - 7 - $0 * step }.reversed()
    }

    /// Level M (format bits 00) and the mask, BCH(15,5), XOR 101010000010010.
    mutating func drawFormat(mask: Int) {
        let data = mask
        var remainder = data
        for _ in 0..<10 { remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537) }
        let bits = (data << 10 | remainder) ^ 0x5412
        func bit(_ index: Int) -> Bool { (bits >> index) & 1 == 1 }
        for index in 0...5 { set(8, index, bit(index)) }
        set(8, 7, bit(6))
        set(8, 8, bit(7))
        set(7, 8, bit(8))
        for index in 9..<15 { set(14 - index, 8, bit(index)) }
        for index in 0..<8 { set(size - 1 - index, 8, bit(index)) }
        for index in 8..<15 { set(8, size - 15 + index, bit(index)) }
        set(8, size - 8, true)
    }

    /// Versions 7 and up say their number twice, BCH(18,6).
    private mutating func drawVersion() {
        guard version >= 7 else { return }
        var remainder = version
        for _ in 0..<12 { remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25) }
        let bits = version << 12 | remainder
        for index in 0..<18 {
            let isDark = (bits >> index) & 1 == 1
            let a = size - 11 + index % 3, b = index / 3
            set(a, b, isDark)
            set(b, a, isDark)
        }
    }

    /// Codewords in the zig-zag of two-module columns from the bottom right, skipping the
    /// vertical timing pattern; modules left over (remainder bits) stay light.
    mutating func place(_ codewords: [UInt8]) {
        var bit = 0
        var right = size - 1
        while right >= 1 {
            if right == 6 { right = 5 }
            let upward = (right + 1) & 2 == 0
            for step in 0..<size {
                let y = upward ? size - 1 - step : step
                for x in [right, right - 1] where !reserved[y * size + x] && bit < codewords.count * 8 {
                    dark[y * size + x] = (codewords[bit >> 3] >> UInt8(7 - (bit & 7))) & 1 == 1
                    bit += 1
                }
            }
            right -= 2
        }
    }

    func masked(_ mask: Int) -> Symbol {
        var copy = self
        for y in 0..<size {
            for x in 0..<size where !reserved[y * size + x] && Symbol.flips(mask, x, y) {
                copy.dark[y * size + x].toggle()
            }
        }
        copy.drawFormat(mask: mask)
        return copy
    }

    static func flips(_ mask: Int, _ x: Int, _ y: Int) -> Bool {
        switch mask {
        case 0: (x + y) % 2 == 0
        case 1: y % 2 == 0
        case 2: x % 3 == 0
        case 3: (x + y) % 3 == 0
        case 4: (x / 3 + y / 2) % 2 == 0
        case 5: x * y % 2 + x * y % 3 == 0
        case 6: (x * y % 2 + x * y % 3) % 2 == 0
        default: ((x + y) % 2 + x * y % 3) % 2 == 0
        }
    }

    /// The standard's four penalties: runs of five or more, 2×2 blocks, finder-like patterns
    /// (1:1:3:1:1 with four light modules on one side, found in an 11-module window), and
    /// dark modules away from half.
    var penalty: Int {
        var total = 0
        for horizontal in [true, false] {
            for line in 0..<size {
                var run = 0, window = 0, previous = false
                for index in 0..<size {
                    let isDark = horizontal ? dark[line * size + index] : dark[index * size + line]
                    if index > 0 && isDark == previous {
                        run += 1
                    } else {
                        if run >= 5 { total += run - 2 }
                        run = 1
                    }
                    previous = isDark
                    window = ((window << 1) | (isDark ? 1 : 0)) & 0x7FF
                    if index >= 10 && (window == 0x5D0 || window == 0x05D) { total += 40 }
                }
                if run >= 5 { total += run - 2 }
            }
        }
        for y in 0..<size - 1 {
            for x in 0..<size - 1 {
                let colour = dark[y * size + x]
                if dark[y * size + x + 1] == colour && dark[(y + 1) * size + x] == colour
                    && dark[(y + 1) * size + x + 1] == colour { total += 3 }
            }
        }
        let darkCount = dark.reduce(0) { $0 + ($1 ? 1 : 0) }
        let cells = size * size
        total += ((abs(darkCount * 20 - cells * 10) + cells - 1) / cells - 1) * 10
        return total
    }
}
