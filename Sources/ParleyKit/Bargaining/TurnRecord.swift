/// What happened in one bargaining turn: the raw material for explaining a stance.
///
/// Actor and issue numbers are indices into the ``BargainingState`` the run started from;
/// positions are on the 0–1 scale.
public struct TurnRecord: Sendable, Hashable {
    /// 1 for the first turn of a run.
    public var turn: Int
    /// Each actor's stance's probability of prevailing at the start of the turn (duplicates
    /// kept; the basis of the risk attitudes).
    public var prevailingProbabilities: [Double]
    /// `R_i`: 1 for the likeliest stance's holder, −1/2 for the least likely, 0 if all are equal.
    public var riskAttitudes: [Double]
    /// The challenges made, one at most per actor, ordered by challenger.
    public var challenges: [Challenge]
    /// Every actor's decision, ordered by actor.
    public var choices: [ActorChoice]
    /// `Δ_t`: the sum over actors of how far each moved (Euclidean, 0–1 scale).
    public var movement: Double

    public init(
        turn: Int, prevailingProbabilities: [Double], riskAttitudes: [Double],
        challenges: [Challenge], choices: [ActorChoice], movement: Double
    ) {
        self.turn = turn
        self.prevailingProbabilities = prevailingProbabilities
        self.riskAttitudes = riskAttitudes
        self.challenges = challenges
        self.choices = choices
        self.movement = movement
    }

    /// The challenge `actor` made this turn, if any.
    public func challenge(by actor: Int) -> Challenge? { challenges.first { $0.challenger == actor } }

    /// The challenges made against `actor` this turn.
    public func challenges(against actor: Int) -> [Challenge] { challenges.filter { $0.target == actor } }
}

/// One actor's challenge of another and the bargain it put on the table.
public struct Challenge: Sendable, Hashable {
    public var challenger: Int
    public var target: Int
    /// `p`: the challenger's chance of prevailing, counting third parties' support.
    public var challengerPrevails: Double
    /// `E`: the challenger's expected gain over the status quo (always above 1e-5).
    public var expectedGain: Double
    /// Where the bargain would put the challenger, per issue.
    public var challengerSide: [Double]
    /// Where the bargain would put the target, per issue.
    public var targetSide: [Double]

    public init(
        challenger: Int, target: Int, challengerPrevails: Double, expectedGain: Double,
        challengerSide: [Double], targetSide: [Double]
    ) {
        self.challenger = challenger
        self.target = target
        self.challengerPrevails = challengerPrevails
        self.expectedGain = expectedGain
        self.challengerSide = challengerSide
        self.targetSide = targetSide
    }
}

/// What one actor did with the bargains offered to it.
public struct ActorChoice: Sendable, Hashable {
    public var actor: Int
    /// The challengers whose bargains were in this actor's queue (after its status quo), in order.
    public var offers: [Int]
    /// Probabilities from the queue election: the status quo first, then `offers` in order.
    /// Empty when nothing was offered.
    public var offerProbabilities: [Double]
    /// The challenger whose bargain the actor took, or nil when it kept its stance.
    public var acceptedFrom: Int?
    /// Stances before and after, per issue.
    public var from: [Double]
    public var to: [Double]

    public init(
        actor: Int, offers: [Int], offerProbabilities: [Double], acceptedFrom: Int?, from: [Double], to: [Double]
    ) {
        self.actor = actor
        self.offers = offers
        self.offerProbabilities = offerProbabilities
        self.acceptedFrom = acceptedFrom
        self.from = from
        self.to = to
    }

    /// Whether the actor's stance changed.
    public var moved: Bool { from != to }
}
