/// Preallocated buffers and the per-turn kernel of the bargaining model.
///
/// One workspace serves a whole run: every buffer a turn needs is allocated here once, so the
/// turn loop itself never touches the heap. Matrices are flat and row-major; `distance` holds
/// `δ_ij` with the viewer `i` as the row, `distanceByTarget` the same values with the target as
/// the row, so that the challenge step's innermost loop (over third parties `k`, for a fixed
/// target `j`) reads memory contiguously.
///
/// Not thread-safe and not `Sendable`: it is private to the call that created it. Worker
/// threads inside a turn write only to disjoint slices and to their own scratch.
final class BargainingWorkspace {
    let actorCount: Int
    let issueCount: Int
    let workerCount: Int

    // Inputs, fixed for the run.
    let capability: UnsafeMutablePointer<Double>
    let salience: UnsafeMutablePointer<Double>
    /// `σ_i = Σ_d s_id`.
    let salienceTotal: UnsafeMutablePointer<Double>
    /// `Σ_d s_id²`, the distance's normaliser.
    let salienceSquareSum: UnsafeMutablePointer<Double>
    /// `σ_i c_i`, an actor's weight when it votes in a challenge.
    let challengeWeight: UnsafeMutablePointer<Double>
    /// `A`, row-major `n × n`, or nil for the identity.
    let accommodation: UnsafeMutablePointer<Double>?
    /// 1 for actors allowed to challenge, be challenged and move this run; 0 for bystanders.
    let isParticipant: UnsafeMutablePointer<Bool>

    // State, updated every turn.
    var position: UnsafeMutablePointer<Double>
    var nextPosition: UnsafeMutablePointer<Double>
    let ideal: UnsafeMutablePointer<Double>

    // Per-turn intermediate results.
    let distance: UnsafeMutablePointer<Double>
    let distanceByTarget: UnsafeMutablePointer<Double>
    /// `u(δ_ij, 0)`, viewer-major: the risk-neutral utilities the risk step votes with.
    let neutralUtility: UnsafeMutablePointer<Double>
    /// Each actor position's probability of prevailing, duplicates kept.
    let prevailing: UnsafeMutablePointer<Double>
    /// `R_i`.
    let riskAttitude: UnsafeMutablePointer<Double>
    /// The actor `i` challenges, or -1.
    let target: UnsafeMutablePointer<Int>
    let challengerChance: UnsafeMutablePointer<Double>
    let expectedGain: UnsafeMutablePointer<Double>
    /// For challenger `i`: its own side (`D` values) then the target's side (`D` values).
    let bargainSides: UnsafeMutablePointer<Double>
    /// `u(δ_am, R_a)`, viewer-major: what each stance is worth to each actor, in its own eyes.
    let ownUtility: UnsafeMutablePointer<Double>
    /// What the status quo is worth to each voter.
    let statusQuoValue: UnsafeMutablePointer<Double>
    /// Row = challenger `i` (whose bargain), column = voter `a`.
    let bargainValue: UnsafeMutablePointer<Double>
    /// Challenger whose bargain each actor took, or -1 for its status quo.
    let choice: UnsafeMutablePointer<Int>
    /// The winning option's probability in each actor's queue.
    let choiceProbability: UnsafeMutablePointer<Double>

    /// Per-worker scratch, each worker owning one disjoint slice.
    let workerScratch: [WorkerScratch]
    /// Helper threads for the larger steps; nil when the run is too small for threads to pay.
    private let team: WorkerTeam?

    private var allocations: [UnsafeMutableRawPointer] = []

    /// Scratch one worker thread uses for its share of a turn.
    struct WorkerScratch {
        /// `r^h_k` for the current viewer `h`.
        let risk: UnsafeMutablePointer<Double>
        /// `U^h(k, i)` for the current challenger `i`.
        let utilityOfChallenger: UnsafeMutablePointer<Double>
        /// `U^h(k, k)`.
        let utilityOfOwn: UnsafeMutablePointer<Double>
        /// Participants `i` may challenge, in index order.
        let candidates: UnsafeMutablePointer<Int>
        /// Options of one actor's queue: -1 for the status quo, else the challenger index.
        let queue: UnsafeMutablePointer<Int>
        let queueUtility: UnsafeMutablePointer<Double>
        let queueSupport: UnsafeMutablePointer<Double>
        let queueProbability: UnsafeMutablePointer<Double>
    }

    init(state: BargainingState, participants: [Int]?, workerCount: Int) {
        let n = state.actorCount
        let d = state.issueCount
        actorCount = n
        issueCount = d
        // More threads than actors, or than any machine here has cores, cannot help.
        self.workerCount = n >= TurnStep.challenges.smallestParallelActorCount ? min(max(1, workerCount), n, 64) : 1
        team = self.workerCount > 1 ? WorkerTeam(workerCount: self.workerCount) : nil
        var allocations: [UnsafeMutableRawPointer] = []
        func buffer<T>(_ count: Int, _ initial: T) -> UnsafeMutablePointer<T> {
            let pointer = UnsafeMutablePointer<T>.allocate(capacity: max(1, count))
            pointer.initialize(repeating: initial, count: max(1, count))
            allocations.append(UnsafeMutableRawPointer(pointer))
            return pointer
        }
        capability = buffer(n, 0.0)
        salience = buffer(n * d, 0.0)
        salienceTotal = buffer(n, 0.0)
        salienceSquareSum = buffer(n, 0.0)
        challengeWeight = buffer(n, 0.0)
        isParticipant = buffer(n, participants == nil)
        position = buffer(n * d, 0.0)
        nextPosition = buffer(n * d, 0.0)
        ideal = buffer(n * d, 0.0)
        distance = buffer(n * n, 0.0)
        distanceByTarget = buffer(n * n, 0.0)
        neutralUtility = buffer(n * n, 0.0)
        prevailing = buffer(n, 0.0)
        riskAttitude = buffer(n, 0.0)
        target = buffer(n, -1)
        challengerChance = buffer(n, 0.0)
        expectedGain = buffer(n, 0.0)
        bargainSides = buffer(n * 2 * d, 0.0)
        ownUtility = buffer(n * n, 0.0)
        statusQuoValue = buffer(n, 0.0)
        bargainValue = buffer(n * n, 0.0)
        choice = buffer(n, -1)
        choiceProbability = buffer(n, 1.0)
        if case .matrix(let weights) = state.accommodation {
            let pointer = buffer(n * n, 0.0)
            pointer.update(from: weights, count: n * n)
            accommodation = pointer
        } else {
            accommodation = nil
        }
        // Support for the risk step's n-option election lives in worker 0's queue scratch.
        workerScratch = (0..<self.workerCount).map { _ in
            WorkerScratch(
                risk: buffer(n, 0.0), utilityOfChallenger: buffer(n, 0.0), utilityOfOwn: buffer(n, 0.0),
                candidates: buffer(n, 0),
                queue: buffer(n + 1, -1), queueUtility: buffer((n + 1) * n, 0.0),
                queueSupport: buffer((n + 1) * (n + 1), 0.0), queueProbability: buffer(n + 1, 0.0))
        }
        self.allocations = allocations

        capability.update(from: state.capabilities, count: n)
        salience.update(from: state.saliences, count: n * d)
        position.update(from: state.positions, count: n * d)
        ideal.update(from: state.ideals, count: n * d)
        for i in 0..<n {
            var total = 0.0
            var squares = 0.0
            for k in 0..<d {
                let s = salience[i * d + k]
                total += s
                squares += s * s
            }
            salienceTotal[i] = total
            salienceSquareSum[i] = squares
            challengeWeight[i] = total * capability[i]
        }
        for i in participants ?? [] { isParticipant[i] = true }
    }

    deinit {
        team?.stop()
        for pointer in allocations { pointer.deallocate() }
    }

    /// Plays one turn: the current positions become the next ones. Returns `Δ_t`, how far all
    /// actors moved together (sum of Euclidean norms), and, if asked, the turn's record.
    func playTurn(number turn: Int, recording: Bool) -> (movement: Double, record: TurnRecord?) {
        computeDistances()
        assessRisk()
        makeChallenges()
        chooseBargains()
        var record = recording ? makeRecord(turn: turn) : nil
        let movement = adoptNextPositions()
        record?.movement = movement
        return (movement, record)
    }

    /// `δ_ij = δ_i(x_j)` for every viewer `i` and stance `j`: `n²·D`, once per turn.
    func computeDistances() {
        forEachActor(.distances)
    }

    /// Viewer `i`'s row of the distance matrices (and its transpose's column).
    func distanceRow(_ i: Int) {
        let n = actorCount
        let d = issueCount
        for j in 0..<n {
            let value = SpatialUtility.distance(
                ideal: ideal + i * d, saliences: salience + i * d,
                salienceSquareSum: salienceSquareSum[i], to: position + j * d, issues: d)
            distance[i * n + j] = value
            distanceByTarget[j * n + i] = value
            neutralUtility[i * n + j] = SpatialUtility.utility(distance: value, risk: 0)
        }
    }

    /// Moves every actor to its chosen position, updates ideals, and returns `Δ_t`.
    func adoptNextPositions() -> Double {
        let n = actorCount
        let d = issueCount
        var movement = 0.0
        for i in 0..<n {
            var squares = 0.0
            for k in 0..<d {
                let step = nextPosition[i * d + k] - position[i * d + k]
                squares += step * step
            }
            movement += squares.squareRoot()
        }
        swap(&position, &nextPosition)
        if let accommodation {
            for i in 0..<n where isParticipant[i] {
                var weightSum = 0.0
                for j in 0..<n { weightSum += accommodation[i * n + j] }
                for k in 0..<d {
                    var pull = 0.0
                    for j in 0..<n { pull += accommodation[i * n + j] * position[j * d + k] }
                    ideal[i * d + k] = pull + (1 - weightSum) * ideal[i * d + k]
                }
            }
        } else {
            ideal.update(from: position, count: n * d)
        }
        return movement
    }

    /// Runs `step` for every actor's row, split into contiguous blocks over the team when the
    /// scenario is big enough for threads to pay. Each row's work is independent and written to
    /// its own slots, so results are identical however the rows are split.
    func forEachActor(_ step: TurnStep) {
        guard let team, actorCount >= step.smallestParallelActorCount else {
            for row in 0..<actorCount { run(step, row: row, worker: 0) }
            return
        }
        team.perform(task: step.rawValue, for: self)
    }

    private func run(_ step: TurnStep, row: Int, worker: Int) {
        switch step {
        case .distances: distanceRow(row)
        case .riskSupport: riskSupportRow(row)
        case .challenges: challengeRow(row, worker: worker)
        case .statusQuoValues: statusQuoRow(row)
        case .bargainValues: bargainValueRow(row)
        case .choices: choiceRow(row, worker: worker)
        }
    }
}

extension BargainingWorkspace: WorkerTeam.Client {
    func performShare(of task: Int, worker: Int, workers: Int) {
        guard let step = TurnStep(rawValue: task) else { return }
        let start = actorCount * worker / workers
        let end = actorCount * (worker + 1) / workers
        for row in start..<end { run(step, row: row, worker: worker) }
    }
}

/// The steps of a turn that go row by row (one row per actor) and so can be split over threads.
enum TurnStep: Int {
    case distances, riskSupport, challenges, statusQuoValues, bargainValues, choices

    /// Threads pay only above some size, which differs with each row's weight (measured on 2
    /// cores: the `O(n²)`-per-row challenge step gains from about 24 actors, the `O(n·D)` or
    /// `O(n)`-per-row steps only well above that).
    var smallestParallelActorCount: Int {
        switch self {
        case .challenges: return 24
        case .bargainValues: return 32
        case .riskSupport, .statusQuoValues, .choices: return 48
        case .distances: return 64
        }
    }
}
