import Testing
@testable import ParleyKit

@Suite struct NameKeyTests {
    @Test func asciiFoldingIsFoundations() {
        // Every ASCII character alone and beside letters, then mixed names as analysts type them.
        var texts = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
        texts += (0..<128).map { "Ab" + String(UnicodeScalar(UInt8($0))) + "yZ" }
        texts += ["United States", "united_states", "RU", "ru", "Kyiv-Gov", "E3 (UK, FR, DE)", "", "  x__y  "]
        for text in texts {
            #expect(NameKey.asciiFolded(text) == NameKey.foundationFolded(text), "\(Array(text.utf8))")
        }
    }

    @Test func otherTextGoesToFoundation() {
        #expect(NameKey.asciiFolded("Türkiye") == nil)
        #expect(NameKey.folded("Türkiye") == NameKey.folded("turkiye"))
        #expect(NameKey.folded("United States") == "united-states")
    }

    @Test func namesMatchAsBefore() {
        #expect(NameKey.matches("RU", id: "RU", name: "Russia", aliases: []))
        #expect(NameKey.matches("moscow", id: "RU", name: "Russia", aliases: ["Moscow"]))
        #expect(NameKey.matches("russia", id: "RU", name: "Russia", aliases: []))
        #expect(!NameKey.matches("UA", id: "RU", name: "Russia", aliases: ["Moscow"]))
    }
}
