/// How a simulation's runs spread over an issue's bands: where the coalition consensus fell,
/// or where the settlement's Nash point fell (or that there was no deal).
///
///     let spread = result.consensusBands(issue: 0)
///     spread.shares.first      // the most common band and its runs
///     spread.splits            // true when no band holds more than 60 % of the runs
///
/// Shares are listed most runs first (ties in band order), only bands some run reached.
public struct BandDistribution: Sendable, Hashable {
    /// One band's runs; `band` is the index in the issue's bands, nil for "no deal".
    public struct Share: Sendable, Hashable {
        public var band: Int?
        public var runs: Int
    }

    public var runs: Int
    public var shares: [Share]

    /// A forecast splits when its most common band holds at most this share of the runs.
    public static let splitShare = 0.6

    /// True when no band holds more than 60 % of the runs (counted exactly, in whole runs).
    public var splits: Bool {
        guard runs > 0, let top = shares.first else { return false }
        return Double(top.runs) <= Self.splitShare * Double(runs)
    }

    /// Counts per band (nil last, for "no deal"), sorted as listed.
    init(runs: Int, counts: [Int?: Int]) {
        self.runs = runs
        shares = counts.filter { $0.value > 0 }.map { Share(band: $0.key, runs: $0.value) }.sorted {
            if $0.runs != $1.runs { return $0.runs > $1.runs }
            return ($0.band ?? Int.max) < ($1.band ?? Int.max)
        }
    }

    /// The band whose lower bound is the highest at or below `value`: a boundary belongs to the
    /// band above it, 100 to the last band, as ``Issue/band(for:)`` places positions.
    static func band(of value: Double, lowerBounds: [Double]) -> Int {
        var band = lowerBounds.count - 1
        while band > 0, !(lowerBounds[band] <= value) { band -= 1 }
        return max(0, band)
    }
}

extension SimulationResult {
    /// Where the coalition consensus fell on `issue`, run by run. Above ``exactRunLimit`` runs
    /// each 0.01-point bin of the sketch is placed by its lower edge, which is exact for band
    /// bounds on the 0.01 grid (every bundled bound is a whole number).
    public func consensusBands(issue: Int) -> BandDistribution {
        if let counted = percentileTable.counts(issue) { return counted.consensusBands }
        let bounds = bandBounds.indices.contains(issue) ? bandBounds[issue] : [0]
        var counts: [Int?: Int] = [:]
        if isExact {
            // Counted in an array, not the dictionary: the report does this for every issue
            // after the runs, on one core.
            var perBand = [Int](filling: 0, count: max(1, bounds.count))
            for value in consensus.column(issue) {
                perBand[BandDistribution.band(of: value, lowerBounds: bounds)] += 1
            }
            for (band, count) in perBand.enumerated() where count > 0 { counts[band] = count }
        } else {
            let sketch = sketches[actors.count * issues.count + issue]
            for bin in 0..<QuantileSketch.bins where sketch.counts[bin] > 0 {
                let edge = Double(bin) * QuantileSketch.binWidth
                counts[BandDistribution.band(of: edge, lowerBounds: bounds), default: 0] += Int(sketch.counts[bin])
            }
        }
        return BandDistribution(runs: runs, counts: counts)
    }

    /// Where the settlement fell on `issue`, run by run: the Nash point's band, or no deal (nil
    /// band); nil when the settlement model does not cover the issue.
    public func settlementBands(issue: Int) -> BandDistribution? {
        if let counted = percentileTable.counts(issue) { return counted.settlementBands }
        let stride = issues.count + 1
        guard runs > 0, deals.count == runs * stride, deals[issue] != SettlementOutcome.notModelled else { return nil }
        // Slot 0 counts no deal, slot b + 1 band b.
        var perBand = [Int](filling: 0, count: 1 + (bandBounds.indices.contains(issue) ? bandBounds[issue].count : 0))
        deals.withUnsafeBufferPointer { codes in
            for run in 0..<runs {
                let slot = max(0, Int(codes[run * stride + issue]) + 1)
                if slot >= perBand.count { perBand += [Int](filling: 0, count: slot + 1 - perBand.count) }
                perBand[slot] += 1
            }
        }
        var counts: [Int?: Int] = [:]
        for (slot, count) in perBand.enumerated() where count > 0 { counts[slot == 0 ? nil : slot - 1] = count }
        return BandDistribution(runs: runs, counts: counts)
    }
}
