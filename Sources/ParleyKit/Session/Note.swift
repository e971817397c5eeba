/// A line of narrative that a scenario carries into its briefing.
///
///     note question: Why did the energy pause not hold?   → .question
///     note instructor: Point out the Goldstein values.    → .instructor (teacher's copy only)
public struct Note: Sendable, Hashable {
    public enum Audience: String, Sendable, Hashable, CaseIterable {
        case everyone, question, instructor
    }

    public var audience: Audience
    public var text: String
    /// How many steps the branch had when the note was written, so undo keeps the order.
    public var afterStep = 0

    public init(audience: Audience, text: String) {
        self.audience = audience
        self.text = text
    }

    /// Reads an optional `question:` or `instructor:` prefix, case-insensitively.
    public init(parsing raw: String) {
        for audience in [Audience.question, .instructor] {
            let prefix = audience.rawValue + ":"
            if raw.lowercased().hasPrefix(prefix) {
                self.init(audience: audience, text: String(raw.dropFirst(prefix.count)).trimmingBlanks())
                return
            }
        }
        self.init(audience: .everyone, text: raw)
    }
}
