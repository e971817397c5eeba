/// Which stances `show` prints: all of them, one actor's, or one issue's.
///
///     seeds.selection(named: "moscow")     // .actor("RU")
///     seeds.selection(named: "aid")        // .issue("military-aid")
///     seeds.selection(named: nil)          // .all
public enum StanceSelection: Sendable, Hashable, Codable {
    case all
    case actor(String)
    case issue(String)

    /// The stances of `snapshot` this selection picks, in actor-then-issue order.
    public func stances(in snapshot: Snapshot) -> [Stance] {
        switch self {
        case .all: return snapshot.stances
        case .actor(let id): return snapshot.stances(ofActor: id)
        case .issue(let id): return snapshot.stances(onIssue: id)
        }
    }

    /// Whether the stance of `actor` on `issue` is picked.
    public func includes(actor: String, issue: String) -> Bool {
        switch self {
        case .all: return true
        case .actor(let id): return id == actor
        case .issue(let id): return id == issue
        }
    }
}

extension Seeds {
    /// Resolves an actor or issue name (id or alias, any case); nil `name` selects everything.
    ///
    /// Returns nil for a name that is neither; ``closestName(to:)`` offers a suggestion.
    public func selection(named name: String?) -> StanceSelection? {
        guard let name else { return .all }
        if let actor = actor(named: name) { return .actor(actor.id) }
        if let issue = issue(named: name) { return .issue(issue.id) }
        return nil
    }

    /// The actor or issue name closest to a mistyped one, for "did you mean".
    public func closestName(to name: String) -> String? {
        Suggestion.closest(to: name, in: names)
    }
}
