/// What `search` found: the sequences of events that reach the goal, shortest first and then
/// least costly, with what the search did not explore and what seed values would have to be.
///
///     result.found.first?.commands   // ["apply summit between=RU,UA topics=ceasefire turns=10 uptake=0.1"]
///     result.pruning                 // what was not explored, in words
///
/// Cost: the number of events first, then the effort, the sum of each event's graded
/// parameters' shares of their ranges (``CandidateGrid``); ties keep the catalog's order.
public struct SearchResult: Sendable {
    /// One sequence that reaches the goal.
    public struct Path: Sendable, Hashable {
        /// The `apply` lines, in order: a script that replays it.
        public var commands: [String]
        public var effort: Double
        /// The measure at the end, nil for none.
        public var value: Double?
    }

    public var goal: String
    public var measure: String
    /// The measure on the branch now, nil for none.
    public var startValue: Double?
    public var alreadyMet: Bool
    public var branch: String
    public var steps: Int
    public var depth: Int
    public var beam: Int
    /// The event types searched, in catalog order.
    public var types: [String]
    /// The single events tried at each step (every grid point the roles allow).
    public var candidates: Int
    /// Sequences performed, over every depth.
    public var evaluated: Int
    /// The depth searched to: where the first sequences reaching the goal were found, or the limit.
    public var reachedDepth: Int
    /// Every distinct sequence found at `reachedDepth`, best first (up to ``shownLimit``).
    public var found: [Path]
    /// How many distinct sequences reach the goal at that depth in all.
    public var foundCount: Int
    /// What the search did not explore, one plain sentence each.
    public var pruning: [String]
    /// True when Ctrl-C stopped it: `found` is the best among what was evaluated.
    public var cancelled: Bool
    /// What single seed value, changed, would reach the goal with no events.
    public var requirements: [SeedRequirement]
    /// What the seed-value question did not cover.
    public var requirementNotes: [String]
    /// Where the goal is a deal on one issue of the seeds' package and it holds (now, or after
    /// the sequences shown) while the package has no deal there: one sentence saying so.
    public var packageNote: String? = nil

    /// How many found sequences a result keeps.
    public static let shownLimit = 10
}
