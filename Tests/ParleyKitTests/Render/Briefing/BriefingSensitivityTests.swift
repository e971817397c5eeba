import Foundation
import Testing
@testable import ParleyKit

@Suite("Briefing: what the forecast rests on")
struct BriefingSensitivityTests {
    @Test func everyHeadlineHasItsTornadoAndKeptTargetsFollow() throws {
        let t = BriefingTests.session()
        #expect(t.run("sensitivity gap(RU,UA).ceasefire"), "\(t.err)")
        let markdown = try BriefingTests.write(t, "", name: "brief.md")
        let section = try #require(markdown.components(separatedBy: "## What the forecast rests on").dropFirst().first)
        let branch = try #require(t.interpreter.session.branch)
        for issue in branch.scenario.issues {
            #expect(section.contains("### forecast.\(issue): "), "\(issue)")
            #expect(section.contains("The \(issue) forecast rests ") || section.contains("No input moves the \(issue) forecast"), "\(issue)")
        }
        #expect(section.contains("### gap(RU,UA).ceasefire: "))
        // The figures are the analysis's own: the territory headline's first row.
        let world = try #require(t.interpreter.session.world)
        let result = try #require(try SensitivityAnalysis(world: world, branch: branch,
            targets: [SensitivityTarget(measure: .consensus(issue: "territory"), text: "forecast.territory")], workers: 1).run()?.first)
        let top = try #require(result.moving.first)
        #expect(section.contains("| \(top.input.label) | \(top.input.evidence.phrase) | \(TornadoChart.figure(top.atLow)) | \(TornadoChart.figure(top.atHigh)) |"))

        let html = try BriefingTests.write(t, "", name: "brief.html")
        #expect(html.contains("<h2>What the forecast rests on</h2>"))
        #expect(html.components(separatedBy: "<h3>forecast.").count - 1 == branch.scenario.issues.count)
        // Moving on drops the kept target but the headlines stay.
        #expect(t.run("apply summit"))
        let later = try BriefingTests.write(t, "", name: "later.md")
        #expect(!later.contains("### gap(RU,UA).ceasefire"))
        #expect(later.contains("### forecast.territory: "))
    }
}
