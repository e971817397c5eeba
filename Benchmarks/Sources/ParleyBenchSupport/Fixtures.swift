import Foundation
import ParleyKit
import ParleyTestSupport

/// Where the benchmarks find their inputs, and the inputs themselves, built the same way the
/// executable builds them.
public enum Fixtures {
    /// The parley checkout, as the tests and fuzzers find it (`ParleyTestSupport`).
    public static var root: URL { ParleyFixtures.root }

    /// KTAB's scenario files (MIT; see `LICENSE-KTAB` beside them), as the tests use them.
    public static var ktabFolder: URL { ParleyFixtures.ktabFolder }

    /// The bundled seeds.
    public static var seedsFolder: URL { ParleyFixtures.seedsFolder }

    /// A KTAB scenario file, read and checked.
    public static func ktab(_ file: String) -> KTABScenario {
        ParleyFixtures.ktab(file)
    }

    /// The model's input for a KTAB file.
    public static func state(_ file: String) -> BargainingState {
        do {
            return try ktab(file).bargainingState()
        } catch {
            fatalError("\(file) is not a valid bargaining state: \(error)")
        }
    }

    /// The first `count` actors of `dummyData-a160.csv` (160 actors, one dimension).
    public static func firstActors(_ count: Int) -> BargainingState {
        var scenario = ktab("dummyData-a160.csv")
        precondition(count <= scenario.actors.count)
        scenario.actors = Array(scenario.actors.prefix(count))
        do {
            return try scenario.bargainingState()
        } catch {
            fatalError("first \(count) actors of a160: \(error)")
        }
    }

    /// The seeds and the event catalog.
    public static func world() -> World {
        ParleyFixtures.world()
    }
}

/// A console that keeps what the interpreter writes, so output is produced (and paid for) but
/// not printed. Errors are kept apart so a benchmark can insist there were none.
public final class CollectingConsole: @unchecked Sendable {
    public private(set) var output: [String] = []
    public private(set) var errors: [String] = []
    public private(set) var characters = 0

    public init() {}

    public var console: Console {
        Console(write: { [unowned self] text in
            characters += text.utf8.count
            output.append(text)
        }, writeError: { [unowned self] text in
            errors.append(text)
        })
    }

    /// Drops what was collected (keeps the count of characters).
    public func clear() {
        output.removeAll(keepingCapacity: true)
    }
}

extension Interpreter {
    /// An interpreter on `world` at its latest snapshot, writing into `sink`.
    public static func onSeeds(_ world: World, sink: CollectingConsole) -> Interpreter {
        var session = Session()
        session.begin(world, at: world.seeds.latest)
        return Interpreter(session: session, console: sink.console)
    }
}

/// The replay script: apply, show and undo cycles, `count` commands in all.
public enum ReplayScript {
    /// One cycle. Every command succeeds on the bundled seeds, and each `undo` takes back the
    /// `apply` before it, so the session never grows.
    public static let cycle = [
        "apply round participants=RU,UA mediator=TR",
        "show",
        "undo",
        "apply sanctions by=EU,US target=RU severity=0.7",
        "show RU",
        "undo",
        "apply prisoner-exchange between=RU,UA",
        "show UA",
        "undo",
        "apply summit between=US,RU",
        "show",
        "undo",
    ]

    public static func text(commands count: Int = 10_000) -> String {
        var lines: [String] = ["# \(count) commands: apply, show and undo cycles (written by parley-replay-script)"]
        lines.reserveCapacity(count + 1)
        for index in 0..<count { lines.append(cycle[index % cycle.count]) }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// The search the benchmarks time: a goal no sequence of one or two events reaches on the July
/// state, so all three depths are searched (14,321 candidates, then the beam's 48 states × the
/// 1,002 distinct events, twice: 110,513 sequences). The beam is widened from its default 24
/// because the role rules now leave fewer candidates, and the issue asks for at least 100,000.
public enum SearchBenchmark {
    public static let goal = "gap(RU,UA).territory < 10"
    public static let command = "search \"\(goal)\" depth=3 beam=48"
}
