/// Everything the bargaining model needs to know about the actors at one moment.
///
/// Values are on the model's 0–1 scale (KTAB files and parley's seeds use 0–100; divide by 100).
/// Per-actor, per-issue values are stored row-major in flat arrays: actor `i`, issue `d` is at
/// `i * issueCount + d`. Build one with ``init(capabilities:positions:saliences:ideals:accommodation:)``,
/// which checks every value, so a state that exists is always safe to run.
public struct BargainingState: Sendable, Hashable {
    /// Number of actors, `n`.
    public let actorCount: Int
    /// Number of issues (dimensions), `D`.
    public let issueCount: Int
    /// Each actor's capability `c_i` (clout); only ratios matter, up to the model's small constants.
    public private(set) var capabilities: [Double]
    /// Current stances `x_id`, row-major `n × D`, each in 0...1.
    public private(set) var positions: [Double]
    /// How much each issue matters to each actor, `s_id`, row-major `n × D`; each row sums to at most 1.
    public private(set) var saliences: [Double]
    /// The points each actor measures outcomes from, `y_id`; equal to `positions` unless actors accommodate.
    public private(set) var ideals: [Double]
    /// How far each actor's ideal follows the others' stances after every turn.
    public private(set) var accommodation: AccommodationMatrix

    /// Capabilities above this are refused: sums over 250 actors must stay far from overflow.
    public static let maximumCapability = 1e12
    /// Rounding slack allowed on "saliences sum to at most 1" (files give saliences to 2 decimals).
    public static let salienceSumTolerance = 1e-6

    /// Creates a checked state.
    ///
    /// - Parameters:
    ///   - capabilities: one value per actor, finite, `0 ... maximumCapability`.
    ///   - positions: `n` rows of `D` values in 0...1.
    ///   - saliences: `n` rows of `D` values in 0...1, each row summing to at most 1.
    ///   - ideals: `n` rows of `D` values in 0...1; `nil` means "the same as positions".
    ///   - accommodation: defaults to `.identity` (ideals track positions exactly, KTAB's default).
    public init(
        capabilities: [Double],
        positions: [[Double]],
        saliences: [[Double]],
        ideals: [[Double]]? = nil,
        accommodation: AccommodationMatrix = .identity
    ) throws(BargainingStateError) {
        let n = capabilities.count
        guard n >= 1 else { throw .noActors }
        let d = positions.first?.count ?? 0
        guard d >= 1 else { throw .noIssues }
        try Self.checkShape(positions, actors: n, issues: d, what: "positions")
        try Self.checkShape(saliences, actors: n, issues: d, what: "saliences")
        if let ideals { try Self.checkShape(ideals, actors: n, issues: d, what: "ideals") }
        try self.init(
            actorCount: n, issueCount: d, capabilities: capabilities,
            flatPositions: positions.flatMap { $0 }, flatSaliences: saliences.flatMap { $0 },
            flatIdeals: ideals?.flatMap { $0 }, accommodation: accommodation)
    }

    /// Creates a checked state from flat row-major arrays (`n × D` each).
    public init(
        actorCount n: Int,
        issueCount d: Int,
        capabilities: [Double],
        flatPositions: [Double],
        flatSaliences: [Double],
        flatIdeals: [Double]? = nil,
        accommodation: AccommodationMatrix = .identity
    ) throws(BargainingStateError) {
        guard n >= 1 else { throw .noActors }
        guard d >= 1 else { throw .noIssues }
        guard capabilities.count == n else {
            throw .shapeMismatch("capabilities has \(capabilities.count) values for \(n) actors")
        }
        for (name, array) in [("positions", flatPositions), ("saliences", flatSaliences)]
        where array.count != n * d {
            throw .shapeMismatch("\(name) has \(array.count) values; expected \(n) × \(d)")
        }
        if let flatIdeals, flatIdeals.count != n * d {
            throw .shapeMismatch("ideals has \(flatIdeals.count) values; expected \(n) × \(d)")
        }
        for (i, c) in capabilities.enumerated() where !(c.isFinite && c >= 0 && c <= Self.maximumCapability) {
            throw .capabilityOutOfRange(actor: i, value: c)
        }
        for index in 0..<(n * d) {
            let (actor, issue) = index.quotientAndRemainder(dividingBy: d)
            if !Self.isUnit(flatPositions[index]) {
                throw .valueOutOfRange(what: "position", actor: actor, issue: issue, value: flatPositions[index])
            }
            if !Self.isUnit(flatSaliences[index]) {
                throw .valueOutOfRange(what: "salience", actor: actor, issue: issue, value: flatSaliences[index])
            }
            if let flatIdeals, !Self.isUnit(flatIdeals[index]) {
                throw .valueOutOfRange(what: "ideal", actor: actor, issue: issue, value: flatIdeals[index])
            }
        }
        for actor in 0..<n {
            let total = flatSaliences[(actor * d)..<(actor * d + d)].reduce(0, +)
            if total > 1 + Self.salienceSumTolerance { throw .salienceSumAboveOne(actor: actor, total: total) }
        }
        if case .matrix(let weights) = accommodation {
            guard weights.count == n * n else {
                throw .shapeMismatch("accommodation has \(weights.count) weights; expected \(n) × \(n)")
            }
            for actor in 0..<n {
                let row = weights[(actor * n)..<(actor * n + n)]
                guard row.allSatisfy({ $0.isFinite && $0 >= 0 }), row.reduce(0, +) <= 1 + 1e-9 else {
                    throw .invalidAccommodation(actor: actor)
                }
            }
        }
        self.actorCount = n
        self.issueCount = d
        self.capabilities = capabilities
        self.positions = flatPositions
        self.saliences = flatSaliences
        self.ideals = flatIdeals ?? flatPositions
        self.accommodation = accommodation
    }

    /// Internal init for states the engine produced from an already-checked state.
    init(unchecked base: BargainingState, positions: [Double], ideals: [Double]) {
        self = base
        self.positions = positions
        self.ideals = ideals
    }

    /// Actor `actor`'s stance on issue `issue`, 0...1.
    public func position(actor: Int, issue: Int) -> Double { positions[actor * issueCount + issue] }

    /// Actor `actor`'s salience for issue `issue`, 0...1.
    public func salience(actor: Int, issue: Int) -> Double { saliences[actor * issueCount + issue] }

    /// Actor `actor`'s ideal point on issue `issue`, 0...1.
    public func ideal(actor: Int, issue: Int) -> Double { ideals[actor * issueCount + issue] }

    /// Actor `actor`'s stance on every issue.
    public func positions(of actor: Int) -> [Double] {
        Array(positions[(actor * issueCount)..<(actor * issueCount + issueCount)])
    }

    /// Sets actor `actor`'s stance on `issue` (0...1). With the default accommodation the ideal
    /// follows; otherwise the ideal is left where it is.
    public mutating func setPosition(_ value: Double, actor: Int, issue: Int) throws(BargainingStateError) {
        guard Self.isUnit(value) else { throw .valueOutOfRange(what: "position", actor: actor, issue: issue, value: value) }
        positions[actor * issueCount + issue] = value
        if accommodation == .identity { ideals[actor * issueCount + issue] = value }
    }

    /// Replaces actor `actor`'s saliences (one per issue, each 0...1, summing to at most 1).
    public mutating func setSaliences(_ values: [Double], actor: Int) throws(BargainingStateError) {
        guard values.count == issueCount else {
            throw .shapeMismatch("\(values.count) saliences for \(issueCount) issues")
        }
        for (issue, value) in values.enumerated() where !Self.isUnit(value) {
            throw .valueOutOfRange(what: "salience", actor: actor, issue: issue, value: value)
        }
        let total = values.reduce(0, +)
        guard total <= 1 + Self.salienceSumTolerance else { throw .salienceSumAboveOne(actor: actor, total: total) }
        saliences.replaceSubrange((actor * issueCount)..<(actor * issueCount + issueCount), with: values)
    }

    /// Sets actor `actor`'s capability (finite, `0 ... maximumCapability`).
    public mutating func setCapability(_ value: Double, actor: Int) throws(BargainingStateError) {
        guard value.isFinite && value >= 0 && value <= Self.maximumCapability else {
            throw .capabilityOutOfRange(actor: actor, value: value)
        }
        capabilities[actor] = value
    }

    /// Replaces the accommodation matrix (checked as in the initialiser). Switching to the
    /// identity puts every ideal back on its actor's position.
    public mutating func setAccommodation(_ matrix: AccommodationMatrix) throws(BargainingStateError) {
        let checked = try BargainingState(
            actorCount: actorCount, issueCount: issueCount, capabilities: capabilities, flatPositions: positions,
            flatSaliences: saliences, flatIdeals: matrix == .identity ? nil : ideals, accommodation: matrix)
        self = checked
    }

    private static func isUnit(_ value: Double) -> Bool { value >= 0 && value <= 1 }  // false for NaN

    private static func checkShape(
        _ rows: [[Double]], actors: Int, issues: Int, what: String
    ) throws(BargainingStateError) {
        guard rows.count == actors else {
            throw .shapeMismatch("\(what) has \(rows.count) rows for \(actors) actors")
        }
        for (i, row) in rows.enumerated() where row.count != issues {
            throw .shapeMismatch("\(what) row \(i) has \(row.count) values; expected \(issues)")
        }
    }
}

/// Why a ``BargainingState`` could not be built.
public enum BargainingStateError: Error, Sendable, Hashable, CustomStringConvertible {
    case noActors
    case noIssues
    case shapeMismatch(String)
    case capabilityOutOfRange(actor: Int, value: Double)
    case valueOutOfRange(what: String, actor: Int, issue: Int, value: Double)
    case salienceSumAboveOne(actor: Int, total: Double)
    case invalidAccommodation(actor: Int)

    public var description: String {
        switch self {
        case .noActors: return "a bargaining state needs at least one actor"
        case .noIssues: return "a bargaining state needs at least one issue"
        case .shapeMismatch(let text): return text
        case .capabilityOutOfRange(let actor, let value):
            return "actor \(actor): capability \(value) is not between 0 and \(BargainingState.maximumCapability)"
        case .valueOutOfRange(let what, let actor, let issue, let value):
            return "actor \(actor), issue \(issue): \(what) \(value) is not between 0 and 1"
        case .salienceSumAboveOne(let actor, let total):
            return "actor \(actor): saliences sum to \(total), more than 1"
        case .invalidAccommodation(let actor):
            return "actor \(actor): accommodation weights must be non-negative and sum to at most 1"
        }
    }
}
