extension Array {
    /// `count` copies of `value`, as `Array(repeating:count:)` makes them.
    ///
    ///     var totals = [Double](filling: 0, count: issues)
    ///
    /// The standard library's initialiser (and `init(unsafeUninitializedCapacity:)`) allocates
    /// through a function it never specialises, which looks the storage's type up in the
    /// runtime's shared metadata table on every call; two cores doing that in every run pass
    /// the table's reader count back and forth (two threads making small arrays so took half
    /// as long again as one). Copying from `repeatElement` is specialised here, and finds the
    /// type in a cached reference instead.
    @inlinable
    init(filling value: Element, count: Int) {
        self.init(repeatElement(value, count: count))
    }
}
