/// `sources --json`: the graded documents and the coverage tallies, keys in a fixed order.
///
///     SourcesJSON.render(seeds)
///     // {"documents": [{"file": "004_…", "date": "2025-03-19", "kind": "named-analysis", "grade": "C", …}],
///     //  "coverage": {"all": {"value": 6, "band": 14, …}, "positions": {…}, "by_snapshot": {…}, …,
///     //               "seed_files": {"settlement.yaml": {"all": {…}, "by_grade": {"C": {…}}}, …}, …}}
public enum SourcesJSON {
    public static func render(_ seeds: Seeds) -> String {
        let citations = seeds.citations
        let string = JSONText.string
        var text = "{\"documents\": ["
        for (index, document) in seeds.documents.enumerated() {
            text += index == 0 ? "\n  " : ",\n  "
            text += "{\"file\": \(string(document.file)), \"title\": \(string(document.title))"
            text += ", \"date\": \(string(document.date.description)), \"date_inferred\": \(document.dating != nil)"
            text += ", \"kind\": \(string(document.kind.rawValue)), \"grade\": \(string(document.reliability.rawValue))"
            text += ", \"reason\": \(string(document.reliabilityReason))"
            text += ", \"quotes\": \(citations.filter { $0.document == document.file }.count)}"
        }
        let coverage = seeds.coverage
        text += "\n], \"coverage\": {"
        text += "\"documented\": \(coverage.documented), \"estimated\": \(coverage.estimated), \"total\": \(coverage.total)"
        text += ",\n  \"all\": \(tally(coverage.overall)), \"positions\": \(tally(coverage.positions))"
        text += ", \"saliences\": \(tally(coverage.saliences)), \"capabilities\": \(tally(coverage.capabilities))"
        func group(_ name: String, _ rows: [(String, Coverage.Tally)]) -> String {
            ",\n  \(string(name)): {" + rows.map { "\(string($0.0)): \(tally($0.1))" }.joined(separator: ", ") + "}"
        }
        text += group("by_snapshot", coverage.bySnapshot.map { ($0.date.description, $0.tally) })
        text += group("by_actor", coverage.byActor.map { ($0.actor, $0.tally) })
        text += group("by_grade", coverage.byGrade.map { ($0.grade.rawValue, $0.tally) })
        text += ",\n  \"seed_files\": {" + coverage.seedFiles.map { file in
            "\(string(file.file)): {\"all\": \(tally(file.tally)), \"by_grade\": {"
                + file.grades.map { "\(string($0.grade.rawValue)): \(tally($0.tally))" }.joined(separator: ", ") + "}}"
        }.joined(separator: ",\n    ") + "}"
        text += ",\n  \"timeline\": {\"events\": \(coverage.events), \"outside_facts\": \(coverage.eventOutsideFacts)}}}\n"
        return text
    }

    static func tally(_ tally: Coverage.Tally) -> String {
        "{\"value\": \(tally.value), \"band\": \(tally.band), \"direction\": \(tally.direction), \"estimate\": \(tally.estimate)"
            + ", \"carried\": \(tally.carried), \"retrospective\": \(tally.retrospective), \"outside\": \(tally.outside)"
            + ", \"contested\": \(tally.contested), \"total\": \(tally.total)}"
    }
}
