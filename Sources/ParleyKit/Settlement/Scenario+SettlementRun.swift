/// The deal-space model's inputs read straight from the scenario's arrays, for what `simulate`
/// asks per run: no ``Signatory`` values, no set, no sort beyond a few insertions.
///
///     let problem = scenario.packageProblem(issues: [ceasefire, neutrality])
///
/// Every value is computed with the same operations in the same order as through
/// ``signatories(for:)`` and ``ConeProblem/init(signatories:issueCount:redLines:)``, so the
/// answers are the same bit for bit (a test compares the two on drawn scenarios).
extension Scenario {
    /// The actors signing any of `issues`, each once, in id order.
    func signingOrder(_ issues: [Int]) -> [Int] {
        var order: [Int] = [], capacity = 0
        for issue in issues { capacity += settlement.signatories[issue].count }
        order.reserveCapacity(capacity)
        for issue in issues {
            for a in settlement.signatories[issue] where !order.contains(a) {
                // Ids are unique, so any correct sort gives this order.
                order.append(a)
                var k = order.count - 1
                while k > 0, actorRanks[a] < actorRanks[order[k - 1]] {
                    order.swapAt(k, k - 1)
                    k -= 1
                }
            }
        }
        return order
    }

    /// The package's barrier problem over `issues`, as ``ConeProblem/init(signatories:issueCount:redLines:)``
    /// builds it from ``signatories(for:)``.
    func packageProblem(issues: [Int]) -> ConeProblem {
        let signing = signingOrder(issues)
        var caredFor = [Bool](filling: false, count: issues.count)
        var totalWeight = 0.0
        for a in signing {
            for (d, issue) in issues.enumerated() where saliences[a, issue] > 0 { caredFor[d] = true }
            totalWeight += capabilities[a]
        }
        let kept = issues.indices.filter { caredFor[$0] }
        var problem = ConeProblem(dimensions: kept, issueCount: issues.count)
        var cones = signing.count
        for a in signing {
            for issue in issues where settlement.isRedLine(actor: a, issue: issue) && saliences[a, issue] > 0 { cones += 1 }
        }
        problem.reserve(cones: cones)
        for a in signing {
            var squares = 0.0
            for issue in issues { squares += saliences[a, issue] * saliences[a, issue] }
            guard squares > 0 else { continue }
            let cost = settlement.costs[a]
            // Signatory.reach: the SMP distance to the expected no-deal point, plus the cost.
            var sum = 0.0
            for issue in issues {
                let term = saliences[a, issue] * (ideals[a, issue] / 100 - settlement.expected(actor: a, issue: issue) / 100)
                sum += term * term
            }
            for d in kept {
                problem.weights.append(saliences[a, issues[d]] * saliences[a, issues[d]] / squares)
                problem.ideals.append(ideals[a, issues[d]] / 100)
            }
            problem.reaches.append((sum / squares).squareRoot() + cost / 100)
            problem.nashWeights.append(totalWeight > 0 ? capabilities[a] / totalWeight : 1 / Double(signing.count))
            problem.isRedLine.append(false)
            for (line, issue) in issues.enumerated() where settlement.isRedLine(actor: a, issue: issue) && saliences[a, issue] > 0 {
                for d in kept {
                    problem.weights.append(d == line ? 1 : 0)
                    problem.ideals.append(ideals[a, issues[d]] / 100)
                }
                problem.reaches.append(abs(ideals[a, issue] - settlement.expected(actor: a, issue: issue)) / 100 + cost / 100)
                problem.nashWeights.append(0)
                problem.isRedLine.append(true)
            }
        }
        return problem
    }

    /// The one-issue terms of `issue`'s signatories in id order, each once, as
    /// ``DealSpace/term(_:)`` makes them from ``signatories(for:)``.
    func nashTerms(issue: Int) -> [DealSpace.Term] {
        let order = signingOrder([issue])
        // A loop, not `map`: a closure here would copy the scenario.
        var terms: [DealSpace.Term] = []
        terms.reserveCapacity(order.count)
        for a in order {
            terms.append(DealSpace.Term(ideal: ideals[a, issue], expectedNoDeal: settlement.expected(actor: a, issue: issue),
                                        cost: settlement.costs[a], weight: capabilities[a], cares: saliences[a, issue] > 0))
        }
        return terms
    }

    /// The index of the band of `bands` holding `issue`'s Nash point alone (as
    /// ``SettlementOutcome`` codes it), nil when its deal space is empty; the bisection stops
    /// once the point's band is known. The issue must have signatories.
    func nashBand(issue: Int, bands: [Band]) -> Int? {
        DealSpace.nashBand(nashTerms(issue: issue), bands: bands)
    }
}
