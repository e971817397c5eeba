/// A number together with its provenance: a position, a salience or a capability.
///
///     CitedValue(85, .estimate("Moscow's terms in the June memorandum repeat its March condition."),
///                carried: CalendarDate(parsing: "2025-03-19"))
///
/// Every number in the documented state is one of these, so nothing is stated without a source
/// or a reason. `carried` marks an estimate that keeps an earlier snapshot's value (the
/// reasoning says why nothing dated since changes it); `outside` names a fact from outside the
/// five documents that the value rests on; `alternatives` are contested readings, each cited.
public struct CitedValue: Sendable, Hashable, Codable {
    public var value: Double
    public var provenance: Provenance
    /// The earlier snapshot whose value this one keeps.
    public var carried: CalendarDate?
    /// A fact from outside the documents that the value uses, with why it is used.
    public var outside: String?
    /// Other readings of the same value, each with its own provenance.
    public var alternatives: [CitedValue]

    public init(_ value: Double, _ provenance: Provenance, carried: CalendarDate? = nil, outside: String? = nil,
                alternatives: [CitedValue] = []) {
        self.value = value
        self.provenance = provenance
        self.carried = carried
        self.outside = outside
        self.alternatives = alternatives
    }
}
