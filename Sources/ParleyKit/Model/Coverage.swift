/// How the documented state's values are supported: by what kind of evidence, per actor,
/// per snapshot and per source grade.
///
///     seeds.coverage.description  // "120 of 306 values documented, 186 estimated"
///     seeds.coverage.overall.value  // cited values whose quote states the value itself
///
/// A value is a stance's position, a stance's salience, or an actor's capability in a snapshot.
/// Uncertainties follow from their position's evidence and are not counted separately.
public struct Coverage: Sendable, Hashable, CustomStringConvertible {
    /// Counts of one group of values.
    public struct Tally: Sendable, Hashable {
        /// Cited values whose quote states the value (`supports: value`).
        public var value = 0
        /// Cited values whose quote places only the band.
        public var band = 0
        /// Cited values whose quote shows only a direction.
        public var direction = 0
        public var estimate = 0
        /// Estimates that keep an earlier snapshot's value (`carried:`).
        public var carried = 0
        /// Citations of a document dated after the snapshot (`retrospective:`).
        public var retrospective = 0
        /// Values resting on a fact from outside the documents (`outside:`).
        public var outside = 0
        /// Values with contested readings recorded as alternatives.
        public var contested = 0

        public init() {}

        public var documented: Int { value + band + direction }
        public var total: Int { documented + estimate }

        mutating func count(_ cited: CitedValue) {
            count(cited.provenance, supports: cited.provenance.citation?.supports,
                  retrospective: cited.provenance.citation?.retrospective != nil, carried: cited.carried != nil,
                  outside: cited.outside != nil, contested: !cited.alternatives.isEmpty)
        }

        /// Counts one value from its parts, for files whose values are not ``CitedValue``s.
        mutating func count(_ provenance: Provenance, supports: Citation.Support?, retrospective: Bool,
                            carried: Bool, outside: Bool, contested: Bool = false) {
            switch provenance {
            case .source:
                switch supports ?? .direction {
                case .value: value += 1
                case .band: band += 1
                case .direction: direction += 1
                }
                if retrospective { self.retrospective += 1 }
            case .estimate:
                estimate += 1
                if carried { self.carried += 1 }
            }
            if outside { self.outside += 1 }
            if contested { self.contested += 1 }
        }
    }

    public var overall = Tally()
    public var positions = Tally()
    public var saliences = Tally()
    public var capabilities = Tally()
    /// Per actor, in the seeds' actor order.
    public var byActor: [(actor: String, tally: Tally)] = []
    /// Per snapshot, oldest first.
    public var bySnapshot: [(date: CalendarDate, tally: Tally)] = []
    /// Cited values per reliability grade of their document, best grade first.
    public var byGrade: [(grade: SourceDocument.Reliability, tally: Tally)] = []
    /// The other seed files with values of their own (settlement.yaml, conflict.yaml), counted
    /// the same way but not in the totals above, which are the snapshots' stances and capabilities.
    public var seedFiles: [SeedFile] = []
    /// Timeline events, and the facts from outside the documents they label.
    public var events = 0
    public var eventOutsideFacts = 0

    public init() {}

    public var documented: Int { overall.documented }
    public var estimated: Int { overall.estimate }
    public var total: Int { overall.total }

    public var description: String {
        "\(documented) of \(total) values documented, \(estimated) estimated"
    }

    public static func == (lhs: Coverage, rhs: Coverage) -> Bool {
        lhs.overall == rhs.overall && lhs.positions == rhs.positions && lhs.saliences == rhs.saliences
            && lhs.capabilities == rhs.capabilities && lhs.events == rhs.events
            && lhs.eventOutsideFacts == rhs.eventOutsideFacts && lhs.seedFiles == rhs.seedFiles
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(overall)
        hasher.combine(events)
    }

    /// The three kinds of value that coverage counts.
    public enum Quantity: String, Sendable { case position, salience, capability }
}

extension Seeds {
    /// One value of the state with where it belongs, for counting and reports.
    public struct SeedValue: Sendable, Hashable {
        public var date: CalendarDate
        public var actor: String
        /// Nil for a capability.
        public var issue: String?
        public var quantity: Coverage.Quantity
        public var cited: CitedValue
    }

    /// Every position, salience and capability of every snapshot, in snapshot, actor, issue order.
    public var values: [SeedValue] {
        var result: [SeedValue] = []
        for snapshot in snapshots {
            for actor in actors {
                if let capability = snapshot.capabilities[actor.id] {
                    result.append(SeedValue(date: snapshot.date, actor: actor.id, issue: nil, quantity: .capability, cited: capability))
                }
                for stance in snapshot.stances(ofActor: actor.id) {
                    result.append(SeedValue(date: snapshot.date, actor: actor.id, issue: stance.issue, quantity: .position, cited: stance.position))
                    result.append(SeedValue(date: snapshot.date, actor: actor.id, issue: stance.issue, quantity: .salience, cited: stance.salience))
                }
            }
        }
        return result
    }

    /// Counts every value by its evidence, overall and per actor, snapshot and grade.
    public var coverage: Coverage {
        var coverage = Coverage()
        var perActor: [String: Coverage.Tally] = [:]
        var perDate: [CalendarDate: Coverage.Tally] = [:]
        var perGrade: [SourceDocument.Reliability: Coverage.Tally] = [:]
        for value in values {
            coverage.overall.count(value.cited)
            switch value.quantity {
            case .position: coverage.positions.count(value.cited)
            case .salience: coverage.saliences.count(value.cited)
            case .capability: coverage.capabilities.count(value.cited)
            }
            perActor[value.actor, default: Coverage.Tally()].count(value.cited)
            perDate[value.date, default: Coverage.Tally()].count(value.cited)
            if let citation = value.cited.provenance.citation {
                let grade = document(named: citation.document)?.reliability ?? .f
                perGrade[grade, default: Coverage.Tally()].count(value.cited)
            }
        }
        coverage.byActor = actors.map { ($0.id, perActor[$0.id] ?? Coverage.Tally()) }
        coverage.bySnapshot = snapshots.map { ($0.date, perDate[$0.date] ?? Coverage.Tally()) }
        coverage.byGrade = SourceDocument.Reliability.allCases.compactMap { grade in perGrade[grade].map { (grade, $0) } }
        coverage.seedFiles = seedFileCoverage
        coverage.events = timeline.count
        coverage.eventOutsideFacts = timeline.reduce(0) { $0 + $1.outside.count }
        return coverage
    }
}
