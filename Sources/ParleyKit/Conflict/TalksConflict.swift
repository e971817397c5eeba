/// The Graph Model of the talks as the seeds document it: who controls which option, what
/// cannot happen, each decision maker's preference statements and the status quo per snapshot,
/// and which catalog events set an option.
///
///     let talks = seeds.conflict!
///     let framing = talks.framing(onOrBefore: date)!
///     let conflict = talks.conflict(for: framing)         // a ``Conflict`` for the solver
///     talks.value(of: scenario, in: framing)              // the scenario's state, as an option vector
public struct TalksConflict: Sendable, Hashable, Codable {
    /// Where a modelling choice comes from: a quote or an estimate, with the evidence grade.
    public struct Evidence: Sendable, Hashable, Codable {
        public var provenance: Provenance
        /// For a quote: how far it pins the choice (`value`, `band` or `direction`).
        public var supports: String?
        /// For a quote: Admiralty information credibility, 1–6.
        public var credibility: Int?
        /// A fact from outside the five documents, labelled.
        public var outside: String?
        /// The snapshot whose choice this one keeps.
        public var carried: CalendarDate?

        public init(provenance: Provenance, supports: String? = nil, credibility: Int? = nil,
                    outside: String? = nil, carried: CalendarDate? = nil) {
            self.provenance = provenance
            self.supports = supports
            self.credibility = credibility
            self.outside = outside
            self.carried = carried
        }
    }

    public struct Option: Sendable, Hashable, Codable {
        public var id: String
        public var name: String
        /// The actor who controls it.
        public var holder: String
        public var direction: ConflictOption.Direction
        public var evidence: Evidence
    }

    /// A combination that cannot happen, written as a condition ("ua-cedes-donbas & !ru-ceasefire").
    public struct Infeasible: Sendable, Hashable, Codable {
        public var text: String
        public var pattern: OptionPattern
        public var evidence: Evidence
    }

    /// One preference statement as written, with its parsed form.
    public struct Statement: Sendable, Hashable, Codable {
        public var text: String
        public var statement: PreferenceStatement
        public var evidence: Evidence
    }

    /// The conflict as framed at one snapshot.
    public struct Framing: Sendable, Hashable, Codable {
        public var date: CalendarDate
        /// Per option id: whether it is taken at the snapshot.
        public var statusQuo: [String: Bool]
        public var statusEvidence: [String: Evidence]
        /// Per decision maker (actor id): statements, most important first.
        public var preferences: [String: [Statement]]
    }

    /// A catalog event that sets options when applied: `truce` sets `ru-ceasefire` to Y.
    public struct Move: Sendable, Hashable, Codable {
        public var event: String
        /// Arguments the application must carry (an actor list must contain the actor).
        public var when: [String: String]
        public var sets: [String: Bool]
        public var evidence: Evidence
    }

    public var options: [Option]
    public var infeasibles: [Infeasible]
    /// Oldest first; never empty.
    public var framings: [Framing]
    public var moves: [Move]

    public init(options: [Option], infeasibles: [Infeasible], framings: [Framing], moves: [Move]) {
        self.options = options
        self.infeasibles = infeasibles
        self.framings = framings.sorted { $0.date < $1.date }
        self.moves = moves
    }

    /// The decision makers, in the order their first option appears.
    public var makers: [String] {
        options.reduce(into: [String]()) { if !$0.contains($1.holder) { $0.append($1.holder) } }
    }

    public func optionIndex(_ id: String) -> Int? { options.firstIndex { $0.id == id } }

    public func framing(onOrBefore date: CalendarDate) -> Framing? {
        framings.last { $0.date <= date } ?? framings.first
    }

    /// The solver's conflict for one framing.
    public func conflict(for framing: Framing) -> Conflict {
        Conflict(
            options: options.map { ConflictOption(name: $0.name, direction: $0.direction) },
            decisionMakers: makers.map { actor in
                DecisionMaker(name: actor,
                              options: options.indices.filter { options[$0].holder == actor },
                              preferences: .prioritised((framing.preferences[actor] ?? []).map(\.statement)))
            },
            infeasibles: infeasibles.map(\.pattern))
    }

    /// The framing's status quo as an option vector (bit k = option k + 1).
    public func statusQuoValue(_ framing: Framing) -> Int {
        options.enumerated().reduce(0) { value, item in framing.statusQuo[item.element.id] == true ? value | 1 << item.offset : value }
    }

    /// The status quo moved by every event the scenario has had applied, in order.
    public func value(of scenario: Scenario, in framing: Framing) -> Int {
        var value = statusQuoValue(framing)
        for applied in scenario.applied {
            for move in moves where move.matches(applied) {
                for (id, taken) in move.sets {
                    guard let index = optionIndex(id) else { continue }
                    value = taken ? value | 1 << index : value & ~(1 << index)
                }
            }
        }
        return value
    }

    /// Every quote behind the model, for `sources --verify`.
    public var citations: [Citation] {
        var result = options.compactMap(\.evidence.provenance.citation)
        result += infeasibles.compactMap(\.evidence.provenance.citation)
        for framing in framings {
            result += options.compactMap { framing.statusEvidence[$0.id]?.provenance.citation }
            for maker in makers { result += (framing.preferences[maker] ?? []).compactMap(\.evidence.provenance.citation) }
        }
        result += moves.compactMap(\.evidence.provenance.citation)
        return result
    }
}

extension TalksConflict.Move {
    /// Whether an applied event is this move's: same type, and every `when` argument present.
    func matches(_ applied: AppliedEvent) -> Bool {
        guard applied.type == event else { return false }
        return when.allSatisfy { key, wanted in
            switch applied.arguments[key] {
            case .ids(let ids)?: return ids.contains { $0.caseInsensitiveCompare(wanted) == .orderedSame }
            case .number(let number)?: return Formula.format(number) == wanted
            case nil: return false
            }
        }
    }
}
