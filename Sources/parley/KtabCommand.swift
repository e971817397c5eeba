import ArgumentParser
import Foundation
import ParleyKit

/// `parley ktab FILE.csv`: runs a KTAB scenario and prints its trajectory as CSV.
struct Ktab: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ktab",
        abstract: "Run a KTAB CSV scenario to convergence and print turn,actor,dim,position.",
        discussion: """
            Positions are on the 0–100 scale with 4 decimals, one row per actor and dimension for \
            every turn from 0, so the output can be compared line by line with KTAB's smpc.
            """)

    @ArgumentParser.Argument(help: "A scenario in KTAB's CSV format.")
    var file: String

    func run() throws {
        let text: String
        do {
            text = try KTABTrajectory.csv(forFile: file)
        } catch {
            FileHandle.standardError.write(Data(TerminalText.printable(DiagnosticRenderer.render(error)).utf8))
            throw ExitCode(1)
        }
        FileHandle.standardOutput.write(Data(TerminalText.printable(text).utf8))
    }
}
