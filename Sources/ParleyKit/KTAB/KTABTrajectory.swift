import Foundation

/// Runs a KTAB scenario to convergence and writes its trajectory the way KTAB's tools do.
///
/// The text is `turn,actor,dim,position`, one row per actor and dimension per turn from 0, on
/// the 0–100 scale with 4 decimals, so it can be compared line by line with KTAB's own output.
public enum KTABTrajectory {
    /// The header line, without its newline.
    public static let header = "turn,actor,dim,position"

    /// Runs `scenario` to convergence with `model` (positions only, no records).
    public static func run(_ scenario: KTABScenario, model: BargainingModel = BargainingModel()) throws(Diagnostic) -> BargainingRun {
        let state: BargainingState
        do {
            state = try scenario.bargainingState()
        } catch {
            throw Diagnostic("scenario '\(scenario.name)' is not a valid bargaining state: \(error)")
        }
        return model.runToConvergence(state, recording: false)
    }

    /// The CSV text (ending in a newline) for `run`, a run of `scenario`.
    public static func csv(_ run: BargainingRun, of scenario: KTABScenario) -> String {
        let names = scenario.actors.map { Array(csvField($0.name).utf8) }
        var out: [UInt8] = []
        out.reserveCapacity((run.turnCount + 1) * run.actorCount * run.issueCount * 24 + 32)
        out.append(contentsOf: header.utf8)
        out.append(UInt8(ascii: "\n"))
        for turn in 0...run.turnCount {
            let turnText = Array(String(turn).utf8)
            for actor in 0..<run.actorCount {
                for dimension in 0..<run.issueCount {
                    out.append(contentsOf: turnText)
                    out.append(UInt8(ascii: ","))
                    out.append(contentsOf: names[actor])
                    out.append(UInt8(ascii: ","))
                    out.append(contentsOf: String(dimension).utf8)
                    out.append(UInt8(ascii: ","))
                    appendFourDecimals(run.position(turn: turn, actor: actor, issue: dimension) * 100, to: &out)
                    out.append(UInt8(ascii: "\n"))
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Loads, runs and formats in one go: what `parley ktab FILE` prints.
    public static func csv(forFile path: String, model: BargainingModel = BargainingModel()) throws(Diagnostic) -> String {
        let scenario = try KTABScenario.load(contentsOf: path)
        return csv(try run(scenario, model: model), of: scenario)
    }

    /// `%.4f` for the non-negative, moderate values positions take, without Foundation's
    /// formatter (which dominated the run time of small scenarios).
    static func appendFourDecimals(_ value: Double, to out: inout [UInt8]) {
        let units = Int((abs(value) * 10_000).rounded())
        if value < 0 && units > 0 { out.append(UInt8(ascii: "-")) }
        out.append(contentsOf: String(units / 10_000).utf8)
        out.append(UInt8(ascii: "."))
        var fraction = units % 10_000
        for divisor in [1000, 100, 10, 1] {
            out.append(UInt8(ascii: "0") + UInt8(fraction / divisor))
            fraction %= divisor
        }
    }

    /// Quotes a name only if it would otherwise break the CSV.
    private static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
