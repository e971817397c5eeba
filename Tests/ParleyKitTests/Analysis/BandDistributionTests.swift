import Testing
@testable import ParleyKit

@Suite("simulate's band distributions")
struct BandDistributionTests {
    @Test func aForecastSplitsWhenNoBandHoldsMoreThanSixtyPercent() {
        #expect(BandDistribution(runs: 10, counts: [0: 6, 1: 4]).splits)
        #expect(!BandDistribution(runs: 100, counts: [0: 61, nil: 39]).splits)
        #expect(BandDistribution(runs: 100, counts: [2: 48, 3: 41, nil: 11]).splits)
        // Most runs first, ties in band order with no deal last.
        let tied = BandDistribution(runs: 9, counts: [nil: 3, 2: 3, 0: 3])
        #expect(tied.shares.map(\.band) == [0, 2, nil])
    }

    @Test func boundariesBelongToTheBandAbove() {
        let bounds: [Double] = [0, 15, 35, 55, 75, 90]
        #expect(BandDistribution.band(of: 35, lowerBounds: bounds) == 2)
        #expect(BandDistribution.band(of: 34.99, lowerBounds: bounds) == 1)
        #expect(BandDistribution.band(of: 100, lowerBounds: bounds) == 5)
    }

    /// The sketched count (above the exact-run limit) places runs exactly as the kept values do.
    @Test func sketchesCountBandsAsTheKeptValuesDo() throws {
        let t = Transcript()
        #expect(t.interpreter.loadAtStart(nil))
        let world = try #require(t.interpreter.session.world), branch = try #require(t.interpreter.session.branch)
        let exact = try #require(try MonteCarlo(world: world, branch: branch, seed: 8, workers: 2).run(120))
        var sketching = MonteCarlo(world: world, branch: branch, seed: 8, workers: 2)
        sketching.exactRunLimit = 10
        let sketched = try #require(try sketching.run(120))
        #expect(!sketched.isExact)
        for issue in exact.issues.indices {
            #expect(exact.consensusBands(issue: issue) == sketched.consensusBands(issue: issue))
            #expect(exact.settlementBands(issue: issue) == sketched.settlementBands(issue: issue))
            #expect(exact.consensusBands(issue: issue).shares.map(\.runs).reduce(0, +) == 120)
        }
    }

    @Test func theReportAndTheJSONCarryThem() throws {
        let t = Transcript()
        #expect(t.interpreter.loadAtStart(nil))
        #expect(t.run("simulate 40 seed=3"))
        #expect(t.out.contains("\nBands over the runs (a forecast splits when no band holds more than 60 % of them)\n"))
        let result = try #require(t.interpreter.session.results.latest(SimulationResult.self)?.value)
        let line = SimulationBandText.line(result.consensusBands(issue: 0), result, 0)
        #expect(t.out.contains("ceasefire     consensus   " + line + "\n"))
        t.out = ""
        #expect(t.run("simulate 40 seed=3 --json"))
        #expect(t.out.contains(", \"bands\": [\n  {\"issue\": \"ceasefire\", \"consensus\": {\"splits\": "))
        // The humanitarian issue has signatories, so its settlement is counted; no deal has a null band.
        #expect(t.out.contains("{\"band\": null, \"label\": \"no deal\"") || !t.out.contains("no deal"))
    }

    @Test func wordingOfOneLine() {
        var result = SimulationResult(seed: 1, branch: "main", steps: 0, runs: 100, startDate: CalendarDate(parsing: "2025-07-23")!,
                                      endDate: CalendarDate(parsing: "2025-07-23")!, actors: [], issues: ["ceasefire"],
                                      finalPositionRows: Grid(rows: 0, columns: 0), consensus: Grid(rows: 0, columns: 1))
        result.bandBounds = [[0, 35, 55]]
        result.bandLabels = [["early", "partial truces", "conditional ceasefire"]]
        let spread = BandDistribution(runs: 100, counts: [1: 48, 2: 41, nil: 11])
        #expect(SimulationBandText.line(spread, result, 0) == "splits: 48 % partial truces; 41 % conditional ceasefire; 11 % no deal")
        #expect(SimulationBandText.percent(1, of: 300) == "<1 %")
    }
}
