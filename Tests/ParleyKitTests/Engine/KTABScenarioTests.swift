import Foundation
import Testing
@testable import ParleyKit

/// Reading KTAB's CSV format: the loose real files, and exact diagnostics for broken ones.
@Suite("KTAB scenario reader")
struct KTABScenarioTests {
    /// The rendered diagnostic for `text`, or a note that it parsed.
    func renderedError(_ text: String) -> String {
        do {
            _ = try KTABScenario.parse(text, file: "s.csv")
            return "parsed"
        } catch {
            return DiagnosticRenderer.render(error)
        }
    }

    let header = "Actor,Description,Influence,Pos1,Sal1,Pos2,Sal2\n"

    @Test("reads every shipped scenario", arguments: [
        ("dummyData_3Dim", 7, 3), ("SOE-Pol-Comp", 13, 2), ("SOE-Policy", 26, 1), ("SOE-Competitive", 34, 1),
        ("dummyData_6Dim", 27, 6), ("dummyData-a040", 40, 1), ("dummyData-a080", 80, 1), ("dummyData-a160", 160, 1),
    ])
    func readsShippedFiles(name: String, actors: Int, dimensions: Int) throws {
        let scenario = try KTABScenario.load(contentsOf: EngineFixtures.scenarioPath(name))
        #expect(scenario.actors.count == actors)
        #expect(scenario.dimensionNames.count == dimensions)
        #expect(scenario.actors.allSatisfy { $0.positions.count == dimensions && $0.saliences.count == dimensions })
    }

    @Test("quoted fields, stray spaces, trailing commas, CRLF and a byte-order mark")
    func looseFormat() throws {
        let text = "\u{FEFF}Demo ,\"A \"\"quoted\"\", scenario\",3,2,0,,\r\n"
            + "Actor,Description,Power,Dim0 Position,Dim0 Salience,Dim1 Position,Dim1 Salience,\r\n"
            + "A1,  First , 10.5, 75.79, 49.53,  6.37,  5.91,\r\n"
            + "\"A,2\",Second,2,0,0,100,100\r\n"
            + "\r\n"
            + "A3,Third,1e2,50,20,50,20,,,\r\n"
        let scenario = try KTABScenario.parse(text, file: "demo.csv")
        #expect(scenario.name == "Demo")
        #expect(scenario.description == "A \"quoted\", scenario")
        #expect(scenario.dimensionNames == ["Dim0", "Dim1"])
        #expect(scenario.actors.map(\.name) == ["A1", "A,2", "A3"])
        #expect(scenario.actors[0].description == "First")
        #expect(scenario.actors[0].capability == 10.5)
        #expect(scenario.actors[0].positions == [75.79, 6.37])
        #expect(scenario.actors[2].capability == 100)
        let state = try scenario.bargainingState()
        #expect(state.position(actor: 1, issue: 1) == 1)
        // A comma in a name is quoted in the trajectory output.
        let csv = KTABTrajectory.csv(try KTABTrajectory.run(scenario), of: scenario)
        #expect(csv.hasPrefix("turn,actor,dim,position\n0,A1,0,75.7900\n0,A1,1,6.3700\n0,\"A,2\",0,0.0000\n"))
    }

    @Test("empty file")
    func emptyFile() {
        #expect(renderedError("") == """
            s.csv:1:1: error: empty file: expected a KTAB scenario line 'name, description, actors, dimensions'

            ^

            """)
        #expect(renderedError(" \n ,,\n") == renderedError(""))
    }

    @Test("first line too short")
    func shortFirstLine() {
        #expect(renderedError("Demo, A demo, 3\n") == """
            s.csv:1:16: error: expected 'name, description, actors, dimensions' but found 3 fields
            Demo, A demo, 3
                           ^

            """)
    }

    @Test("actor count that is not a whole number in range")
    func badActorCount() {
        #expect(renderedError("Demo,A demo, three ,2\n") == """
            s.csv:1:14: error: number of actors must be a whole number from 3 to 250, found 'three'
            Demo,A demo, three ,2
                         ^~~~~

            """)
        #expect(renderedError("Demo,A demo,2,2\n").hasPrefix("s.csv:1:13: error: number of actors must be"))
    }

    @Test("missing header")
    func missingHeader() {
        #expect(renderedError("Demo,A demo,3,2,\n") == """
            s.csv:2:1: error: missing header row after line 1

            ^

            """)
    }

    @Test("wrong field count")
    func wrongFieldCount() {
        let text = "Demo,A demo,3,2,\n" + header + "A1,First,10,50,20,50\n"
        #expect(renderedError(text) == """
            s.csv:3:21: error: expected 3 + 2×2 = 7 fields (name, description, capability, then position and salience for each dimension), found 6
            A1,First,10,50,20,50
                                ^

            """)
        let extra = "Demo,A demo,3,2,\n" + header + "A1,First,10,50,20,50,20,, 7\n"
        #expect(renderedError(extra) == """
            s.csv:3:27: error: expected 3 + 2×2 = 7 fields (name, description, capability, then position and salience for each dimension), found 9
            A1,First,10,50,20,50,20,, 7
                                      ^

            """)
    }

    @Test("non-numeric values")
    func nonNumeric() {
        let text = "Demo,A demo,3,2,\n" + header + "A1,First,10,50,20,5O,20\n"
        #expect(renderedError(text) == """
            s.csv:3:19: error: position must be a number, found '5O'
            A1,First,10,50,20,5O,20
                              ^~

            """)
        let nan = "Demo,A demo,3,2,\n" + header + "A1,First, nan ,50,20,50,20\n"
        #expect(renderedError(nan) == """
            s.csv:3:11: error: capability must be a number, found 'nan'
            A1,First, nan ,50,20,50,20
                      ^~~

            """)
        let empty = "Demo,A demo,3,2,\n" + header + "A1,First,10,50,,50,20\n"
        #expect(renderedError(empty) == """
            s.csv:3:16: error: salience must be a number, found an empty field
            A1,First,10,50,,50,20
                           ^

            """)
    }

    @Test("values out of range")
    func outOfRange() {
        let position = "Demo,A demo,3,2,\n" + header + "A1,First,10,50,20,100.5,20\n"
        #expect(renderedError(position) == """
            s.csv:3:19: error: position 100.5 is outside 0–100
            A1,First,10,50,20,100.5,20
                              ^~~~~

            """)
        let capability = "Demo,A demo,3,2,\n" + header + "A1,First,0,50,20,50,20\n"
        #expect(renderedError(capability) == """
            s.csv:3:10: error: capability must be greater than 0 and at most 1e12, found '0'
            A1,First,0,50,20,50,20
                     ^

            """)
        let saliences = "Demo,A demo,3,2,\n" + header + "A1,First,10,50,60.5,50,40\n"
        #expect(renderedError(saliences) == """
            s.csv:3:16: error: saliences sum to 100.5, more than 100
            A1,First,10,50,60.5,50,40
                           ^~~~~~~~~~

            """)
    }

    /// L18: saliences that sum to a hair over 100 by rounding are accepted and scaled to 100;
    /// a real excess names its exact sum.
    @Test("salience rounding")
    func salienceRounding() throws {
        let sixDimensions = "Demo,A demo,3,6,\nActor,Description,Power" + (0..<6).map { ",D\($0) Position,D\($0) Salience" }.joined() + "\n"
        let row = { (name: String) in name + ",x,10" + String(repeating: ",50,16.6667", count: 6) + "\n" }
        let scenario = try KTABScenario.parse(sixDimensions + row("A1") + row("A2") + row("A3"), file: "s.csv")
        #expect(abs(scenario.actors[0].saliences.reduce(0, +) - 100) < 1e-9)
        let over = "Demo,A demo,3,2,\n" + header + "A1,First,10,50,50.02,50,50\n"
        #expect(renderedError(over).hasPrefix("s.csv:3:16: error: saliences sum to 100.02, more than 100\n"))
    }


    func actorCountMismatch() {
        let fewer = "Demo,A demo,3,2,\n" + header + "A1,First,10,50,20,50,20\nA2,Second,10,50,20,50,20\n\n"
        #expect(renderedError(fewer) == """
            s.csv:1:13: error: line 1 declares 3 actors but the file has 2 actor rows
            Demo,A demo,3,2,
                        ^

            """)
        let row = "A1,First,10,50,20,50,20\n"
        let more = "Demo,A demo,3,2,\n" + header + row + row.replacingOccurrences(of: "A1", with: "A2")
            + row.replacingOccurrences(of: "A1", with: "A3") + "A4,Fourth,1,1,1,1,1\n"
        #expect(renderedError(more) == """
            s.csv:6:1: error: more actor rows than the 3 declared on line 1
            A4,Fourth,1,1,1,1,1
            ^~

            """)
        let duplicate = "Demo,A demo,3,2,\n" + header + row + row
        #expect(renderedError(duplicate) == """
            s.csv:4:1: error: duplicate actor name 'A1' (first on line 3)
            A1,First,10,50,20,50,20
            ^~

            """)
    }

    @Test("unterminated quote")
    func unterminatedQuote() {
        #expect(renderedError("Demo,\"A demo,3,2\n") == """
            s.csv:1:6: error: unterminated quoted field
            Demo,"A demo,3,2
                 ^~~~~~~~~~~

            """)
    }

    @Test("unreadable file")
    func unreadableFile() {
        #expect(throws: Diagnostic.self) { try KTABScenario.load(contentsOf: "/nonexistent/x.csv") }
        do {
            _ = try KTABScenario.load(contentsOf: "/nonexistent/x.csv")
        } catch {
            #expect(DiagnosticRenderer.render(error) == "error: no such file '/nonexistent/x.csv'\n")
        }
    }

    /// Whatever bytes arrive, the reader answers with a scenario or a diagnostic, never a crash.
    @Test("random garbage never crashes the reader")
    func garbage() {
        var random = SplitMix64(seed: 2025)
        let alphabet = Array("0123456789.,-e\" \nAbc\r\u{0}")
        let valid = "Demo,A demo,3,2,\n" + header + "A1,First,10,50,20,50,20\nA2,B,10,50,20,50,20\nA3,C,1,1,1,1,1\n"
        for _ in 0..<400 {
            var text = Array(valid)
            for _ in 0..<(1 + Int(random.next() % 4)) {
                let index = Int(random.next() % UInt64(text.count))
                text[index] = alphabet[Int(random.next() % UInt64(alphabet.count))]
            }
            let result = renderedError(String(text))
            #expect(result == "parsed" || result.hasPrefix("s.csv:"))
        }
    }
}
