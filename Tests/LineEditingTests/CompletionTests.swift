import Testing
@testable import LineEditing

@Suite struct CompletionTests {
    @Test func singleCommandGetsASpace() {
        #expect(Completion.plan(lineBeforeCursor: "he", candidates: ["help"])
                == .replaceWord(deleteCount: 2, insert: "help "))
    }

    @Test func directoryGetsNoSpace() {
        #expect(Completion.plan(lineBeforeCursor: "run sce", candidates: ["scenarios/"])
                == .replaceWord(deleteCount: 3, insert: "scenarios/"))
    }

    @Test func keyGetsNoSpace() {
        #expect(Completion.plan(lineBeforeCursor: "apply sanctions sev", candidates: ["severity="])
                == .replaceWord(deleteCount: 3, insert: "severity="))
    }

    @Test func commonPrefixIsInserted() {
        #expect(Completion.plan(lineBeforeCursor: "s", candidates: ["save", "set", "simulate"])
                == .list(["save", "set", "simulate"]))
        #expect(Completion.plan(lineBeforeCursor: "si", candidates: ["simulate", "simple"])
                == .replaceWord(deleteCount: 2, insert: "sim"))
    }

    @Test func noProgressListsSorted() {
        #expect(Completion.plan(lineBeforeCursor: "run scenarios/",
                                candidates: ["scenarios/b.parley", "scenarios/a.parley"])
                == .list(["scenarios/a.parley", "scenarios/b.parley"]))
    }

    @Test func emptyWordAfterSpace() {
        #expect(Completion.plan(lineBeforeCursor: "run ", candidates: ["scenarios/"])
                == .replaceWord(deleteCount: 0, insert: "scenarios/"))
    }

    @Test func nothingMatches() {
        #expect(Completion.plan(lineBeforeCursor: "xyz", candidates: []) == .none)
        #expect(Completion.plan(lineBeforeCursor: "xyz", candidates: [""]) == .none)
    }

    @Test func duplicatesCountOnce() {
        #expect(Completion.plan(lineBeforeCursor: "he", candidates: ["help", "help"])
                == .replaceWord(deleteCount: 2, insert: "help "))
    }

    @Test func caseInsensitiveCandidateReplacesTheWord() {
        #expect(Completion.plan(lineBeforeCursor: "show ru", candidates: ["RU"])
                == .replaceWord(deleteCount: 2, insert: "RU "))
    }

    @Test func deleteCountIsInUnicodeScalars() {
        // libedit deletes characters as wide chars (scalars), not bytes or graphemes.
        #expect(Completion.plan(lineBeforeCursor: "note Tü", candidates: ["Türkiye"])
                == .replaceWord(deleteCount: 2, insert: "Türkiye "))
    }

    @Test func lastWord() {
        #expect(Completion.lastWord(of: "run sce") == "sce")
        #expect(Completion.lastWord(of: "he") == "he")
        #expect(Completion.lastWord(of: "run ") == "")
        #expect(Completion.lastWord(of: "a\tb") == "b")
        #expect(Completion.lastWord(of: "") == "")
    }

    @Test func longestCommonPrefix() {
        #expect(Completion.longestCommonPrefix(["simulate", "simple", "sim"]) == "sim")
        #expect(Completion.longestCommonPrefix(["abc"]) == "abc")
        #expect(Completion.longestCommonPrefix(["abc", "xyz"]) == "")
        #expect(Completion.longestCommonPrefix([]) == "")
        #expect(Completion.longestCommonPrefix(["Türk", "Türkiye"]) == "Türk")
    }
}
