import Foundation
import Testing
@testable import ParleyKit

/// `stability`, `paths` and `inverse` on the bundled talks model: results, JSON and exact errors.
@Suite("GMCR commands")
struct ConflictCommandsTests {
    func loaded() -> Transcript {
        let t = Transcript()
        let path = seedTestsPackageRoot.appendingPathComponent("seeds").path
        #expect(t.run("load \(path)"), "load: \(t.err)")
        t.out = ""
        return t
    }

    @Test("the bundled model loads, and applied events move its state")
    func eventsMoveTheState() {
        let t = loaded()
        #expect(t.run("stability --concept nash"))
        #expect(t.out.contains("now: state 1 NNNNN (no option taken), the status quo\n"))
        #expect(t.run("apply sanctions by=US target=RU"))
        t.out = ""
        #expect(t.run("stability --concept nash"))
        #expect(t.out.contains("now: state 17 NNNNY (us-sanctions), moved from the status quo 1 NNNNN (no option taken)\n"))
        #expect(t.out.hasSuffix("the current state is an equilibrium under Nash\n"))
    }

    @Test("the July framing's Nash equilibria and the path to them")
    func julyEquilibria() {
        let t = loaded()
        #expect(t.run("paths"))
        #expect(t.out.hasSuffix("""
            by unilateral improvements from state 1 to the Nash equilibria:
              state 17 NNNNY (us-sanctions) in 1 step:
                US moves us-sanctions N→Y → state 17
              state 19 NYNNY (ua-cedes-donbas, us-sanctions): not reachable by improvements

            """))
    }

    @Test("inverse names the ranking changes and confirms them")
    func inverse() {
        let t = loaded()
        #expect(t.run("inverse YNNNN --json"))
        #expect(t.out == """
            {"date": "2025-07-23", "concept": "nash", "state": 2, "options": "YNNNN", "changes": [{"maker": "RU", "rank_before": 31, "rank_after": 29, "passes": [17], "level_with": [1]}, {"maker": "UA", "rank_before": 5, "rank_after": 5, "passes": [], "level_with": []}, {"maker": "US", "rank_before": 4, "rank_after": 2, "passes": [4, 8], "level_with": [10, 14]}], "equilibrium_after": true}

            """)
    }

    @Test("stability --json has the gmcr shape with the date and current state")
    func stabilityJSON() {
        let t = loaded()
        #expect(t.run("stability --json"))
        #expect(t.out.hasPrefix(#"{"date": "2025-07-23", "rule": "literature", "options": [{"id": "ru-ceasefire", "holder": "RU", "direction": "both"}"#))
        #expect(t.out.contains(#""current": 1, "states": ["#))
        #expect(t.out.hasSuffix(#""equilibria": {"nash": [17, 19], "gmr": [6, 8, 10, 12, 17, 19, 21, 22, 23, 24, 26, 28, 30, 32], "smr": [6, 8, 10, 12, 17, 19, 21, 22, 23, 24, 26, 28, 30, 32], "seq": [6, 8, 10, 12, 17, 19, 22, 24, 26, 28, 30, 32]}}"# + "\n"))
    }

    @Test("bad arguments get exact, located errors", arguments: [
        ("stability --concept foo", "<stdin>:1:21: error: unknown concept 'foo': expected nash, gmr, smr or seq\nstability --concept foo\n                    ^~~\n"),
        ("stability --concept smx", "<stdin>:1:21: error: unknown concept 'smx': expected nash, gmr, smr or seq; did you mean 'smr'?\nstability --concept smx\n                    ^~~\n"),
        ("stability sanctions=onse", "<stdin>:1:11: error: unknown sanction rule 'onse': expected literature, once or single; did you mean 'once'?\nstability sanctions=onse\n          ^~~~~~~~~~~~~~\n"),
        ("paths --concept", "<stdin>:1:1: error: --concept needs a concept: nash, gmr, smr or seq\npaths --concept\n^~~~~\n"),
        ("inverse 99", "<stdin>:1:9: error: no state 99: the states are 1 to 32\ninverse 99\n        ^~\n"),
        ("inverse NNN", "<stdin>:1:9: error: expected a state number (1 to 32) or an option vector of 5 Y/N letters, found 'NNN'\ninverse NNN\n        ^~~\n"),
        ("inverse", "<stdin>:1:8: error: missing STATE; usage: inverse STATE [--concept C] [sanctions=RULE] [--json]\ninverse\n       ^\n"),
    ])
    func errors(line: String, expected: String) {
        let t = loaded()
        #expect(!t.run(line))
        #expect(t.err == expected)
    }

    @Test("models sets SMP's consensus, the settlement and GMCR's equilibria side by side and notes each disagreement")
    func models() {
        let t = loaded()
        #expect(t.run("models --json"))
        #expect(t.out.hasPrefix(#"{"date": "2025-07-23", "concept": "nash", "questions": ["#))
        #expect(t.out.contains(#"{"option": "us-sanctions", "issue": "sanctions", "taken": "below 15", "consensus": "#))
        #expect(t.out.contains(#""settlement": {"outcome": "deal", "point": 16.0, "lower": 16.0, "upper": 16.0, "gap": null, "takes": false}, "gmcr": "taken", "equilibria": 2, "equilibria_taking": 2, "agree": false, "note": "GMCR takes it; SMP and settlement do not. Every stable state has it: its holder gains by taking it"}"#))
        t.out = ""
        #expect(t.run("models"))
        #expect(t.out.contains("\nwhere they disagree:\n"))
        #expect(!t.run("models --concept nah"))
        #expect(t.err == "<stdin>:1:18: error: unknown concept 'nah': expected nash, gmr, smr or seq; did you mean 'nash'?\nmodels --concept nah\n                 ^~~\n")
    }

    @Test("without seeds the commands say what to load")
    func nothingLoaded() {
        let t = Transcript()
        #expect(!t.run("stability"))
        #expect(t.err.hasPrefix("<stdin>:1:1: error: nothing is loaded; start with 'load'"))
    }

    @Test("completion offers concepts, flags and sanction rules")
    func completion() {
        let completer = Completer()
        let session = Session()
        #expect(completer.candidates(for: "stability --", session: session) == ["--concept", "--json"])
        #expect(completer.candidates(for: "stability --concept s", session: session) == ["sanctions=", "seq", "smr"])
        #expect(completer.candidates(for: "paths sanctions=o", session: session) == ["sanctions=once"])
    }
}
