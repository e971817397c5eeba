import Foundation
import Testing
@testable import ParleyKit

/// `brief FILE --compare A,B`, the three views in a briefing, and sections as plain content.
@Suite("Briefing: futures and views side by side")
struct BriefingCompareTests {
    /// Two futures from the same day, as the summit teaching scenario sets them.
    static func twoFutures() -> Transcript {
        let t = Transcript()
        #expect(t.interpreter.loadAtStart(nil))
        for line in ["branch round-four", "apply round participants=RU,UA mediator=TR", "switch main",
                     "branch summit-first", "apply summit between=US,RU"] {
            #expect(t.run(line), "\(line): \(t.err)")
        }
        return t
    }

    /// The Markdown of one section, from its heading to the next.
    static func section(_ heading: String, in text: String) -> String {
        guard let start = text.range(of: "\n## \(heading)\n") else { return "" }
        let rest = text[start.upperBound...]
        return String(rest[..<(rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex)])
    }

    @Test func compareSetsTheNamedFuturesSideBySide() throws {
        let t = Self.twoFutures()
        let text = try BriefingTests.write(t, "--compare round-four,summit-first --force", name: "b.md")
        let section = Self.section("Alternative futures side by side", in: text)
        #expect(section.hasPrefix("\n2 futures, branches round-four and summit-first, set side by side."))
        #expect(section.contains("""
            | branch | date | what happened |
            |---|---|---|
            | round-four | 2025-07-23 | 1. A round of delegation-level talks, usually with a mediator (participants: Russia and Ukraine; mediator: Türkiye) |
            | summit-first | 2025-07-23 | 1. A meeting (or call) of heads of state, who can commit their governments (between: United States and Russia) |
            """))
        // The count and the largest difference, worked out here from the branches themselves.
        let branches = t.interpreter.session.branches
        let a = branches[t.interpreter.session.index(of: "round-four")!].scenario
        let b = branches[t.interpreter.session.index(of: "summit-first")!].scenario
        var differing: [(String, String, Double, Double)] = []
        for (k, actor) in a.actors.enumerated() {
            for (i, issue) in a.issues.enumerated() {
                let x = Figures.rounded(a.position(actor: k, issue: i), 1), y = Figures.rounded(b.position(actor: k, issue: i), 1)
                if x != y { differing.append((actor, issue, x, y)) }
            }
        }
        #expect(section.contains("\n\(differing.count) of \(a.actors.count * a.issues.count) positions differ between the futures.\n"))
        let largest = differing.max { abs($0.2 - $0.3) < abs($1.2 - $1.3) }!
        #expect(section.contains("- The largest difference in a stance: \(largest.0) on \(largest.1), "
                                 + "\(Figures.points(largest.2)) on round-four and \(Figures.points(largest.3)) on summit-first.\n"))
        // The current branch (summit-first) still leads the briefing.
        #expect(text.contains("Branch **summit-first**"))
    }

    @Test func compareAloneTakesEveryBranch() throws {
        let t = Self.twoFutures()
        let text = try BriefingTests.write(t, "--compare --force", name: "b.md")
        #expect(Self.section("Alternative futures side by side", in: text)
            .hasPrefix("\n3 futures, branches main, round-four and summit-first, set side by side."))
        #expect(text.contains("| issue | main | round-four | summit-first |\n"))
    }

    @Test func compareErrorsSayWhatIsWrong() {
        let t = Transcript()
        #expect(t.interpreter.loadAtStart(nil))
        let path = BriefingTests.temporaryPath("b.md")
        #expect(!t.run("brief \(path) --compare"))
        let column = "brief \(path) ".count + 1
        #expect(t.err == "<stdin>:1:\(column): error: --compare needs two branches or more; this session has one (make another with 'branch NAME')\n"
                + "brief \(path) --compare\n" + String(repeating: " ", count: column - 1) + "^~~~~~~~~\n")
        t.err = ""
        #expect(t.run("branch squeeze"))
        #expect(!t.run("brief b.md --compare main,sqeeze"))
        #expect(t.err == "<stdin>:1:22: error: no branch named 'sqeeze'; did you mean 'squeeze'?\nbrief b.md --compare main,sqeeze\n                     ^~~~~~~~~~~\n")
        t.err = ""
        #expect(!t.run("brief b.md --compare main,main"))
        #expect(t.err == "<stdin>:1:22: error: branch 'main' is listed twice\nbrief b.md --compare main,main\n                     ^~~~~~~~~\n")
        t.err = ""
        #expect(!t.run("brief b.md other.md"))
        #expect(t.err == "<stdin>:1:12: error: one FILE only; to compare branches, list them after --compare (A,B)\nbrief b.md other.md\n           ^~~~~~~~\n")
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func theBriefingSetsTheThreeViewsSideBySide() throws {
        let t = Self.twoFutures()
        let text = try BriefingTests.write(t, "--force", name: "b.md")
        let section = Self.section("Three views on the shared questions", in: text)
        #expect(section.contains("\n| question | SMP consensus | settlement | GMCR (Nash) |\n"))
        let invocation = try #require(try ScriptParser.parseLine("models", file: "<test>", lineNumber: 1))
        let call = try t.interpreter.catalog.prepare(invocation).call
        let comparison = ModelComparison(view: try t.interpreter.requireConflict(call),
                                         scenario: t.interpreter.session.branch!.scenario, concept: .nash)
        for row in comparison.rows {
            #expect(section.contains("\(row.name) (\(row.issue) \(row.threshold))"))
            if let note = row.note { #expect(section.contains("- \(row.name): \(note).\n")) }
        }
        // Without --compare there is no comparison section.
        #expect(!text.contains("## Alternative futures side by side"))
    }

    @Test func aSectionIsWrittenOnceAndLaidOutByBothRenderers() {
        let blocks: [BriefingSection.Block] = [
            .paragraph("Deals & gaps"),
            .table([.text("issue"), .number("Nash")], [.init(["ceasefire", "55.6"], marked: true), .init(["territory", ""])]),
            .aside("from settle"),
            .list(["one <b>"]),
        ]
        #expect(BriefingHTML.blocks(blocks) == """
            <p>Deals &amp; gaps</p>
            <table>
            <thead><tr><th>issue</th><th class="num">Nash</th></tr></thead>
            <tbody>
            <tr class="moved"><td>ceasefire</td><td class="num">55.6</td></tr>
            <tr><td>territory</td><td class="num"></td></tr>
            </tbody>
            </table>
            <p class="meta">from settle</p>
            <ul>
            <li>one &lt;b&gt;</li>
            </ul>

            """)
        #expect(BriefingMarkdown.blocks(blocks) == """
            Deals & gaps

            | issue | Nash |
            |---|---|
            | **ceasefire** | **55.6** |
            | territory |  |

            *from settle*

            - one \\<b\\>

            """)
    }
}
