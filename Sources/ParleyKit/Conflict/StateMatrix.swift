/// A relation between a conflict's states: row `s` is the set of states related to `s`.
///
///     var moves = StateMatrix(states: 4)
///     moves.insert(row: 0, 2)     // state 1 can move to state 3
///     moves.row(0).contains(2)    // true
///
/// Rows are packed bit vectors in one buffer, so a transitive closure costs
/// O(S² + S·r·S/64) word operations for S states and reachable sets of size r, with no
/// allocation per step.
public struct StateMatrix: Sendable, Hashable {
    public let states: Int
    let wordsPerRow: Int
    var storage: [UInt64]

    public init(states: Int) {
        self.states = states
        wordsPerRow = StateSet.wordCount(states)
        storage = [UInt64](filling: 0, count: states * wordsPerRow)
    }

    public func contains(row: Int, _ column: Int) -> Bool {
        storage[row * wordsPerRow + column >> 6] & (1 << UInt64(column & 63)) != 0
    }

    public mutating func insert(row: Int, _ column: Int) {
        storage[row * wordsPerRow + column >> 6] |= 1 << UInt64(column & 63)
    }

    public func row(_ row: Int) -> StateSet {
        let base = row * wordsPerRow
        return StateSet(capacity: states, words: Array(storage[base..<base + wordsPerRow]))
    }

    /// Whether row `row` shares a member with `set`.
    public func row(_ row: Int, intersects set: StateSet) -> Bool {
        let base = row * wordsPerRow
        for word in 0..<wordsPerRow where storage[base + word] & set.words[word] != 0 { return true }
        return false
    }

    public func rowIsEmpty(_ row: Int) -> Bool {
        let base = row * wordsPerRow
        for word in 0..<wordsPerRow where storage[base + word] != 0 { return false }
        return true
    }

    /// The members of row `row`, in increasing order.
    public func members(ofRow row: Int) -> [Int] {
        var result: [Int] = []
        let base = row * wordsPerRow
        for word in 0..<wordsPerRow {
            var bits = storage[base + word]
            while bits != 0 {
                result.append(word * 64 + bits.trailingZeroBitCount)
                bits &= bits - 1
            }
        }
        return result
    }

    /// The union of two relations of the same size.
    public mutating func formUnion(_ other: StateMatrix) {
        for index in storage.indices { storage[index] |= other.storage[index] }
    }

    /// The states reachable by a path of one or more steps (Warshall's algorithm on bit rows).
    public func transitiveClosure() -> StateMatrix {
        var closure = self
        let width = wordsPerRow
        closure.storage.withUnsafeMutableBufferPointer { rows in
            for through in 0..<states {
                let word = through >> 6
                let mask: UInt64 = 1 << UInt64(through & 63)
                let source = through * width
                for row in 0..<states where rows[row * width + word] & mask != 0 {
                    let target = row * width
                    for index in 0..<width { rows[target + index] |= rows[source + index] }
                }
            }
        }
        return closure
    }

    /// The transitive closure of a relation that never leaves its slice: each slice (a list of
    /// states) is closed on its own, in local indices, so the cost is Σ m³/64 over slices of
    /// size m instead of S³/64. Edges between slices must not exist.
    public func transitiveClosure(slices: [[Int]]) -> StateMatrix {
        var result = StateMatrix(states: states)
        var local = [Int](filling: -1, count: states)
        for slice in slices {
            for (position, state) in slice.enumerated() { local[state] = position }
            var block = StateMatrix(states: slice.count)
            for (position, state) in slice.enumerated() {
                for target in members(ofRow: state) where local[target] >= 0 { block.insert(row: position, local[target]) }
            }
            let closed = block.transitiveClosure()
            for position in slice.indices {
                for target in closed.members(ofRow: position) { result.insert(row: slice[position], slice[target]) }
            }
            for state in slice { local[state] = -1 }
        }
        return result
    }

    /// The image of `set` under this relation: every state some member of `set` relates to.
    public func image(of set: StateSet) -> StateSet {
        var result = StateSet(capacity: states)
        for member in set { result.formUnion(row(member)) }
        return result
    }
}
