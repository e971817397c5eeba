import ParleyKit

/// Synthetic Graph Model conflicts for the GMCR benchmarks: every option vector feasible (the
/// worst case, 2^options states), options dealt round-robin, fixed prioritised preferences.
public enum ConflictFixture {
    /// `options` options among `makers` decision makers; each maker prefers its own options
    /// taken, the next maker's not taken, and one cross condition, so payoffs have many levels.
    public static func conflict(options: Int, makers: Int) -> Conflict {
        let list = (0..<options).map { ConflictOption(name: "o\($0 + 1)", direction: $0 % 5 == 4 ? .forward : .both) }
        let decisionMakers = (0..<makers).map { maker in
            let own = stride(from: maker, to: options, by: makers).map { $0 }
            let next = stride(from: (maker + 1) % makers, to: options, by: makers).map { $0 }
            var statements = next.map { PreferenceStatement([OptionPattern([OptionCondition(option: $0, taken: false)])]) }
            statements += own.map { PreferenceStatement([OptionPattern([OptionCondition(option: $0, taken: true)])]) }
            statements.append(PreferenceStatement([
                OptionPattern([OptionCondition(option: (maker + 2) % options, taken: true),
                               OptionCondition(option: (maker + 3) % options, taken: false)]),
            ]))
            return DecisionMaker(name: "D\(maker + 1)", options: own, preferences: .prioritised(statements))
        }
        return Conflict(options: list, decisionMakers: decisionMakers)
    }
}
