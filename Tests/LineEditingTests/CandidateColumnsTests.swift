import Testing
@testable import LineEditing

@Suite struct CandidateColumnsTests {
    @Test func displayNameIsLastPathComponent() {
        #expect(CandidateColumns.displayName("scenarios/hindcast.parley") == "hindcast.parley")
        #expect(CandidateColumns.displayName("scenarios/sub/") == "sub/")
        #expect(CandidateColumns.displayName("scenarios/") == "scenarios/")
        #expect(CandidateColumns.displayName("help") == "help")
    }

    @Test func fillsDownThenAcross() {
        let names = ["a", "b", "c", "d", "e"]
        // cell = 1 + 2; width 9 fits 3 columns → 2 rows.
        #expect(CandidateColumns.layout(names, width: 9) == ["a  c  e", "b  d"])
    }

    @Test func oneRowWhenItFits() {
        #expect(CandidateColumns.layout(["save", "set", "show"], width: 80)
                == ["save  set   show"])
    }

    @Test func oneColumnWhenNarrow() {
        #expect(CandidateColumns.layout(["simulate", "sources"], width: 5)
                == ["simulate", "sources"])
    }

    @Test func empty() {
        #expect(CandidateColumns.layout([], width: 80).isEmpty)
    }
}
