/// Recognises estimates that keep a value without reasoning at their own date.
///
///     EstimateWording.isBare("Unchanged since March.")                 // true
///     EstimateWording.isBare("Unchanged; see June.")                   // true
///     EstimateWording.claimsUnchanged("Unchanged: the June round left land off the table.")  // true
///
/// A bare carry-over names no reason: once the words that only say "same as before" (unchanged,
/// since, see, a month or a date) are set aside, fewer than four words remain.
enum EstimateWording {
    static let carryWords: Set<String> = [
        "unchanged", "since", "see", "as", "in", "the", "same", "from", "before", "earlier", "snapshot",
        "march", "june", "july", "may", "april", "still", "kept", "carried", "over", "value",
    ]

    static func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "-" }.map(String.init)
    }

    /// True when the estimate says no more than that the value is unchanged.
    static func isBare(_ text: String) -> Bool {
        let all = words(text)
        guard let first = all.first, ["unchanged", "same", "carried", "kept", "still"].contains(first) else { return false }
        let rest = all.filter { !carryWords.contains($0) && !$0.allSatisfy { $0.isNumber || $0 == "-" } }
        return rest.count < 4
    }

    /// True when the estimate opens by saying the value is unchanged.
    static func claimsUnchanged(_ text: String) -> Bool {
        words(text).first == "unchanged"
    }
}
