import Testing
@testable import ParleyKit

/// Above the exact run limit, `measure=` values go through the quantile sketch like positions:
/// bounded memory, the same figures on any number of cores, close to the exact ones.
@Suite("Sketched measures")
struct SketchedMeasureTests {
    @Test func measuresAboveTheLimitAreSketchedAndAgreeWithTheExactFigures() throws {
        let t = SimulateTests.tour(workers: 1)
        let branch = try #require(t.interpreter.session.branch)
        let world = try #require(t.interpreter.session.world)
        let issues = branch.scenario.issues.count
        let measures: [Measure] = [.position(actor: "RU", issue: "territory"), .moved("RU", issue: nil),
                                   .nash(issue: "ceasefire"), .deal(issue: "territory")]
        let conditions = [try Condition.parse("RU.territory >= 80"), nil,
                          try Condition.parse("settle.ceasefire == none"), try Condition.parse("deal.territory == 1")]
        func run(workers: Int, limit: Int) throws -> SimulationResult {
            var monteCarlo = MonteCarlo(world: world, branch: branch, seed: 5, workers: workers, measures: measures)
            monteCarlo.conditions = conditions
            monteCarlo.exactRunLimit = limit
            return try #require(try monteCarlo.run(90))
        }
        let sketched = try run(workers: 1, limit: 40)
        #expect(sketched.measureValues.rows == 0 && sketched.measureSketches.count == measures.count)
        #expect(sketched == (try run(workers: 2, limit: 40)))
        let exact = try run(workers: 2, limit: 1000)
        #expect(exact.measureSketches.isEmpty && exact.measureValues.rows == 90)
        for index in measures.indices {
            let bin = measures[index].range(issues: issues).upperBound / Double(QuantileSketch.bins)
            let a = exact.measurePercentiles(index), b = sketched.measurePercentiles(index)
            #expect(abs(a.p10 - b.p10) <= bin / 2 + 1e-9 || (a.p10.isNaN && b.p10.isNaN), "\(measures[index])")
            #expect(abs(a.p50 - b.p50) <= bin / 2 + 1e-9 || (a.p50.isNaN && b.p50.isNaN), "\(measures[index])")
            #expect(abs(exact.measureMean(index) - sketched.measureMean(index)) < 1e-6
                    || (exact.measureMean(index).isNaN && sketched.measureMean(index).isNaN))
            #expect(exact.measureNoneCount(index) == sketched.measureNoneCount(index))
            #expect(exact.runsHolding(index) == sketched.runsHolding(index))
        }
        #expect(sketched.runsHolding(1) == nil)
    }

    @Test func aSketchCoversAWiderRange() {
        var sketch = QuantileSketch(range: 0...800)
        for value in stride(from: 0.0, through: 790, by: 10) { sketch.add(value) }
        #expect(abs(sketch.percentile(50) - 395) <= 0.04 + 1e-9)
        #expect(abs(sketch.mean - 395) < 1e-9)
        var unit = QuantileSketch(range: 0...1)
        unit.add(1); unit.add(0); unit.add(1)
        #expect(abs(unit.percentile(50) - 1) <= 0.00005 + 1e-12 && abs(unit.mean - 2.0 / 3) < 1e-12)
    }
}
