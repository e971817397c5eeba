import Testing
@testable import ParleyKit

/// D6: a capability that an event changed can be seen: `actors`, `explain ACTOR capability`,
/// `show --json`.
@Suite("Capability")
struct CapabilityTests {
    @Test func changedCapabilityShowsEverywhere() {
        let t = Transcript()
        #expect(t.interpreter.loadAtStart(nil))
        #expect(t.run("apply sanctions by=EU target=RU severity=1"))
        t.out = ""
        #expect(t.run("actors"))
        let russia = t.out.split(separator: "\n").first { $0.hasPrefix("RU ") }
        #expect(russia?.contains("82.7 (was 88)") == true, "\(t.out)")
        #expect(t.out.split(separator: "\n").first { $0.hasPrefix("UA ") }?.contains("43 (003)") == true)

        t.out = ""
        #expect(t.run("explain RU capability"))
        #expect(t.out.hasPrefix("RU capability: 82.7 on 2025-07-23, branch main\n\nStart: 88.0: 003_"))
        #expect(t.out.contains("  step 1 (2025-07-23) sanctions, capability effect: 88.0 → 82.7\n"))

        t.out = ""
        #expect(t.run("show RU --json"))
        #expect(t.out.contains("\"capabilities\": {\"RU\": 82.72"))
        #expect(t.err.isEmpty)
    }
}
