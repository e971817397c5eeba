extension Coverage {
    /// How one seed file beside the snapshots supports its values: in all, and per source grade.
    ///
    ///     seeds.coverage.seedFiles.first { $0.file == "settlement.yaml" }?.tally.direction
    ///
    /// settlement.yaml's values are its signatory lists and, per snapshot, each issue's no-deal
    /// point, each signatory's expectation and cost, and its red lines; conflict.yaml's are its options, their SMP
    /// questions, the infeasible combinations, each snapshot's status quo per option and each
    /// preference statement, and its moves.
    public struct SeedFile: Sendable, Hashable {
        public var file: String
        public var tally = Tally()
        /// Cited values per reliability grade of their document, best grade first.
        public var byGrade: [SourceDocument.Reliability: Tally] = [:]

        public init(file: String) { self.file = file }

        /// The grades that have cited values, best first.
        public var grades: [(grade: SourceDocument.Reliability, tally: Tally)] {
            SourceDocument.Reliability.allCases.compactMap { grade in byGrade[grade].map { (grade, $0) } }
        }

        mutating func count(_ provenance: Provenance, supports: Citation.Support?, retrospective: Bool, carried: Bool,
                            outside: Bool, grade: SourceDocument.Reliability?) {
            tally.count(provenance, supports: supports, retrospective: retrospective, carried: carried, outside: outside)
            if provenance.isDocumented {
                byGrade[grade ?? .f, default: Tally()]
                    .count(provenance, supports: supports, retrospective: retrospective, carried: carried, outside: outside)
            }
        }
    }
}

extension Seeds {
    /// settlement.yaml and conflict.yaml, where the folder has them, counted value by value.
    var seedFileCoverage: [Coverage.SeedFile] {
        var files: [Coverage.SeedFile] = []
        func grade(_ provenance: Provenance) -> SourceDocument.Reliability? {
            provenance.citation.flatMap { document(named: $0.document)?.reliability }
        }
        if let settlement {
            var file = Coverage.SeedFile(file: "settlement.yaml")
            func add(_ cited: CitedValue) {
                let citation = cited.provenance.citation
                file.count(cited.provenance, supports: citation?.supports, retrospective: citation?.retrospective != nil,
                           carried: cited.carried != nil, outside: cited.outside != nil, grade: grade(cited.provenance))
            }
            for issue in settlement.signatoryProvenance.keys.sorted() {
                add(CitedValue(0, settlement.signatoryProvenance[issue]!))
            }
            for terms in settlement.terms {
                terms.noDeal.keys.sorted().forEach { add(terms.noDeal[$0]!) }
                for actor in terms.expectations.keys.sorted() {
                    let byIssue = terms.expectations[actor]!
                    byIssue.keys.sorted().forEach { add(byIssue[$0]!) }
                }
                terms.costs.keys.sorted().forEach { add(terms.costs[$0]!) }
                for actor in terms.redLines.keys.sorted() {
                    let byIssue = terms.redLines[actor]!
                    byIssue.keys.sorted().forEach { add(CitedValue(0, byIssue[$0]!)) }
                }
                terms.conditionalOnPackage.keys.sorted().forEach { add(CitedValue(0, terms.conditionalOnPackage[$0]!)) }
            }
            files.append(file)
        }
        if let conflict {
            var file = Coverage.SeedFile(file: "conflict.yaml")
            // Retrospective as the loader read it: the citation's own 'retrospective:' mark, which
            // a dated choice citing a later document must carry.
            func add(_ evidence: TalksConflict.Evidence) {
                file.count(evidence.provenance, supports: evidence.supports.flatMap(Citation.Support.init(rawValue:)),
                           retrospective: evidence.provenance.citation?.retrospective != nil, carried: evidence.carried != nil,
                           outside: evidence.outside != nil, grade: grade(evidence.provenance))
            }
            for option in conflict.options {
                add(option.evidence)
                if let question = option.question { add(question.evidence) }
            }
            conflict.infeasibles.forEach { add($0.evidence) }
            for framing in conflict.framings {
                for option in conflict.options {
                    if let evidence = framing.statusEvidence[option.id] { add(evidence) }
                }
                for maker in conflict.makers {
                    (framing.preferences[maker] ?? []).forEach { add($0.evidence) }
                }
            }
            conflict.moves.forEach { add($0.evidence) }
            files.append(file)
        }
        return files
    }
}
