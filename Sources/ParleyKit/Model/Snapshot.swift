/// Every actor's stance on every issue on one date.
///
///     let june = seeds.snapshot(onOrBefore: CalendarDate(parsing: "2025-06-30")!)!
///     june.date                                          // 2025-06-03
///     june.stance(actor: "RU", issue: "neutrality")?.position.value  // 95
///
/// Stances are ordered by actor, then by issue, in the order the seeds list them.
public struct Snapshot: Sendable, Hashable, Codable {
    public var date: CalendarDate
    /// What the date marks, e.g. "after the second Istanbul round".
    public var label: String
    public var stances: [Stance]

    public init(date: CalendarDate, label: String, stances: [Stance]) {
        self.date = date
        self.label = label
        self.stances = stances
    }

    /// The stance of `actor` (an id) on `issue` (an id).
    public func stance(actor: String, issue: String) -> Stance? {
        stances.first { $0.actor == actor && $0.issue == issue }
    }

    /// All stances of one actor, in issue order.
    public func stances(ofActor actor: String) -> [Stance] {
        stances.filter { $0.actor == actor }
    }

    /// All stances on one issue, in actor order.
    public func stances(onIssue issue: String) -> [Stance] {
        stances.filter { $0.issue == issue }
    }
}
