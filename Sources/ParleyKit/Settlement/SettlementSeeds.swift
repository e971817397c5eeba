/// What `seeds/settlement.yaml` documents: who must sign each issue, and per snapshot the
/// no-deal outcome, each signatory's expectation of it and its cost of continuing.
///
///     seeds.settlement?.signatories["territory"]                      // ["RU", "UA"]
///     seeds.settlement?.snapshot(on: july)?.noDeal["territory"]?.value // 55
///
/// Every number is a ``CitedValue``; an issue with no entry has no signatories and is not
/// modelled.
public struct SettlementSeeds: Sendable, Hashable, Codable {
    /// One snapshot's no-deal terms.
    public struct Terms: Sendable, Hashable, Codable {
        public var date: CalendarDate
        /// How far ahead the signatories look when they weigh fighting on.
        public var horizon: TimeSpan
        /// Issue id → facts on the ground, 0–100.
        public var noDeal: [String: CitedValue]
        /// Actor id → issue id → the no-deal outcome it expects over the horizon.
        public var expectations: [String: [String: CitedValue]]
        /// Actor id → its cost of continuing over the horizon, in points.
        public var costs: [String: CitedValue]
        /// Actor id → issue id → why it will not trade that issue inside a package: it signs no
        /// package whose point there it would refuse as a settlement of that issue alone.
        public var redLines: [String: [String: Provenance]]
        /// The ± of each term by the evidence rule, for `simulate`.
        public var spreads: Spreads
        /// Issue id → why a deal on it alone stands only with a deal on the package (`conditional:`
        /// with `on: package`): a side offers it only together with the other terms.
        public var conditionalOnPackage: [String: Provenance]

        public init(date: CalendarDate, horizon: TimeSpan, noDeal: [String: CitedValue],
                    expectations: [String: [String: CitedValue]], costs: [String: CitedValue],
                    redLines: [String: [String: Provenance]] = [:], spreads: Spreads = Spreads(),
                    conditionalOnPackage: [String: Provenance] = [:]) {
            self.date = date
            self.horizon = horizon
            self.noDeal = noDeal
            self.expectations = expectations
            self.costs = costs
            self.redLines = redLines
            self.spreads = spreads
            self.conditionalOnPackage = conditionalOnPackage
        }
    }

    /// The ± (points) of each no-deal point, expectation and cost, set from its evidence.
    public struct Spreads: Sendable, Hashable, Codable {
        /// Issue id → ±.
        public var noDeal: [String: Double]
        /// Actor id → issue id → ±.
        public var expectations: [String: [String: Double]]
        /// Actor id → ±.
        public var costs: [String: Double]
        public init(noDeal: [String: Double] = [:], expectations: [String: [String: Double]] = [:], costs: [String: Double] = [:]) {
            self.noDeal = noDeal
            self.expectations = expectations
            self.costs = costs
        }
    }

    /// Issue id → signatory actor ids, in the file's order.
    public var signatories: [String: [String]]
    /// Issue id → why those signatories.
    public var signatoryProvenance: [String: Provenance]
    /// The issues `settle --package` bargains over.
    public var package: [String]
    /// In date order.
    public var terms: [Terms]

    public init(signatories: [String: [String]], signatoryProvenance: [String: Provenance], package: [String], terms: [Terms]) {
        self.signatories = signatories
        self.signatoryProvenance = signatoryProvenance
        self.package = package
        self.terms = terms.sorted { $0.date < $1.date }
    }

    /// The terms of the snapshot dated `date`.
    public func terms(on date: CalendarDate) -> Terms? {
        terms.first { $0.date == date }
    }

    /// Every citation in the file, for `sources --verify`.
    public var citations: [Citation] {
        var result = signatoryProvenance.keys.sorted().compactMap { signatoryProvenance[$0]?.citation }
        for snapshot in terms {
            result += snapshot.noDeal.keys.sorted().compactMap { snapshot.noDeal[$0]?.provenance.citation }
            for actor in snapshot.expectations.keys.sorted() {
                let byIssue = snapshot.expectations[actor]!
                result += byIssue.keys.sorted().compactMap { byIssue[$0]?.provenance.citation }
            }
            result += snapshot.costs.keys.sorted().compactMap { snapshot.costs[$0]?.provenance.citation }
            for actor in snapshot.redLines.keys.sorted() {
                let byIssue = snapshot.redLines[actor]!
                result += byIssue.keys.sorted().compactMap { byIssue[$0]?.citation }
            }
            result += snapshot.conditionalOnPackage.keys.sorted().compactMap { snapshot.conditionalOnPackage[$0]?.citation }
        }
        return result
    }
}
