/// What `expect` can ask the settlement model: `settle.ISSUE`, `settle.ISSUE.width`, `settle.package`.
///
///     SettlementMeasure(parsing: "settle.humanitarian.width")   // .width(issue: "humanitarian")
///     SettlementMeasure.nash(issue: "ceasefire").value(in: july, issue: 0)   // nil: no deal
///
/// `settle.ISSUE` is the Nash point, `settle.ISSUE.width` the deal space's width (0 without one),
/// `settle.package` the package's margin; nil (written `none`) means no deal space.
public enum SettlementMeasure: Sendable, Hashable {
    case nash(issue: String)
    case width(issue: String)
    case package

    /// Parses the left side of an expectation; nil when it is not a settlement measure.
    public init?(parsing text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2, parts[0].lowercased() == "settle", parts.allSatisfy({ !$0.isEmpty }) else { return nil }
        switch parts.count {
        case 2: self = parts[1].lowercased() == "package" ? .package : .nash(issue: parts[1])
        case 3 where parts[2].lowercased() == "width": self = .width(issue: parts[1])
        default: return nil
        }
    }

    /// The issue named, if any.
    public var issue: String? {
        switch self {
        case .nash(let issue), .width(let issue): issue
        case .package: nil
        }
    }

    /// The value on `scenario`; `issue` is the named issue's index. nil means no deal space.
    public func value(in scenario: Scenario, issue: Int?) -> Double? {
        switch self {
        case .nash: return issue.flatMap { scenario.settle(issue: $0)?.nash }
        case .width: return issue.flatMap { scenario.settle(issue: $0)?.width } ?? 0
        case .package:
            guard let package = scenario.settlePackage(), package.hasDeal else { return nil }
            return package.margin
        }
    }
}
