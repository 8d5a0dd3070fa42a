import Foundation

/// The search keys of one pane's rows (text, pinyin, initials) in one buffer, newline between
/// rows. A query that matches nothing until the last of 100,000 rows reads every key: as
/// 100,000 separate arrays that took 16–21 ms a keystroke; one buffer scanned with glibc's
/// vectorised memmem takes a fraction of that.
struct SearchIndex {
    private var bytes: [UInt8] = []
    /// Row r's key is bytes[starts[r] ..< starts[r + 1] - 1].
    private var starts: [Int] = [0]

    init(keys: [String]) {
        bytes.reserveCapacity(keys.reduce(0) { $0 + $1.utf8.count + 1 })
        for k in keys {
            bytes.append(contentsOf: k.utf8.lazy.map { $0 == 0x0A ? 0x20 : $0 })
            bytes.append(0x0A)
            starts.append(bytes.count)
        }
    }

    var count: Int { starts.count - 1 }

    func matches(row: Int, _ q: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { b in
            find(q, in: UnsafeRawBufferPointer(rebasing: b[starts[row]..<starts[row + 1] - 1])) != nil
        }
    }

    /// The first of `order` from position `from` on (wrapping) whose row matches `q`.
    func firstMatch(_ q: [UInt8], order: [Int], from: Int) -> Int? {
        guard !q.isEmpty, !q.contains(0x0A), !order.isEmpty else { return nil }
        let n = order.count
        // Short or common queries match near where the person already is.
        for k in 0..<min(n, 256) {
            let position = (from + k) % n
            if matches(row: order[position], q) { return position }
        }
        guard n > 256 else { return nil }
        var hit = [Bool](repeating: false, count: count)
        var any = false
        bytes.withUnsafeBytes { b in
            var p = 0
            while p < b.count, let at = find(q, in: UnsafeRawBufferPointer(rebasing: b[p...])) {
                let row = rowOf(p + at)
                hit[row] = true
                any = true
                p = starts[row + 1]
            }
        }
        guard any else { return nil }
        for k in 0..<n where hit[order[(from + k) % n]] { return (from + k) % n }
        return nil
    }

    /// The row whose key holds byte offset `at` (binary search over the starts).
    private func rowOf(_ at: Int) -> Int {
        var lo = 0, hi = starts.count - 1
        while lo + 1 < hi {
            let mid = (lo + hi) / 2
            if starts[mid] <= at { lo = mid } else { hi = mid }
        }
        return lo
    }

    private func find(_ q: [UInt8], in hay: UnsafeRawBufferPointer) -> Int? {
        guard q.count <= hay.count, let base = hay.baseAddress else { return nil }
        return q.withUnsafeBytes { n -> Int? in
            if let memmem = ByteSearch.memmem {
                return memmem(base, hay.count, n.baseAddress!, n.count).map {
                    $0 - UnsafeMutableRawPointer(mutating: base)
                }
            }
            return ByteSearch.plain(hay, n)
        }
    }
}

enum ByteSearch {
    typealias MemMem = @convention(c) (UnsafeRawPointer, Int, UnsafeRawPointer, Int) -> UnsafeMutableRawPointer?

    /// Looked up at run time: its declaration needs _GNU_SOURCE, which the modules Swift sees lack.
    static let memmem: MemMem? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "memmem") else { return nil }
        return unsafeBitCast(symbol, to: MemMem.self)
    }()

    /// Where `n` first occurs in `h`, byte by byte.
    static func plain(_ h: UnsafeRawBufferPointer, _ n: UnsafeRawBufferPointer) -> Int? {
        guard n.count <= h.count else { return nil }
        var i = 0
        while i <= h.count - n.count {
            var j = 0
            while j < n.count && h[i + j] == n[j] { j += 1 }
            if j == n.count { return i }
            i += 1
        }
        return nil
    }
}
