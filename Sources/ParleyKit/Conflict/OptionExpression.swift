import Foundation

/// Reads a condition over a conflict's options, as the seeds write one.
///
///     OptionExpression.parse("!ru-ceasefire & us-sanctions | ru-ceasefire", options: ids)
///     // one statement, two alternatives: (ceasefire N and sanctions Y) or (ceasefire Y)
///
/// `&` joins conditions that must all hold, `|` separates alternatives (a compound
/// statement holds when any does), `!` means the option is not taken.
public enum OptionExpression {
    /// The statement, or a message saying what is wrong (with a suggestion for a near-miss id).
    public static func parse(_ text: String, options: [String]) -> Result<PreferenceStatement, ExpressionError> {
        var alternatives: [OptionPattern] = []
        for alternative in text.split(separator: "|", omittingEmptySubsequences: false) {
            var conditions: [OptionCondition] = []
            for term in alternative.split(separator: "&", omittingEmptySubsequences: false) {
                var word = term.trimmingCharacters(in: .whitespaces)
                var taken = true
                if word.hasPrefix("!") {
                    taken = false
                    word = String(word.dropFirst()).trimmingCharacters(in: .whitespaces)
                }
                guard !word.isEmpty else { return .failure(ExpressionError(message: "empty condition in '\(text)': write option ids joined by '&' and '|', '!' for not taken", suggestion: nil)) }
                guard let index = options.firstIndex(of: word) else {
                    return .failure(ExpressionError(message: "unknown option '\(word)'", suggestion: Suggestion.closest(to: word, in: options)))
                }
                conditions.append(OptionCondition(option: index, taken: taken))
            }
            alternatives.append(OptionPattern(conditions))
        }
        return .success(PreferenceStatement(alternatives))
    }

    public struct ExpressionError: Error, Sendable, Hashable {
        public var message: String
        public var suggestion: String?
    }
}
