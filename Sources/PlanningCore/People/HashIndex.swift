/// From 64-bit hashes to the first position stored under each: what the roster matcher looks
/// people up by. Open addressing over one flat array, taking the keys as they are (they are
/// already well-mixed hashes) where a `Dictionary` would hash each again, three times a row
/// for 100,000 rows. Key and value share a slot, so a probe touches one cache line.
struct HashIndex {
    private struct Slot {
        var key: UInt64
        /// -1 marks an empty slot.
        var value: Int
    }
    private var slots: [Slot]
    private var count = 0

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: Slot(key: 0, value: -1), count: size)
    }

    subscript(key: UInt64) -> Int? {
        slots.withUnsafeBufferPointer { s in
            let mask = s.count - 1
            var i = Int(truncatingIfNeeded: key) & mask
            while s[i].value >= 0 {
                if s[i].key == key { return s[i].value }
                i = (i + 1) & mask
            }
            return nil
        }
    }

    /// Stores `value` under `key` unless the key holds one already: the first holder keeps it.
    mutating func insertIfAbsent(_ key: UInt64, _ value: Int) {
        if (count + 1) * 2 > slots.count { grow() }
        let inserted = slots.withUnsafeMutableBufferPointer { s -> Bool in
            let mask = s.count - 1
            var i = Int(truncatingIfNeeded: key) & mask
            while s[i].value >= 0 {
                if s[i].key == key { return false }
                i = (i + 1) & mask
            }
            s[i] = Slot(key: key, value: value)
            return true
        }
        if inserted { count += 1 }
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Slot(key: 0, value: -1), count: old.count * 2)
        count = 0
        for slot in old where slot.value >= 0 { insertIfAbsent(slot.key, slot.value) }
    }
}
