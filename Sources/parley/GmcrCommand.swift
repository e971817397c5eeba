import ArgumentParser
import Foundation
import ParleyKit

/// `parley gmcr FILE.gmcr [--json] [--sanctions RULE]`: stability analysis of a GMCR+ save file.
struct Gmcr: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gmcr",
        abstract: "Analyse a GMCR+ save file: Nash, GMR, SMR and SEQ stability of every state.",
        discussion: """
            States are numbered as GMCR+ numbers them (option 1 is the least significant bit; \
            feasible states from 1 in increasing order). Each row lists, per concept, the \
            decision makers for whom the state is stable; * marks an equilibrium. By default a \
            sanction is any sequence of the opponents' moves with no one moving twice in a row \
            (Fang, Hipel & Kilgour 1993); --sanctions once lets each opponent move at most once; \
            --sanctions single counts one move by one opponent, which is what GMCR+'s solver checks.
            """)

    @ArgumentParser.Argument(help: "A GMCR+ save file (JSON).")
    var file: String

    @Flag(help: "Print JSON: every state's stable decision makers per concept, and the equilibria.")
    var json = false

    @Option(help: ArgumentHelp("Sanction rule: literature, once or single.", valueName: "RULE"))
    var sanctions: String = SanctionRule.literature.rawValue

    func validate() throws {
        guard SanctionRule(rawValue: sanctions) != nil else {
            throw ValidationError("unknown sanction rule '\(sanctions)': expected 'literature', 'once' or 'single'")
        }
    }

    func run() throws {
        let text: String
        do {
            text = try GMCRReport.text(forFile: file, json: json, rule: SanctionRule(rawValue: sanctions)!)
        } catch {
            FileHandle.standardError.write(Data(TerminalText.printable(DiagnosticRenderer.render(error)).utf8))
            throw ExitCode(1)
        }
        FileHandle.standardOutput.write(Data(TerminalText.printable(text).utf8))
    }
}
