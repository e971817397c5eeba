/// What `parley gmcr FILE` prints: the file read, analysed and rendered as text or JSON.
///
///     try GMCRReport.text(forFile: "dilemma.gmcr", json: false, rule: .literature)
public enum GMCRReport {
    public static func text(forFile path: String, json: Bool, rule: SanctionRule) throws(Diagnostic) -> String {
        let conflict = try GMCRFile.load(contentsOf: path)
        let graph: ConflictGraph
        do {
            graph = try conflict.graph()
        } catch {
            throw Diagnostic("\(path): \(error.message)")
        }
        let analysis = StabilityAnalysis(graph: graph, rule: rule)
        return json ? StabilityJSON.render(analysis) : StabilityReport.render(analysis)
    }
}
