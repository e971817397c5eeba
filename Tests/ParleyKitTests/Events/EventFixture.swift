import Foundation
import Testing
@testable import ParleyKit

/// A session on the bundled seeds, for driving events and reading stances back.
final class EventFixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let t = Transcript()

    init(seeds: String? = nil, at date: String? = nil) {
        #expect(t.interpreter.loadAtStart(seeds ?? Self.root.appendingPathComponent("seeds").path))
        if let date { #expect(t.run("load at=\(date)")) }
        t.out = ""
    }

    var scenario: Scenario { t.interpreter.session.branch!.scenario }
    var steps: Int { t.interpreter.session.branch!.steps.count }

    func stance(_ actor: String, _ issue: String) -> Double {
        scenario.position(actor: scenario.actorIndex(actor)!, issue: scenario.issueIndex(issue)!)
    }

    func salience(_ actor: String, _ issue: String) -> Double {
        scenario.salience(actor: scenario.actorIndex(actor)!, issue: scenario.issueIndex(issue)!)
    }

    func capability(_ actor: String) -> Double { scenario.capabilities[scenario.actorIndex(actor)!] }

    /// Every position, for "nothing else moved" checks.
    var positions: [Double] { scenario.positions }

    @discardableResult
    func run(_ line: String) -> Bool {
        t.out = ""
        t.err = ""
        return t.run(line)
    }
}
