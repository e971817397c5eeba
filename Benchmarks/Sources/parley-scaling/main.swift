import Foundation
import ParleyBenchSupport
import ParleyKit

// Engine time per turn for n = 10, 20, 40, 80, 160 actors on one dimension (the first n actors
// of KTAB's dummyData-a160), and the exponent k of time ∝ n^k fitted by least squares on
// log(time) against log(n).
//
//     parley-scaling [--workers W] [--repeats R]
//
// Each size plays `turns` turns (positions only) `repeats` times after one warm-up; the figure
// is the median run divided by the turns. Turns are fixed (no stopping rule) so every size does
// the same number of turns.

var workers: Int? = nil
var repeats = 15
var arguments = CommandLine.arguments.dropFirst()
while let flag = arguments.popFirst() {
    switch flag {
    case "--workers": workers = arguments.popFirst().flatMap { Int($0) }
    case "--repeats": repeats = arguments.popFirst().flatMap { Int($0) } ?? repeats
    default:
        FileHandle.standardError.write(Data("usage: parley-scaling [--workers W] [--repeats R]\n".utf8))
        exit(64)
    }
}

let model = BargainingModel(workerCount: workers)
let turns = 10
let sizes = [10, 20, 40, 80, 160]
let clock = ContinuousClock()

func seconds(_ duration: Duration) -> Double {
    let parts = duration.components
    return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
}

print("engine time per turn, first n actors of dummyData-a160 (1 dimension), \(model.workerCount) worker(s), median of \(repeats)")
print("n\tper turn (µs)")
var points: [(n: Double, t: Double)] = []
for n in sizes {
    let state = Fixtures.firstActors(n)
    _ = model.run(state, turns: turns, recording: false)  // warm-up
    var samples: [Double] = []
    for _ in 0..<repeats {
        let start = clock.now
        let run = model.run(state, turns: turns, recording: false)
        samples.append(seconds(clock.now - start))
        precondition(run.turnCount == turns)
    }
    samples.sort()
    let perTurn = samples[samples.count / 2] / Double(turns)
    points.append((Double(n), perTurn))
    print("\(n)\t\(String(format: "%.1f", perTurn * 1e6))")
}

func fit(_ points: [(n: Double, t: Double)]) -> Double {
    let xs = points.map { log($0.n) }, ys = points.map { log($0.t) }
    let mx = xs.reduce(0, +) / Double(xs.count), my = ys.reduce(0, +) / Double(ys.count)
    var sxy = 0.0, sxx = 0.0
    for (x, y) in zip(xs, ys) {
        sxy += (x - mx) * (y - my)
        sxx += (x - mx) * (x - mx)
    }
    return sxy / sxx
}

print("fitted exponent (log-log least squares, n = 10…160): \(String(format: "%.2f", fit(points)))")
print("fitted exponent (n = 40…160): \(String(format: "%.2f", fit(Array(points.suffix(3)))))")
