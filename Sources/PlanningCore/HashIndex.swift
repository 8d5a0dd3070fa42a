/// From 64-bit hashes to the first position stored under each: what the roster matcher looks
/// people up by. Open addressing over two flat arrays, taking the keys as they are (they are
/// already well-mixed hashes) where a `Dictionary` would hash each again, three times a row
/// for 100,000 rows.
struct HashIndex {
    private var keys: [UInt64]
    /// -1 marks an empty slot.
    private var values: [Int]
    private var count = 0

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: -1, count: size)
    }

    subscript(key: UInt64) -> Int? {
        let mask = keys.count - 1
        var i = Int(truncatingIfNeeded: key) & mask
        while values[i] >= 0 {
            if keys[i] == key { return values[i] }
            i = (i + 1) & mask
        }
        return nil
    }

    /// Stores `value` under `key` unless the key holds one already: the first holder keeps it.
    mutating func insertIfAbsent(_ key: UInt64, _ value: Int) {
        if (count + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var i = Int(truncatingIfNeeded: key) & mask
        while values[i] >= 0 {
            if keys[i] == key { return }
            i = (i + 1) & mask
        }
        keys[i] = key
        values[i] = value
        count += 1
    }

    private mutating func grow() {
        let old = (keys, values)
        keys = Array(repeating: 0, count: old.0.count * 2)
        values = Array(repeating: -1, count: old.0.count * 2)
        count = 0
        for (k, v) in zip(old.0, old.1) where v >= 0 { insertIfAbsent(k, v) }
    }
}
