import Foundation
import Testing
import ParleyKit

/// Item 5 of issue 15 (D10, D12): every line parley prints fits the width, at 60, 80 and 100
/// columns, whether the width comes from COLUMNS or `set width`; prose is wrapped at words.
@Suite("Width")
struct WidthTests {
    /// A session that reaches every command with output worth checking.
    static let script = """
        help
        help apply
        ? show
        actors
        issues
        issues territory
        sources
        show
        show RU
        show territory --diff
        events
        events summit
        events ultimatum
        apply round participants=RU,UA mediator=TR
        apply summit between=US,RU
        apply ultimatum by=US target=RU days=50 issue=ceasefire threat=sanctions demand=10
        advance 60d
        turns 2
        timeline
        explain RU territory
        explain RU humanitarian
        explain US sanctions
        forecast
        forecast territory
        branch squeeze
        apply sanctions by=EU,US target=RU severity=0.9
        note A note long enough that it would have to be wrapped if anything printed it back at the prompt
        notes
        branches
        compare main squeeze
        show --diff main
        simulate 100 seed=1
        chart territory
        chart humanitarian
        undo
        redo
        set
        expect RU.territory >= 80
        switch main
        """

    /// The commands of the catalog the script does not reach, run bare so their output (or
    /// usage error) is checked too; a new command is covered without editing this test.
    static var fullScript: String {
        let used = Set(script.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) })
        let rest = CommandCatalog.standard.commands.map(\.name)
            .filter { !used.contains($0) && !["quit", "load", "save", "brief", "run"].contains($0) }
        return script + "\n" + rest.joined(separator: "\n") + "\n"
    }

    @Test(arguments: [60, 80, 100])
    func everyLineFits(width: Int) throws {
        for viaSetting in [true, false] {
            let text = (viaSetting ? "set width \(width)\n" : "") + Self.fullScript
            let result = try ParleyBinary.run(["--keep-going"], in: ParleyBinary.packageRoot, stdin: text,
                                              environment: ["COLUMNS": viaSetting ? "200" : "\(width)"])
            let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.count > 300, "the script printed too little to prove anything")
            let over = lines.filter { $0.count > width }
            let source = viaSetting ? "set width" : "COLUMNS"
            let shown = over.prefix(10).joined(separator: "\n")
            #expect(over.isEmpty, "\(over.count) lines wider than \(width) (\(source)):\n\(shown)")
        }
    }

    @Test func wrapsAtWordsAndHangsUnderTheLastColumn() {
        let fitter = LineFitter(width: 40)
        #expect(fitter.fit("1  2025-07-23  round participants=RU,UA mediator=TR topics=humanitarian\n") == """
            1  2025-07-23  round participants=RU,UA
                           mediator=TR
                           topics=humanitarian

            """)
        #expect(fitter.fit("  a list topics=ceasefire,territory,neutrality,military-aid,sanctions") == """
              a list
                topics=ceasefire,territory,
                neutrality,military-aid,sanctions
            """)
        let short = "fits\n"
        #expect(fitter.fit(short) == short)
    }

    @Test func jsonIsNeverWrapped() throws {
        let result = try ParleyBinary.run(["-c", "set width 60", "-c", "show --json"], in: ParleyBinary.packageRoot)
        #expect(result.stdout.split(separator: "\n").contains { $0.count > 100 })
    }
}
