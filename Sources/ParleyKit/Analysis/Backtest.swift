import Foundation

/// An out-of-sample check of the engine: from each snapshot to the next, fire the documented
/// timeline with the catalog as it is, and score the result against the later snapshot beside
/// two yardsticks that need no model.
///
///     let result = try Backtest(world: world).run()
///     result.windows[0].all.engine        // mean absolute error, points
///     result.windows[0].all.persistence   // the same for "nothing changes"
///
/// Persistence forecasts the earlier snapshot unchanged. Naive drift extrapolates each stance's
/// trend over the previous window linearly in time (clamped to 0–100); the first window has no
/// previous one, so drift is missing there. Nothing is fitted: the catalog is read once and
/// used unchanged in every window.
public struct Backtest: Sendable {
    public var world: World
    public var model: BargainingModel

    public init(world: World, model: BargainingModel = BargainingModel()) {
        self.world = world
        self.model = model
    }

    /// Mean absolute errors over a set of stances, and direction counts on it.
    public struct Score: Sendable, Hashable {
        public var count: Int
        public var engine: Double
        public var persistence: Double
        /// Nil where there is no earlier window to take a trend from.
        public var drift: Double?
        /// Over stances that changed: the engine moved the way the record did, the other way,
        /// or (within 0.05 points) not at all.
        public var engineRight = 0, engineWrong = 0, engineUnmoved = 0
        public var driftRight = 0, driftWrong = 0, driftUnmoved = 0

        /// 1 − engine / reference: above 0 the engine beats the reference, below it loses.
        public func skill(against reference: Double?) -> Double? {
            guard let reference, reference > 0 else { return nil }
            return 1 - engine / reference
        }
    }

    public struct Window: Sendable, Hashable {
        public var from: CalendarDate
        public var to: CalendarDate
        /// The documented events fired, by timeline id; those the catalog cannot read are skipped.
        public var fired: [String]
        public var skipped: [String]
        public var all: Score
        /// Stances whose coded position differs between the two snapshots.
        public var changed: Score
    }

    public struct Result: Sendable, Hashable {
        public var windows: [Window]
    }

    public struct Failure: Error, Sendable, Hashable {
        public var message: String
    }

    public func run() throws(Failure) -> Result {
        let snapshots = world.seeds.snapshots
        var windows: [Window] = []
        for k in snapshots.indices.dropFirst() {
            let earlier = world.scenario(at: snapshots[k - 1])
            let later = world.scenario(at: snapshots[k])
            var scenario = earlier
            var fired: [String] = []
            var skipped: [String] = []
            let events = world.seeds.timeline.filter { $0.date > earlier.date && $0.date <= later.date }
            let applier = EventApplier(catalog: world.catalog, model: model, step: 1)
            do throws(EventApplier.Failure) {
                for event in events {
                    _ = try applier.advance(&scenario, to: event.date)
                    guard let documented = DocumentedEvent(event, catalog: world.catalog) else {
                        skipped.append(event.id)
                        continue
                    }
                    _ = try applier.apply(documented.type, arguments: documented.arguments, to: &scenario)
                    fired.append(event.id)
                }
                _ = try applier.advance(&scenario, to: later.date)
            } catch {
                throw Failure(message: "\(snapshots[k - 1].date) → \(snapshots[k].date): \(error.message)")
            }
            let trend: [Double]? = k >= 2 ? Self.drift(from: world.scenario(at: snapshots[k - 2]), earlier, to: later.date) : nil
            let all = Array(earlier.positions.indices)
            let changed = all.filter { later.positions[$0] != earlier.positions[$0] }
            windows.append(Window(
                from: earlier.date, to: later.date, fired: fired, skipped: skipped,
                all: Self.score(all, engine: scenario.positions, start: earlier.positions, actual: later.positions, drift: trend),
                changed: Self.score(changed, engine: scenario.positions, start: earlier.positions, actual: later.positions, drift: trend)))
        }
        return Result(windows: windows)
    }

    /// Each stance's trend from `before` to `start`, carried on to `date`.
    static func drift(from before: Scenario, _ start: Scenario, to date: CalendarDate) -> [Double] {
        let span = Double(start.date.dayNumber - before.date.dayNumber)
        let ahead = Double(date.dayNumber - start.date.dayNumber)
        return start.positions.indices.map { i in
            let rate = span > 0 ? (start.positions[i] - before.positions[i]) / span : 0
            return min(100, max(0, start.positions[i] + rate * ahead))
        }
    }

    static func score(_ indices: [Int], engine: [Double], start: [Double], actual: [Double], drift: [Double]?) -> Score {
        func mean(_ forecast: [Double]) -> Double {
            indices.isEmpty ? 0 : indices.reduce(0.0) { $0 + abs(forecast[$1] - actual[$1]) } / Double(indices.count)
        }
        var score = Score(count: indices.count, engine: mean(engine), persistence: mean(start), drift: drift.map(mean))
        for i in indices where actual[i] != start[i] {
            let truth = actual[i] - start[i]
            func judge(_ forecast: Double) -> Int {
                let moved = forecast - start[i]
                if abs(moved) < 0.05 { return 0 }
                return (moved > 0) == (truth > 0) ? 1 : -1
            }
            switch judge(engine[i]) {
            case 1: score.engineRight += 1
            case -1: score.engineWrong += 1
            default: score.engineUnmoved += 1
            }
            if let drift {
                switch judge(drift[i]) {
                case 1: score.driftRight += 1
                case -1: score.driftWrong += 1
                default: score.driftUnmoved += 1
                }
            }
        }
        return score
    }
}
