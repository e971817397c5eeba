import Foundation
import Testing
@testable import ParleyKit

@Suite("Questions by a date")
struct QuestionTests {
    static func july(workers: Int = 2) -> Transcript {
        let t = Transcript()
        t.interpreter.simulationWorkers = workers
        #expect(t.interpreter.loadAtStart(nil))
        #expect(t.run("load at=2025-07-23"))
        t.out = ""
        return t
    }

    @Test func theLanguage() throws {
        let deal = try QuestionText.parse("deal on humanitarian by 2025-09-01")
        #expect(deal.condition.description == "deal.humanitarian == 1")
        #expect(deal.date == CalendarDate(parsing: "2025-09-01"))
        #expect(deal.isFriendly && deal.conditionOffset == 8 && deal.dateOffset == 24)
        #expect(try QuestionText.parse("No Deal on package by 2025-10-01").condition.description == "deal.package == 0")
        let plain = try QuestionText.parse("RU.ceasefire <= 60 by 2025-09-01")
        #expect(plain.condition.description == "RU.ceasefire <= 60" && !plain.isFriendly)
        // The last " by " ends the condition.
        #expect(try QuestionText.parse("gap(RU,UA).territory < 30 BY 2026-01-31").date == CalendarDate(parsing: "2026-01-31"))
    }

    @Test func theLanguagesErrorsArePlaced() {
        func failure(_ text: String) -> MeasureParser.Failure? {
            do { _ = try QuestionText.parse(text); return nil } catch { return error }
        }
        #expect(failure("RU.ceasefire < 3") == .init(message: "a question needs a date: end it with 'by YYYY-MM-DD', as in 'deal on humanitarian by 2025-09-01'", offset: 16, length: 1))
        #expect(failure("RU.ceasefire < 3 by 2025-02-30") == .init(message: "'2025-02-30' is not a day of the calendar", offset: 20, length: 10))
        #expect(failure("deal on by 2025-09-01")?.message == "expected an issue after 'on', as in 'deal on humanitarian'")
        #expect(failure("by 2025-09-01")?.offset == 0)
        #expect(failure("RU.ceasefire 3 by 2025-09-01")?.message == "expected a comparison (<, <=, >, >=, == or !=)")
    }

    @Test func brierAndTheBook() throws {
        let condition = try Condition.parse("RU.ceasefire <= 60")
        let date = try #require(CalendarDate(parsing: "2025-09-01"))
        func question(_ holding: Int) -> Question {
            Question(number: 0, text: "q", condition: condition, date: date, branch: "main", step: 0, askedOn: date,
                     seed: 1, runs: 100, holding: holding)
        }
        var book = QuestionBook()
        let here = QuestionBook.Stamp(branch: "main", steps: 0, notes: 0)
        book.ask(question(64), at: here)
        book.ask(question(20), at: here)
        #expect(book.questions.map(\.number) == [1, 2])
        #expect(book.meanBrier == nil)
        _ = try book.resolve(1, outcome: true, at: here)
        _ = try book.resolve(2, outcome: true, at: here)
        #expect(abs(book.questions[0].brier! - 0.1296) < 1e-12)
        #expect(abs(book.meanBrier! - (0.1296 + 0.64) / 2) < 1e-12)
        #expect(throws: QuestionBook.Refusal.noSuchQuestion(3, count: 2)) { try book.resolve(3, outcome: false, at: here) }
        // Undo runs back through the changes in order, and only where they were made.
        #expect(book.undo(at: QuestionBook.Stamp(branch: "main", steps: 1, notes: 0)) == nil)
        #expect(book.undo(at: here) == .resolved(number: 2, outcome: true, previous: nil))
        #expect(book.questions[1].outcome == nil)
        #expect(book.redo(at: here) == .resolved(number: 2, outcome: true, previous: nil))
        #expect(book.questions[1].outcome == true)
    }

    @Test func askListResolveAndUndo() throws {
        let t = Self.july()
        #expect(t.run("question \"RU.ceasefire <= 70 by 2025-09-01\" runs=120 seed=4"))
        let asked = try #require(t.interpreter.session.questions.questions.first)
        #expect(t.out == """
            Question 1: RU.ceasefire <= 70 by 2025-09-01
            Probability \(Figures.share(asked.probability)): RU.ceasefire <= 70 held on 2025-09-01 in \(asked.holding) of 120 runs (seed 4; Monte Carlo standard error \(Figures.fixed(asked.standardError, 3)))
            Each run: start drawn at branch main's snapshot, its 0 steps replayed to 2025-07-23, then advanced to 2025-09-01 (scheduled events fire); the condition is tested on that date

            """)
        #expect(asked.holding > 0 && asked.holding < 120)
        t.out = ""
        #expect(t.run("resolve 1 no"))
        #expect(t.out == "Question 1 resolved no: probability \(Figures.share(asked.probability)), Brier \(Figures.fixed(asked.probability * asked.probability, 3))\n")
        #expect(t.run("note after the resolution"))
        t.out = ""
        // The note came last, so it goes first; then the resolution, then the question.
        #expect(t.run("undo"))
        #expect(t.run("undo"))
        #expect(t.run("undo"))
        #expect(t.out == """
            Undid the note: “after the resolution”.
            Undid the resolution of question 1 (no); it is now open.
            Undid question 1: “RU.ceasefire <= 70 by 2025-09-01”.

            """)
        #expect(t.interpreter.session.questions.questions.isEmpty)
        #expect(t.run("redo"))
        #expect(t.interpreter.session.questions.questions.count == 1)
    }

    @Test func sameAnswerOnAnyNumberOfCoresAndAsSimulateCounts() throws {
        var counts: [Int] = []
        for workers in [1, 2, 3] {
            let t = Self.july(workers: workers)
            #expect(t.run("question \"forecast.humanitarian > 66 by 2025-09-01\" runs=90 seed=6"))
            counts.append(try #require(t.interpreter.session.questions.questions.first).holding)
        }
        #expect(counts[0] == counts[1] && counts[0] == counts[2])
        // Asked for the branch's own date, a question counts what simulate's measure= counts with the same seed.
        let t = Self.july()
        #expect(t.run("question \"RU.ceasefire >= 70 by 2025-07-23\" runs=90 seed=6"))
        #expect(t.run("simulate 90 seed=6 measure=\"RU.ceasefire >= 70\""))
        let result = try #require(t.interpreter.session.results.latest(SimulationResult.self)?.value)
        #expect(t.interpreter.session.questions.questions[0].holding == result.runsHolding(0))
    }

    @Test func savedScriptsAskAgain() throws {
        let folder = try TemporaryFolder()
        let t = Self.july()
        #expect(t.run("question \"RU.ceasefire <= 70 by 2025-09-01\" runs=60"))
        #expect(t.run("resolve 1 yes"))
        #expect(t.run("save \(folder.path)/q.parley"))
        let saved = try String(contentsOfFile: "\(folder.path)/q.parley", encoding: .utf8)
        #expect(saved.hasSuffix("load at=2025-07-23\nquestion \"RU.ceasefire <= 70 by 2025-09-01\" runs=60\nresolve 1 yes\n"))
        let replay = Transcript()
        #expect(replay.interpreter.loadAtStart(nil))
        #expect(replay.run("run \(folder.path)/q.parley"))
        #expect(replay.interpreter.session.questions.questions == t.interpreter.session.questions.questions)
    }

    @Test func badQuestionsAreRefusedExactly() {
        let t = Self.july()
        t.interpreter.keepGoing = true
        let script = """
            questions
            question "deal on humanitrian by 2025-09-01"
            question "RU.ceasefire <= 3 by 2025-13-01"
            question "RU.ceasefire <= 3 by 2025-07-01"
            question "RU.ceasfire <= 3 by 2025-09-01"
            question RU.ceasefire by 2025-09-01
            question "RU.ceasefire < 3 by 2025-09-01" runs=0
            question "settle.ceasefire > none by 2025-09-01"
            resolve 1 yes
            resolve 1.5 yes
            resolve 1 maybe
            questions --jsn
            """
        #expect(!t.interpreter.run(script: script + "\n", file: "q.parley"))
        #expect(t.err == """
            q.parley:2:19: error: unknown issue 'humanitrian'; did you mean 'humanitarian'?
            question "deal on humanitrian by 2025-09-01"
                              ^~~~~~~~~~~
            q.parley:3:32: error: '2025-13-01' is not a day of the calendar
            question "RU.ceasefire <= 3 by 2025-13-01"
                                           ^~~~~~~~~~
            q.parley:4:32: error: 2025-07-01 is before this branch's date, 2025-07-23; a question looks ahead
            question "RU.ceasefire <= 3 by 2025-07-01"
                                           ^~~~~~~~~~
            q.parley:5:14: error: unknown issue 'ceasfire'; did you mean 'ceasefire'?
            question "RU.ceasfire <= 3 by 2025-09-01"
                         ^~~~~~~~
            q.parley:6:23: error: put the whole question in quotes: question "deal on humanitarian by 2025-09-01"
            question RU.ceasefire by 2025-09-01
                                  ^~
            q.parley:7:48: error: runs must be a whole number from 1 to 100000
            question "RU.ceasefire < 3 by 2025-09-01" runs=0
                                                           ^
            q.parley:8:30: error: 'none' can only be compared with == or !=
            question "settle.ceasefire > none by 2025-09-01"
                                         ^~~~
            q.parley:9:9: error: no question 1; no question has been asked yet
            resolve 1 yes
                    ^
            q.parley:10:9: error: N must be the number of a question in 'questions'; no question has been asked yet
            resolve 1.5 yes
                    ^~~
            q.parley:11:11: error: expected yes or no, not 'maybe'
            resolve 1 maybe
                      ^~~~~
            q.parley:12:11: error: unknown flag '--jsn' for 'questions'; did you mean '--json'?
            questions --jsn
                      ^~~~~

            """)
    }

    @Test func questionsJSON() throws {
        let t = Self.july()
        #expect(t.run("questions --json"))
        #expect(t.out == "{\"questions\": [], \"resolved\": 0, \"mean_brier\": null}\n")
        #expect(t.run("question \"RU.ceasefire <= 70 by 2025-09-01\" runs=50 seed=2 --json"))
        let asked = try #require(t.interpreter.session.questions.questions.first)
        #expect(t.out.hasSuffix("\n" + QuestionJSON.render(asked) + "\n"))
        #expect(t.out.contains("{\"number\": 1, \"question\": \"RU.ceasefire <= 70 by 2025-09-01\", \"condition\": \"RU.ceasefire <= 70\", \"by\": \"2025-09-01\", \"tested\": \"on\""))
        #expect(t.run("resolve 1 yes"))
        t.out = ""
        #expect(t.run("questions --json"))
        let q = try #require(t.interpreter.session.questions.questions.first)
        #expect(t.out == """
            {"questions": [
              {"number": 1, "question": "RU.ceasefire <= 70 by 2025-09-01", "condition": "RU.ceasefire <= 70", "by": "2025-09-01", "tested": "on", "branch": "main", "step": 0, "asked_on": "2025-07-23", "seed": 2, "runs": 50, "holding": \(q.holding), "probability": \(JSONText.number(q.probability)), "standard_error": \(JSONText.number(q.standardError)), "outcome": "yes", "brier": \(JSONText.number(q.brier!))}
            ], "resolved": 1, "mean_brier": \(JSONText.number(q.brier!))}

            """)
    }

    @Test func cancellationRecordsNothing() {
        let t = Self.july()
        t.interpreter.console.isCancelled = { true }
        #expect(!t.run("question \"RU.ceasefire <= 70 by 2025-09-01\""))
        #expect(t.interpreter.session.questions.questions.isEmpty)
        #expect(t.err == "question stopped by Ctrl-C; nothing recorded.\n")
    }

    @Test func completionOffersTheOptionsNumbersAndOutcomes() {
        let t = Self.july()
        #expect(t.run("question \"RU.ceasefire <= 70 by 2025-09-01\" runs=20"))
        let completer = Completer()
        let session = t.interpreter.session
        #expect(completer.candidates(for: "ques", session: session) == ["question", "questions"])
        #expect(completer.candidates(for: "question \"x by 2025-09-01\" r", session: session) == ["runs="])
        #expect(completer.candidates(for: "questions --", session: session) == ["--json"])
        #expect(completer.candidates(for: "resolve ", session: session) == ["1"])
        #expect(completer.candidates(for: "resolve 1 y", session: session) == ["yes"])
    }

    @Test func askingAndResolvingAreJournaled() {
        let t = Self.july()
        #expect(t.run("question \"RU.ceasefire <= 70 by 2025-09-01\" runs=20"))
        #expect(t.run("resolve 1 yes"))
        #expect(t.run("questions"))
        #expect(t.interpreter.journalScript.suffix(2) == ["question \"RU.ceasefire <= 70 by 2025-09-01\" runs=20", "resolve 1 yes"])
    }

    @Test func loadStartsWithoutQuestions() {
        let t = Self.july()
        #expect(t.run("question \"RU.ceasefire <= 70 by 2025-09-01\" runs=20"))
        #expect(t.interpreter.session.workLostByLoad == "1 question")
        #expect(t.run("load"))
        #expect(t.interpreter.session.questions.questions.isEmpty)
    }

    @Test func aBriefingListsTheBranchsQuestions() throws {
        let t = Self.july()
        #expect(t.run("question \"RU.ceasefire <= 70 by 2025-09-01\" runs=20 seed=5"))
        #expect(t.run("resolve 1 no"))
        #expect(t.run("branch other"))
        #expect(t.run("question \"RU.ceasefire <= 60 by 2025-09-01\" runs=20 seed=5"))
        #expect(t.run("switch main"))
        let q = try #require(t.interpreter.session.questions.questions.first)
        let folder = try TemporaryFolder()
        #expect(t.run("brief \(folder.path)/b.md"))
        let text = try String(contentsOfFile: "\(folder.path)/b.md", encoding: .utf8)
        #expect(text.contains("\n## Forecast questions\n"))
        #expect(text.contains("| 1 | RU.ceasefire \\<= 70 by 2025-09-01 | \(Figures.share(q.probability)) | \(q.holding) of 20 runs, seed 5, asked on 2025-07-23 after step 0 | no | \(Figures.fixed(q.brier!, 3)) |\n"))
        // Only this branch's questions.
        #expect(!text.contains("RU.ceasefire <= 60"))
        #expect(t.run("brief \(folder.path)/b.html"))
        #expect(try String(contentsOfFile: "\(folder.path)/b.html", encoding: .utf8).contains("<h2>Forecast questions</h2>"))
    }

    @Test func aRenamedBranchKeepsItsQuestionsUndoable() {
        let t = Self.july()
        #expect(t.run("branch alt"))
        #expect(t.run("question \"RU.ceasefire <= 70 by 2025-09-01\" runs=20"))
        #expect(t.run("branch --rename alt other"))
        #expect(t.interpreter.session.questions.questions.first?.branch == "other")
        #expect(t.run("undo"))
        #expect(t.interpreter.session.questions.questions.isEmpty)
    }

    @Test func anytimeCountsEveryRunThatHoldsOnTheDateAndMore() throws {
        let t = Self.july()
        // The ultimatum's threatened sanctions fire on 2 September, then fade in the bargaining.
        for condition in ["US.sanctions >= 10", "deal on ceasefire", "RU.ceasefire <= 60"] {
            #expect(t.run("question \"\(condition) by 2025-10-01\" runs=60 seed=3"))
            #expect(t.run("question \"\(condition) by 2025-10-01\" runs=60 seed=3 --anytime"))
        }
        let asked = t.interpreter.session.questions.questions
        for pair in stride(from: 0, to: asked.count, by: 2) {
            #expect(asked[pair + 1].holding >= asked[pair].holding)
            #expect(asked[pair + 1].anytime && !asked[pair].anytime)
        }
        #expect(asked[1].holding > asked[0].holding)
        #expect(t.out.contains("US.sanctions >= 10 held at some point up to 2025-10-01 in "))
    }
}
