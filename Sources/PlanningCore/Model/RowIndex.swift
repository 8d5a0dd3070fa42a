/// The position of an entity in one of the plan's arrays, by id. People read from the
/// database come in id order, so a binary search over their ids finds them with no
/// 100,000-entry dictionary to build each time the event is opened or changed; an array in
/// any other order gets a dictionary. Where an id appears twice, its first position counts.
public struct RowIndex<Entity>: Sendable {
    private let ids: [Int]
    private let table: [Int: Int]?

    public init(_ ids: [ID<Entity>]) {
        let raw = ids.map(\.raw)
        var increasing = true
        for i in raw.indices.dropFirst() where raw[i - 1] >= raw[i] { increasing = false; break }
        if increasing {
            self.ids = raw
            table = nil
        } else {
            var t: [Int: Int] = [:]
            t.reserveCapacity(raw.count)
            for (i, id) in raw.enumerated() where t[id] == nil { t[id] = i }
            self.ids = []
            table = t
        }
    }

    public subscript(id: ID<Entity>) -> Int? {
        if let table { return table[id.raw] }
        var low = 0, high = ids.count
        while low < high {
            let mid = (low + high) / 2
            if ids[mid] < id.raw { low = mid + 1 } else { high = mid }
        }
        return low < ids.count && ids[low] == id.raw ? low : nil
    }
}
