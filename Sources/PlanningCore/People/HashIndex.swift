/// From 64-bit hashes to the first position stored under each: what the roster matcher looks
/// people up by. Open addressing, taking the keys as they are (they are already well-mixed
/// hashes) where a `Dictionary` would hash each again, three times a row for 100,000 rows.
/// A slot is three 32-bit words side by side, the key's two halves and the position (12 bytes,
/// not 16): three indexes over a million-row list take 75 MB rather than 100. Side by side, not
/// keys and positions in arrays of their own: a probe of a table far larger than the cache then
/// misses once, not twice, and a new list's rows probe six times each.
struct HashIndex {
    private var slots: [UInt32]
    private var capacity: Int
    private var count = 0
    /// The position word of an empty slot.
    private static let empty = UInt32.max

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        self.capacity = size
        slots = Self.emptySlots(size)
    }

    private static func emptySlots(_ n: Int) -> [UInt32] {
        var s = [UInt32](repeating: 0, count: n * 3)
        for i in 0..<n { s[i * 3 + 2] = empty }
        return s
    }

    subscript(key: UInt64) -> Int? {
        slots.withUnsafeBufferPointer { s in
            let mask = capacity - 1
            var i = Int(truncatingIfNeeded: key) & mask
            let lo = UInt32(truncatingIfNeeded: key), hi = UInt32(truncatingIfNeeded: key >> 32)
            while s[i * 3 + 2] != Self.empty {
                if s[i * 3] == lo && s[i * 3 + 1] == hi { return Int(s[i * 3 + 2]) }
                i = (i + 1) & mask
            }
            return nil
        }
    }

    /// Stores `value` under `key` unless the key holds one already: the first holder keeps it,
    /// and is returned (nil when `value` was stored).
    @discardableResult
    mutating func insertIfAbsent(_ key: UInt64, _ value: Int) -> Int? {
        if (count + 1) * 2 > capacity { grow() }
        let mask = capacity - 1
        let holder = slots.withUnsafeMutableBufferPointer { s -> Int? in
            var i = Int(truncatingIfNeeded: key) & mask
            let lo = UInt32(truncatingIfNeeded: key), hi = UInt32(truncatingIfNeeded: key >> 32)
            while s[i * 3 + 2] != Self.empty {
                if s[i * 3] == lo && s[i * 3 + 1] == hi { return Int(s[i * 3 + 2]) }
                i = (i + 1) & mask
            }
            s[i * 3] = lo
            s[i * 3 + 1] = hi
            s[i * 3 + 2] = UInt32(truncatingIfNeeded: value)
            return nil
        }
        if holder == nil { count += 1 }
        return holder
    }

    private mutating func grow() {
        let old = slots, oldCapacity = capacity
        capacity = oldCapacity * 2
        slots = Self.emptySlots(capacity)
        count = 0
        for i in 0..<oldCapacity where old[i * 3 + 2] != Self.empty {
            insertIfAbsent(UInt64(old[i * 3]) | UInt64(old[i * 3 + 1]) << 32, Int(old[i * 3 + 2]))
        }
    }
}
