import Benchmark
import ParleyBenchSupport
import ParleyKit

// parley's benchmark suite (issue 6). Each benchmark drives the real code path: the engine on
// KTAB's datasets, `apply` + `show` through the interpreter on the bundled seeds, a 10,000-command
// replay, `settle` and the package search, `simulate` (settlements included) on the largest
// teaching scenario, and the engine's cost per turn as the
// number of actors grows.
// Run: `make bench` at the root, or `swift package benchmark` here.

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
        timeUnits: .microseconds,
        warmupIterations: 2,
        maxDuration: .seconds(3),
        maxIterations: 1_000)

    // MARK: Engine on KTAB's datasets: read, then run to convergence as `parley ktab` does.

    let ktabFiles = [
        "dummyData_6Dim.csv", "dummyData-a040.csv", "SOE-Competitive.csv", "dummyData-a080.csv", "dummyData-a160.csv",
    ]
    for file in ktabFiles {
        let state = Fixtures.state(file)
        Benchmark("engine/\(file)", configuration: .init(maxDuration: .seconds(5), maxIterations: 200)) { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(BargainingModel().runToConvergence(state, recording: false))
            }
        }
    }
    // The same with a turn record per turn (the challenge table `explain` could show).
    let sixDim = Fixtures.state("dummyData_6Dim.csv")
    Benchmark("engine/dummyData_6Dim.csv recording") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(BargainingModel().runToConvergence(sixDim, recording: true))
        }
    }

    // MARK: The REPL's work on the bundled seeds, in process.

    let world = Fixtures.world()
    Benchmark("repl/apply round + show") { benchmark in
        let sink = CollectingConsole()
        let interpreter = Interpreter.onSeeds(world, sink: sink)
        benchmark.startMeasurement()
        let applied = interpreter.execute(line: "apply round participants=RU,UA mediator=TR", file: "<bench>")
        let shown = interpreter.execute(line: "show", file: "<bench>")
        benchmark.stopMeasurement()
        precondition(applied && shown && sink.errors.isEmpty, "apply/show failed: \(sink.errors)")
        blackHole(sink.characters)
    }

    Benchmark("repl/load seeds") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(Fixtures.world())
        }
    }

    let script = ReplayScript.text(commands: 10_000)
    Benchmark("repl/replay 10000 commands", configuration: .init(maxDuration: .seconds(10), maxIterations: 20)) { benchmark in
        let sink = CollectingConsole()
        let interpreter = Interpreter.onSeeds(world, sink: sink)
        benchmark.startMeasurement()
        let succeeded = interpreter.run(script: script, file: "replay.parley")
        benchmark.stopMeasurement()
        precondition(succeeded && sink.errors.isEmpty, "replay failed: \(sink.errors.prefix(3))")
        blackHole(sink.characters)
    }

    // MARK: The settlement model (issue 12): `settle` through the interpreter, and the package search.

    Benchmark("settle/settle, bundled seeds") { benchmark in
        let sink = CollectingConsole()
        let interpreter = Interpreter.onSeeds(world, sink: sink)
        benchmark.startMeasurement()
        let settled = interpreter.execute(line: "settle", file: "<bench>")
        benchmark.stopMeasurement()
        precondition(settled && sink.errors.isEmpty, "settle failed: \(sink.errors)")
        blackHole(sink.characters)
    }

    let july = world.scenario(at: world.seeds.latest)
    Benchmark("settle/package search, core issues") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(july.settlePackage())
        }
    }

    // MARK: Monte Carlo: `simulate` on the largest teaching scenario, after its script has run.

    let teaching = Fixtures.root.appendingPathComponent("scenarios/teach-sanctions-squeeze.parley").path
    Benchmark("simulate/teach-sanctions-squeeze 10000 runs",
              configuration: .init(maxDuration: .seconds(20), maxIterations: 10)) { benchmark in
        let sink = CollectingConsole()
        let interpreter = Interpreter.onSeeds(world, sink: sink)
        precondition(interpreter.run(scriptAt: teaching) && sink.errors.isEmpty, "scenario failed: \(sink.errors)")
        benchmark.startMeasurement()
        let simulated = interpreter.execute(line: "simulate 10000 seed=1", file: "<bench>")
        benchmark.stopMeasurement()
        precondition(simulated && sink.errors.isEmpty, "simulate failed: \(sink.errors)")
        blackHole(sink.characters)
    }

    // MARK: Sensitivity (issue 14): every input of the July state, one at a time, through the
    // command (replays, measures and the tornado); then the same on a branch with moves, and
    // the Morris screening. The bundled seeds load at the latest snapshot, 2025-07-23.

    for (name, setup, line) in [
        ("sensitivity/July forecast.territory, every input", [String](), "sensitivity forecast.territory"),
        ("sensitivity/July + summit + 60 days, RU.ceasefire", ["apply summit", "apply sanctions by=US severity=0.7", "advance 60d"],
         "sensitivity RU.ceasefire"),
        ("sensitivity/July forecast.territory --global r=10", [], "sensitivity forecast.territory --global r=10"),
    ] {
        Benchmark(name, configuration: .init(maxDuration: .seconds(10), maxIterations: 50)) { benchmark in
            let sink = CollectingConsole()
            let interpreter = Interpreter.onSeeds(world, sink: sink)
            for command in setup { precondition(interpreter.execute(line: command, file: "<bench>"), "\(command): \(sink.errors)") }
            benchmark.startMeasurement()
            let done = interpreter.execute(line: line, file: "<bench>")
            benchmark.stopMeasurement()
            precondition(done && sink.errors.isEmpty, "sensitivity failed: \(sink.errors)")
            blackHole(sink.characters)
        }
    }

    // MARK: Scaling: 10 turns of the first n actors of dummyData-a160 (one dimension).
    // The time per turn is the wall clock divided by 10; `parley-scaling` fits the exponent.

    for n in [10, 20, 40, 80, 160] {
        let state = Fixtures.firstActors(n)
        Benchmark("scaling/n=\(n) x 10 turns", configuration: .init(maxDuration: .seconds(4), maxIterations: 200)) { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(BargainingModel().run(state, turns: 10, recording: false))
            }
        }
    }

    // MARK: search (issue 14): depth 3 over the whole catalog on the July state, through the
    // interpreter as typed, the seed-value question included; at least 100,000 sequences.

    Benchmark("search/depth 3, whole catalog, July", configuration: .init(maxDuration: .seconds(60), maxIterations: 5)) { benchmark in
        let sink = CollectingConsole()
        let interpreter = Interpreter.onSeeds(world, sink: sink)
        benchmark.startMeasurement()
        let searched = interpreter.execute(line: SearchBenchmark.command, file: "<bench>")
        benchmark.stopMeasurement()
        let evaluated = interpreter.session.results.latest(SearchHistory.self)?.value.runs.last?.evaluated ?? 0
        precondition(searched && sink.errors.isEmpty && evaluated >= 100_000, "search failed or too small: \(evaluated) \(sink.errors)")
        blackHole(sink.characters)
    }

    // MARK: GMCR: Nash, GMR, SMR and SEQ for every decision maker at every state (issue 17),
    // graph building included, on 4-maker conflicts with every option vector feasible.

    for options in [6, 8, 10, 12] {
        let conflict = ConflictFixture.conflict(options: options, makers: 4)
        Benchmark("gmcr/\(options) options 4 makers all concepts",
                  configuration: .init(maxDuration: .seconds(4), maxIterations: 200)) { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(StabilityAnalysis(graph: try conflict.graph()))
            }
        }
    }
    let gmcrOnce = ConflictFixture.conflict(options: 10, makers: 4)
    Benchmark("gmcr/10 options 4 makers all concepts, sanctions once",
              configuration: .init(maxDuration: .seconds(4), maxIterations: 100)) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(StabilityAnalysis(graph: try gmcrOnce.graph(), rule: .once))
        }
    }
}
