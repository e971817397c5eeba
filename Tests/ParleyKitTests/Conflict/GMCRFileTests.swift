import Foundation
import Testing
@testable import ParleyKit

/// Reading GMCR+ save files: the worked examples, the JSON shape, and exact errors.
@Suite("GMCR+ file reader")
struct GMCRFileTests {
    func renderedError(_ text: String) -> String {
        do {
            _ = try GMCRFile.parse(text, file: "c.gmcr")
            return "parsed"
        } catch {
            return DiagnosticRenderer.render(error)
        }
    }

    let option = #"{"options": [{"name": "a", "permittedDirection": "both"}],"#

    @Test("reads options, irreversibility, infeasibles and compound statements")
    func readsEscalation() throws {
        let conflict = try GMCRFile.load(contentsOf: ConflictFixtures.path("escalation"))
        #expect(conflict.options.map(\.direction) == [.forward, .both, .both, .both])
        #expect(conflict.infeasibles == [OptionPattern([.init(option: 0, taken: true), .init(option: 1, taken: true)])])
        guard case .prioritised(let statements) = conflict.decisionMakers[0].preferences else {
            Issue.record("expected prioritised preferences")
            return
        }
        #expect(statements[1].alternatives.count == 2)
    }

    @Test("a manual ranking with ties")
    func manualRanking() throws {
        let text = option + #" "useManualPreferenceVectors": true, "decisionMakers": [{"name": "X", "options": [0], "preferences": [], "preferenceVector": [[1, 2]]}]}"#
        let conflict = try GMCRFile.parse(text, file: "t.gmcr")
        #expect(conflict.decisionMakers[0].preferences == .ranking([[1, 2]]))
    }

    @Test("JSON output has the documented shape")
    func jsonShape() throws {
        let text = try GMCRReport.text(forFile: ConflictFixtures.path("dilemma"), json: true, rule: .literature)
        #expect(text == """
            {"states": [
              {"state": 1, "options": "NN", "stable": {"nash": ["Prisoner 1", "Prisoner 2"], "gmr": ["Prisoner 1", "Prisoner 2"], "smr": ["Prisoner 1", "Prisoner 2"], "seq": ["Prisoner 1", "Prisoner 2"]}},
              {"state": 2, "options": "YN", "stable": {"nash": ["Prisoner 2"], "gmr": ["Prisoner 2"], "smr": ["Prisoner 2"], "seq": ["Prisoner 2"]}},
              {"state": 3, "options": "NY", "stable": {"nash": ["Prisoner 1"], "gmr": ["Prisoner 1"], "smr": ["Prisoner 1"], "seq": ["Prisoner 1"]}},
              {"state": 4, "options": "YY", "stable": {"nash": [], "gmr": ["Prisoner 1", "Prisoner 2"], "smr": ["Prisoner 1", "Prisoner 2"], "seq": ["Prisoner 1", "Prisoner 2"]}}
            ], "equilibria": {"nash": [1], "gmr": [1, 4], "smr": [1, 4], "seq": [1, 4]}}

            """)
    }

    @Test("malformed files get located errors", arguments: [
        ("", "c.gmcr:1:1: error: empty file: expected a JSON object\n\n^\n"),
        ("[1]", "c.gmcr:1:1: error: expected a GMCR+ save file (a JSON object), found an array\n[1]\n^\n"),
        (#"{"options": [{"name": "a"},"#, "c.gmcr:1:28: error: unexpected end of file: expected a value\n{\"options\": [{\"name\": \"a\"},\n                           ^\n"),
        (#"{"options": [{"name": "a", "permittedDirection": "bth"}]}"#,
         "c.gmcr:1:50: error: unknown permittedDirection 'bth': expected 'both', 'fwd' or 'back'; did you mean 'both'?\n{\"options\": [{\"name\": \"a\", \"permittedDirection\": \"bth\"}]}\n                                                 ^~~~~\n"),
        (#"{"options": [{"name": "a"}]}"#,
         "c.gmcr:1:1: error: missing 'decisionMakers' (the decision makers)\n{\"options\": [{\"name\": \"a\"}]}\n^\n"),
        (#"{"options": [{"name": "a"}], "decisionMakers": [{"name": "X", "options": [1], "preferences": []}]}"#,
         "c.gmcr:1:75: error: option 1 does not exist: options are numbered 0 to 0\n{\"options\": [{\"name\": \"a\"}], \"decisionMakers\": [{\"name\": \"X\", \"options\": [1], \"preferences\": []}]}\n                                                                          ^\n"),
        (#"{"options": [{"name": "a"}], "decisionMakers": [{"name": "X", "options": [0], "preferences": [[[0, "y"]]]}]}"#,
         "c.gmcr:1:100: error: expected \"Y\" or \"N\", found 'y'\n{\"options\": [{\"name\": \"a\"}], \"decisionMakers\": [{\"name\": \"X\", \"options\": [0], \"preferences\": [[[0, \"y\"]]]}]}\n                                                                                                   ^~~\n"),
        (#"{"options": [{"name": "a"}], "decisionMakers": [{"name": "X", "options": [0], "preferences": []}, {"name": "Y", "options": [0], "preferences": []}]}"#,
         "c.gmcr:1:125: error: option 0 is already controlled by 'X'\n… \"decisionMakers\": [{\"name\": \"X\", \"options\": [0], \"preferences\": []}, {\"name\": \"Y\", \"options\": [0], \"preferences\": []}]}\n                                                                                                 ^\n"),
        (#"{"options": [{"name": "a"}], "useManualPreferenceRanking": true, "decisionMakers": [{"name": "X", "options": [0], "preferenceRanking": [2]}]}"#,
         "c.gmcr:1:136: error: the ranking of 'X' leaves out state 1 (it must rank all 2 feasible states)\n… \"a\"}], \"useManualPreferenceRanking\": true, \"decisionMakers\": [{\"name\": \"X\", \"options\": [0], \"preferenceRanking\": [2]}]}\n                                                                                                                   ^\n"),
        (#"{"options": [{"name": "a"}], "infeasibles": [[[0, "Y"]], [[0, "N"]]], "decisionMakers": [{"name": "X", "options": [0], "preferences": []}]}"#,
         "c.gmcr:1:45: error: every state is infeasible\n{\"options\": [{\"name\": \"a\"}], \"infeasibles\": [[[0, \"Y\"]], [[0, \"N\"]]], \"decisionMakers\": [{\"name\": \"X\", \"options\": [0], \"…\n                                            ^\n"),
        ("{\"a\": \"x\ny\"}", "c.gmcr:1:9: error: control character in a string (escape it, e.g. \\n)\n{\"a\": \"x\n        ^\n"),
    ])
    func locatedErrors(text: String, expected: String) {
        #expect(renderedError(text) == expected)
    }

    @Test("deep nesting is refused, not a crash")
    func deepNesting() {
        let text = String(repeating: "[", count: 10_000)
        #expect(renderedError(text).hasPrefix("c.gmcr:1:201: error: arrays and objects nested more than 200 deep"))
    }
}
