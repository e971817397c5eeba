/// One run's settlement answers, coded small so `simulate` can keep every run.
///
///     SettlementOutcome.record(scenario, bands: bands)   // per issue, then the package
///
/// Per issue the code is the band index of the Nash point (0…), ``noDeal`` or ``notModelled``;
/// for the package, 0 for a deal.
public enum SettlementOutcome {
    public static let noDeal: Int16 = -1
    public static let notModelled: Int16 = -2

    /// Codes for every issue of `scenario` and then its package.
    /// An issue conditional on the package counts as no deal in a run whose package has none,
    /// as ``Scenario/settle(issue:)`` says.
    public static func record(_ scenario: Scenario, bands: [[Band]]) -> [Int16] {
        let package = scenario.packageHasDeal()
        var codes: [Int16] = []
        codes.reserveCapacity(scenario.issues.count + 1)
        for issue in scenario.issues.indices {
            if scenario.settlement.signatories[issue].isEmpty {
                codes.append(notModelled)
            } else if scenario.dealStands(issue: issue, packageHasDeal: package), let band = scenario.nashBand(issue: issue, bands: bands[issue]) {
                codes.append(Int16(band))
            } else {
                codes.append(noDeal)
            }
        }
        codes.append(package.map { $0 ? 0 : noDeal } ?? notModelled)
        return codes
    }
}

extension SimulationResult {
    /// The share of runs with a deal space on `issue`; nil when the issue is not modelled.
    public func dealProbability(issue: Int) -> Double? {
        share(column: issue) { $0 >= 0 }
    }

    /// The share of runs in which some package beats no deal for every signatory.
    public var packageDealProbability: Double? {
        share(column: issues.count) { $0 >= 0 }
    }

    /// Per band of `issue`, the share of runs whose Nash point falls in it (no-deal runs count in none).
    public func settlementBandShares(issue: Int) -> [Double] {
        let bandCount = bandBounds.indices.contains(issue) ? bandBounds[issue].count : 0
        // One pass over the runs for all the bands (the report asks this after the runs).
        guard let counted = settlementBands(issue: issue) else { return [Double](filling: 0, count: bandCount) }
        var runsIn = [Int](filling: 0, count: bandCount)
        for share in counted.shares { if let band = share.band, band < bandCount { runsIn[band] = share.runs } }
        return runsIn.map { Double($0) / Double(runs) }
    }

    private func share(column: Int, _ counts: (Int16) -> Bool) -> Double? {
        let stride = issues.count + 1
        guard runs > 0, deals.count == runs * stride, deals[column] != SettlementOutcome.notModelled else { return nil }
        var hits = 0
        for run in 0..<runs where counts(deals[run * stride + column]) { hits += 1 }
        return Double(hits) / Double(runs)
    }
}
