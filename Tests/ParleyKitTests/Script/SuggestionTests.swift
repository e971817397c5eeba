import Testing
@testable import ParleyKit

@Suite("Did you mean")
struct SuggestionTests {
    @Test func swappedLetters() {
        #expect(Suggestion.closest(to: "hlep", in: ["help", "quit", "save"]) == "help")
    }

    @Test func prefix() {
        #expect(Suggestion.closest(to: "forec", in: ["forecast", "help"]) == "forecast")
    }

    @Test func nothingClose() {
        #expect(Suggestion.closest(to: "zebra", in: ["help", "quit"]) == nil)
    }

    @Test func distances() {
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
        #expect(Suggestion.editDistance("ab", "ba") == 1)
        #expect(Suggestion.editDistance("", "abc") == 3)
    }
}
