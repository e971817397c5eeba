/// A decision maker of a conflict: the options it controls and what it prefers.
///
///     DecisionMaker(name: "B", options: [2],
///                   preferences: .prioritised([PreferenceStatement([OptionPattern([.init(option: 1, taken: true)])])]))
public struct DecisionMaker: Sendable, Hashable {
    /// How the decision maker orders the states.
    public enum Preferences: Sendable, Hashable {
        /// Option prioritisation: statement k of m, when it holds, adds 2^(m−k) to a state's score.
        case prioritised([PreferenceStatement])
        /// A ranking, best first; states in one tier are equally preferred. Numbers are the
        /// conflict's 1-based state numbers.
        case ranking([[Int]])
    }

    public var name: String
    /// 0-based indices of the options it controls.
    public var options: [Int]
    public var preferences: Preferences

    public init(name: String, options: [Int], preferences: Preferences) {
        self.name = name
        self.options = options
        self.preferences = preferences
    }
}
