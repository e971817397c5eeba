import Foundation
import Testing
@testable import ParleyKit
import ParleyTestSupport

@Suite("Command documentation")
struct CommandDocsTests {
    @Test func everyCommandIsDocumented() throws {
        let root = ParleyFixtures.root
        let text = try String(contentsOf: root.appendingPathComponent("docs/COMMANDS.md"), encoding: .utf8)
        for spec in CommandCatalog.standard.commands {
            #expect(text.contains("`\(spec.name)"), "docs/COMMANDS.md does not mention \(spec.name)")
        }
    }
}
