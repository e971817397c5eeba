/// Finds the name a user probably meant, for "did you mean …?" hints.
///
///     Suggestion.closest(to: "hlep", in: ["help", "quit"])  // "help"
public enum Suggestion {
    /// The candidate with the smallest edit distance, if it is close enough to be a plausible typo.
    public static func closest(to typed: String, in candidates: some Sequence<String>) -> String? {
        let lowered = typed.lowercased()
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(lowered, candidate.lowercased())
            if best == nil || distance < best!.distance {
                best = (candidate, distance)
            }
        }
        guard let best else { return nil }
        // Allow about one slip per three letters, and always one for short names.
        let allowed = max(1, min(3, lowered.count / 3))
        if best.distance <= allowed { return best.name }
        // A prefix is a strong hint too: `forec` for `forecast`.
        if lowered.count >= 3, let prefixed = candidates.first(where: { $0.lowercased().hasPrefix(lowered) }) {
            return prefixed
        }
        return nil
    }

    /// Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of
    /// neighbours each cost one, so `hlep` is one step from `help`.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](filling: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](filling: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
