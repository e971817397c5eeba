import Foundation

/// The Graph Model commands' text: stability of the talks' conflict, status-quo paths and
/// inverse analysis.
///
///     conflict as framed at 2025-07-23: 5 options, 3 decision makers (RU, UA, US), 32 states
///     now: state 1 NNNNN (no option taken), the status quo
///     …
enum ConflictText {
    static func header(_ view: ConflictView) -> String {
        let graph = view.graph
        var text = "conflict as framed at \(view.framing.date): \(graph.conflict.options.count) options, "
        text += "\(graph.decisionMakerCount) decision makers (\(view.talks.makers.joined(separator: ", "))), \(graph.stateCount) states\n"
        text += "options: " + view.talks.options.enumerated().map { index, option in
            "\(index + 1) \(option.id) (\(option.holder)" + (option.direction == .both ? ")" : ", \(option.direction.rawValue))")
        }.joined(separator: ", ") + "\n"
        text += "sanctions: " + StabilityReport.ruleText(view.analysis.rule) + "\n"
        text += "now: state \(view.label(view.current))" + (view.current == view.statusQuo ? ", the status quo" : ", moved from the status quo \(view.label(view.statusQuo))") + "\n"
        return text
    }

    static func stability(_ view: ConflictView, concepts: [StabilityConcept]) -> String {
        let analysis = view.analysis
        var text = header(view) + "\n"
        var rows = [["concept", "stays now", "would move"]]
        for concept in concepts {
            let stays = analysis.stableMakers(concept, state: view.current)
            let moves = (0..<analysis.graph.decisionMakerCount).filter { !stays.contains($0) }
            rows.append([concept.label, names(stays, view), names(moves, view)])
        }
        text += TextColumns.render(rows)
        text += "\nequilibria (stable for every decision maker):\n"
        for concept in concepts {
            let equilibria = analysis.equilibria(concept)
            let items = equilibria.isEmpty ? ["none"] : equilibria.map { "\($0 + 1) \(analysis.graph.optionText(of: $0))" }
            // One line: the width fitter wraps it at the terminal's width, hung under the first state.
            text += "  " + concept.label.padding(toLength: 6, withPad: " ", startingAt: 0) + items.joined(separator: ", ") + "\n"
        }
        // The strictest concept's equilibria spelled out: the states the talks would rest in.
        let strictest = concepts[0]
        let resting = analysis.equilibria(strictest)
        if !resting.isEmpty {
            text += "\n\(strictest.label) equilibria:\n" + resting.map { "  \(view.label($0))\n" }.joined()
        }
        let now = concepts.filter { analysis.isEquilibrium($0, state: view.current) }.map(\.label)
        text += "\nthe current state is " + (now.isEmpty ? "not an equilibrium under " + (concepts.count == 1 ? concepts[0].label : "any concept")
                                                      : "an equilibrium under " + now.joined(separator: ", ")) + "\n"
        return text
    }

    static func paths(_ paths: StatusQuoPaths, context view: ConflictView) -> String {
        var text = header(view)
        text += "\nby unilateral improvements from state \(paths.start + 1) to the \(paths.concept.label) equilibria:\n"
        if paths.routes.isEmpty && paths.unreachable.isEmpty { text += "  there are no \(paths.concept.label) equilibria\n" }
        for route in paths.routes {
            if route.steps.isEmpty {
                text += "  state \(view.label(route.equilibrium)): already there\n"
                continue
            }
            text += "  state \(view.label(route.equilibrium)) in \(route.steps.count) " + (route.steps.count == 1 ? "step" : "steps") + ":\n"
            var from = paths.start
            for step in route.steps {
                text += "    \(view.talks.makers[step.maker]) moves \(view.change(from: from, to: step.state)) → state \(step.state + 1)\n"
                from = step.state
            }
        }
        for state in paths.unreachable {
            text += "  state \(view.label(state)): not reachable by improvements\n"
        }
        return text
    }

    static func inverse(_ inverse: InverseAnalysis, context view: ConflictView) -> String {
        var text = header(view)
        text += "\nwhat would make state \(view.label(inverse.state)) a \(inverse.concept.label) equilibrium"
        text += " (each decision maker's ranking, the others' held):\n"
        var rows: [[String]] = []
        for change in inverse.changes {
            let maker = view.talks.makers[change.maker]
            guard change.isNeeded else {
                rows.append(["  " + maker, "no change: already stable at rank \(change.rankBefore)"])
                continue
            }
            var line = "raise it from rank \(change.rankBefore) to \(change.rankAfter)"
            if !change.passes.isEmpty { line += ", above " + list(change.passes) }
            if !change.levelWith.isEmpty { line += (change.passes.isEmpty ? ", " : "; ") + "level with " + list(change.levelWith) }
            rows.append(["  " + maker, line])
        }
        text += TextColumns.render(rows)
        text += "with these changes state \(inverse.state + 1) " + (inverse.isEquilibriumAfter ? "is" : "is still not") + " a \(inverse.concept.label) equilibrium\n"
        return text
    }

    static func names(_ makers: [Int], _ view: ConflictView) -> String {
        makers.isEmpty ? "-" : makers.map { view.talks.makers[$0] }.joined(separator: ",")
    }

    static func list(_ states: [Int]) -> String {
        (states.count == 1 ? "state " : "states ") + states.map { String($0 + 1) }.joined(separator: ", ")
    }
}
