/// A set of a conflict's states (0-based indices), as a bit vector.
///
///     var set = StateSet(capacity: 12)
///     set.insert(3)
///     set.contains(3)  // true
///
/// The solver's sets and reachability rows are all of this kind, so the concepts reduce to
/// word-wide unions and intersections.
public struct StateSet: Sendable, Hashable, Sequence {
    public private(set) var words: [UInt64]
    public let capacity: Int

    public init(capacity: Int) {
        self.capacity = capacity
        words = [UInt64](filling: 0, count: StateSet.wordCount(capacity))
    }

    public init<S: Sequence>(capacity: Int, _ members: S) where S.Element == Int {
        self.init(capacity: capacity)
        for member in members { insert(member) }
    }

    init(capacity: Int, words: [UInt64]) {
        self.capacity = capacity
        self.words = words
    }

    static func wordCount(_ capacity: Int) -> Int { (capacity + 63) / 64 }

    public func contains(_ state: Int) -> Bool {
        words[state >> 6] & (1 << UInt64(state & 63)) != 0
    }

    public mutating func insert(_ state: Int) {
        words[state >> 6] |= 1 << UInt64(state & 63)
    }

    public mutating func remove(_ state: Int) {
        words[state >> 6] &= ~(1 << UInt64(state & 63))
    }

    public var isEmpty: Bool { words.allSatisfy { $0 == 0 } }
    public var count: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

    public func intersects(_ other: StateSet) -> Bool {
        for index in words.indices where words[index] & other.words[index] != 0 { return true }
        return false
    }

    public mutating func formUnion(_ other: StateSet) {
        for index in words.indices { words[index] |= other.words[index] }
    }

    public func makeIterator() -> AnyIterator<Int> {
        var wordIndex = 0
        var current = words.first ?? 0
        let words = self.words
        return AnyIterator {
            while current == 0 {
                wordIndex += 1
                guard wordIndex < words.count else { return nil }
                current = words[wordIndex]
            }
            let bit = current.trailingZeroBitCount
            current &= current - 1
            return wordIndex * 64 + bit
        }
    }
}
