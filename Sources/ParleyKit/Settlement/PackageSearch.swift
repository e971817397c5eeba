import Foundation

/// The deal-space model across issues: an interior-point search with a proven error bound, not
/// a grid.
///
///     PackageSearch.settle(issues: ["ceasefire", "neutrality"], noDeal: [100, 30], signatories: [ru, ua]).hasDeal
///
/// Signatory `i` signs package `p` when `δ_i(p) ≤ ρ_i = δ_i(e_i) + c_i`, with the SMP core's
/// salience-weighted distance over the package's issues; each acceptance set is an ellipsoid,
/// an affine image of a second-order cone. Two convex programs follow:
/// 1. the compromise, `max t` subject to `δ_i(p) ≤ ρ_i − t` for every `i`; `t* ≥ 0` exactly when
///    a package beats no deal for all;
/// 2. the Nash package, `max Σ w_i log s_i` subject to `δ_i(p) ≤ ρ_i − s_i`.
/// Both are solved by the barrier method with the cones' logarithmic barrier `−log(u² − ‖v‖²)`
/// (parameter 2 each), so a centred point is within `2n/τ` of the optimum; the search stops
/// when that bound is below ``tolerance``. Signatories are taken in id order.
public enum PackageSearch {
    /// Stop when the proven bound falls below this (0–1 distance units, or log units for Nash).
    public static let tolerance = 1e-10

    /// Only whether a package beats no deal for all, decided as soon as the proven bound settles
    /// the sign of the margin (what `simulate` needs per run).
    ///
    ///     PackageSearch.hasDeal(noDeal: [100, 30], signatories: [ru, ua])   // true or false
    public static func hasDeal(noDeal: [Double], signatories given: [Signatory]) -> Bool {
        hasDeal(ConeProblem(signatories: given.sorted { $0.actor < $1.actor }, issueCount: noDeal.count), noDeal: noDeal)
    }

    /// The same decision on a problem already built (``Scenario/packageHasDeal()`` builds it
    /// straight from the scenario).
    static func hasDeal(_ problem: ConeProblem, noDeal: [Double]) -> Bool {
        guard problem.coneCount > 0 else { return true }
        let noDeal01 = noDeal.map { $0 / 100 }
        let start = problem.startingPoint(noDeal: noDeal01)
        if let decided = problem.certifiedSign(candidates: [start, problem.dimensions.map { noDeal01[$0] }]) { return decided }
        return problem.maximin(from: start, decideSign: true).margin >= 0
    }

    /// A cheap lower bound on the package's gap, in points (0 when the bound allows a deal): the
    /// worst pair of projected intervals (see ``ConeProblem/certifiedSign(candidates:)``), exact
    /// when two red lines on one issue are what closes the package. For guiding a search, where
    /// the full barrier search per candidate would cost too much.
    static func gapAtLeast(noDeal: [Double], signatories: [Signatory]) -> Double {
        let problem = ConeProblem(signatories: signatories.sorted { $0.actor < $1.actor }, issueCount: noDeal.count)
        return max(0, -100 * problem.marginAtMost())
    }

    /// The margin with every issue tradable against every other (the red lines set aside), in
    /// points; nil when no signatory holds a red line among these issues.
    static func marginTradingAll(issueCount: Int, noDeal: [Double], signatories: [Signatory]) -> Double? {
        let sorted = signatories.sorted { $0.actor < $1.actor }
        guard ConeProblem(signatories: sorted, issueCount: issueCount).isRedLine.contains(true) else { return nil }
        let open = ConeProblem(signatories: sorted, issueCount: issueCount, redLines: false)
        return 100 * open.maximin(from: open.startingPoint(noDeal: noDeal.map { $0 / 100 })).margin
    }

    public static func settle(issues: [String], noDeal: [Double], signatories given: [Signatory]) -> PackageSettlement {
        let signatories = given.sorted { $0.actor < $1.actor }
        let problem = ConeProblem(signatories: signatories, issueCount: issues.count)
        let start = problem.startingPoint(noDeal: noDeal.map { $0 / 100 })
        let (compromise, margin, marginBound) = problem.maximin(from: start)
        var nash: [Double]?
        var nashBound = 0.0
        var point = compromise
        // A margin within the proven bound of zero is a deal space that only touches.
        if margin >= -marginBound {
            if margin > marginBound, problem.coneCount > 0 {
                let (found, bound) = problem.nashPackage(from: compromise)
                point = found
                nashBound = bound
            }
            nash = problem.fill(point, noDeal: noDeal)
        }
        let filled = problem.fill(point, noDeal: noDeal)
        // A signatory's surplus is the least of what the whole package and each red line leave it.
        let surpluses = signatories.map { signatory in
            100 * min(signatory.reach - signatory.distance(to: filled), signatory.redLineSlack(at: filled) ?? .infinity)
        }
        let blockers = nash != nil ? [] : zip(signatories, surpluses)
            .filter { $0.1 <= 100 * margin + 1e-6 }.map(\.0.actor)
        let shortAt = problem.fill(compromise, noDeal: noDeal)
        let redLinesHeld = nash != nil ? [] : signatories.flatMap { signatory in
            issues.indices.filter { d in
                signatory.redLines[d] && signatory.saliences[d] > 0
                    && 100 * (signatory.issueReach(d) - abs(signatory.ideal[d] - shortAt[d]) / 100) <= 100 * margin + 1e-6
            }.map { "\(signatory.actor) on \(issues[$0])" }
        }
        return PackageSettlement(issues: issues, noDeal: noDeal, signatories: signatories, margin: 100 * margin,
                                 compromise: shortAt, nash: nash,
                                 surpluses: surpluses, blockers: blockers, marginBound: 100 * marginBound,
                                 nashBound: nashBound, bindingRedLines: redLinesHeld)
    }
}
