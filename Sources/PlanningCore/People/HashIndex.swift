/// From 64-bit hashes to the first position stored under each: what the roster matcher looks
/// people up by. Open addressing, taking the keys as they are (they are already well-mixed
/// hashes) where a `Dictionary` would hash each again, three times a row for 100,000 rows.
/// Keys and 32-bit positions in arrays of their own (12 bytes a slot, not 16): three indexes
/// over a million-row list take 75 MB rather than 100.
struct HashIndex {
    private var keys: [UInt64]
    /// -1 marks an empty slot.
    private var values: [Int32]
    private var count = 0

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: -1, count: size)
    }

    subscript(key: UInt64) -> Int? {
        keys.withUnsafeBufferPointer { k in
            values.withUnsafeBufferPointer { v in
                let mask = k.count - 1
                var i = Int(truncatingIfNeeded: key) & mask
                while v[i] >= 0 {
                    if k[i] == key { return Int(v[i]) }
                    i = (i + 1) & mask
                }
                return nil
            }
        }
    }

    /// Stores `value` under `key` unless the key holds one already: the first holder keeps it.
    mutating func insertIfAbsent(_ key: UInt64, _ value: Int) {
        if (count + 1) * 2 > keys.count { grow() }
        let inserted = keys.withUnsafeMutableBufferPointer { k in
            values.withUnsafeMutableBufferPointer { v -> Bool in
                let mask = k.count - 1
                var i = Int(truncatingIfNeeded: key) & mask
                while v[i] >= 0 {
                    if k[i] == key { return false }
                    i = (i + 1) & mask
                }
                k[i] = key
                v[i] = Int32(value)
                return true
            }
        }
        if inserted { count += 1 }
    }

    private mutating func grow() {
        let (oldKeys, oldValues) = (keys, values)
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: -1, count: oldKeys.count * 2)
        count = 0
        for i in oldKeys.indices where oldValues[i] >= 0 { insertIfAbsent(oldKeys[i], Int(oldValues[i])) }
    }
}
