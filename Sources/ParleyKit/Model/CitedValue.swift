/// A number together with its provenance: a position, a salience or a capability.
///
///     CitedValue(85, .estimate("Moscow has not moved on this since March."))
///
/// Every number in the documented state is one of these, so nothing is stated without a source
/// or a reason.
public struct CitedValue: Sendable, Hashable, Codable {
    public var value: Double
    public var provenance: Provenance

    public init(_ value: Double, _ provenance: Provenance) {
        self.value = value
        self.provenance = provenance
    }
}
