import Foundation
import FuzzSupport
import ParleyKit

/// The KTAB CSV reader, and the engine on what it accepts: the input is a CSV file's text.
/// A parsed scenario becomes a bargaining state and, when small enough to stay quick, plays a
/// few turns and a short run to convergence, whose trajectory is written as `parley ktab` does.
enum KTABTarget {
    /// One worker: the fuzzer runs alone on its core, and results do not depend on the count.
    static let model = BargainingModel(stoppingRule: StoppingRule(maximumTurns: 4), workerCount: 1)
    /// Turns cost about n³·d; bigger scenarios are parsed and checked but not played.
    static let playBudget = 150_000
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    var sink = 0
    let scenario: KTABScenario
    do {
        scenario = try KTABScenario.parse(text, file: "input.csv")
    } catch {
        sink &+= DiagnosticRenderer.render(error).utf8.count
        return sink == Int.min ? 1 : 0
    }
    let state: BargainingState
    do {
        state = try scenario.bargainingState()
    } catch {
        sink &+= error.description.utf8.count
        return sink == Int.min ? 1 : 0
    }
    let n = state.actorCount
    guard n * n * n * state.issueCount <= KTABTarget.playBudget else { return 0 }
    let (next, record) = KTABTarget.model.turn(state)
    sink &+= next.positions.count &+ record.challenges.count
    let run = KTABTarget.model.runToConvergence(state, recording: true)
    sink &+= KTABTrajectory.csv(run, of: scenario).utf8.count
    sink &+= KTABTarget.model.prevailingProbabilities(run.finalState).count
    return sink == Int.min ? 1 : 0
}

/// The executable's entry point (see FuzzSupport.runDriver).
@_cdecl("fuzz_ktab_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    // Fixtures and the library's own lazily built statics, made once before fuzzing starts.
    FuzzSupport.runDriver(argc, argv, prepare: {
        warmUp("Tiny,Three,3,1\nActor,Description,Power,Dim0 Position,Dim0 Salience\nA,a,10,0,50\nB,b,20,50,80\nC,c,30,100,100\n")
    }) { data, size in
        fuzz(UnsafeRawPointer(data ?? UnsafePointer(bitPattern: 1)!), size)
    }
}

/// Runs one input outside the fuzzing loop.
func warmUp(_ text: String) { warmUp(Array(text.utf8)) }

func warmUp(_ bytes: [UInt8]) {
    _ = bytes.withUnsafeBytes { fuzz($0.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!, $0.count) }
}
