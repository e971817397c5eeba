/// Reads a move command (`apply`, `advance`, `turns`) into its typed ``Move``, against the world
/// and the scenario it will be performed on: the one place such a line becomes a move, for the
/// commands and for `--resume`.
///
///     let move = try MoveReader(world: world, scenario: branch.scenario).move(spec: "turns", call)   // .turns(3)
///
/// Its errors are the commands' own, placed on the argument at fault.
struct MoveReader {
    var world: World
    var scenario: Scenario

    /// The commands whose line is one move.
    static let commands: Set<String> = ["apply", "advance", "turns"]

    /// The move `call` of the command `spec` describes; nil for a command that is not a move.
    func move(spec: String, _ call: CommandCall) throws(Diagnostic) -> Move? {
        switch spec {
        case "apply": try apply(call)
        case "advance": try advance(call)
        case "turns": try turns(call)
        default: nil
        }
    }

    /// `apply EVENT key=value…`: the event type and its arguments, resolved, defaults filled in.
    func apply(_ call: CommandCall) throws(Diagnostic) -> Move {
        let argument = call.positionals[0]
        guard let type = world.catalog.type(named: argument.value!.text) else {
            throw call.error("unknown event type '\(argument.value!.text)'", at: argument,
                             suggestion: Suggestion.closest(to: argument.value!.text, in: world.catalog.allNames))
        }
        let arguments = try EventArgumentReader(world: world, call: call, type: type).read(call.options)
        return .apply(event: type.id, arguments: arguments)
    }

    /// `turns [N]`: N turns, or nil for convergence.
    func turns(_ call: CommandCall) throws(Diagnostic) -> Move {
        guard let argument = call.positionals.first else { return .turns(nil) }
        guard case .number(let value, _) = argument.value!, value == value.rounded(), (1...100).contains(value) else {
            throw call.error("N must be a whole number from 1 to 100", at: argument)
        }
        return .turns(Int(value))
    }

    /// `advance DURATION|DATE [--documented]`: the clock moved to the target; with
    /// `--documented`, to each documented event's date with the event applied there first.
    func advance(_ call: CommandCall) throws(Diagnostic) -> Move {
        let target = try advanceTarget(call)
        var moves: [Move] = []
        if call.hasFlag("documented") {
            for event in DocumentedEvents.between(scenario.date, and: target, in: world.seeds) {
                moves.append(.advance(to: event.date))
                do throws(Diagnostic) {
                    let (type, arguments) = try DocumentedEvents.arguments(for: event, catalog: world.catalog, seeds: world.seeds)
                    moves.append(.apply(event: type.id, arguments: arguments))
                } catch {
                    throw call.error("cannot advance: documented event '\(event.id)': \(error.message)", at: call.positionals[0])
                }
            }
        }
        moves.append(.advance(to: target))
        return moves.count == 1 ? moves[0] : .sequence(moves)
    }

    /// The date `advance` moves to: a duration from the scenario's date, or a date not before it.
    func advanceTarget(_ call: CommandCall) throws(Diagnostic) -> CalendarDate {
        let argument = call.positionals[0]
        switch argument.value! {
        case .duration(let span):
            // Dates stop at 9999-12-31; going further would silently stop there.
            let last = CalendarDate(year: 9999, month: 12, day: 31)!
            guard span.days <= last.dayNumber - scenario.date.dayNumber else {
                throw call.error("\(span) after \(scenario.date) is past \(last), the last date parley handles", at: argument)
            }
            return scenario.date.adding(days: span.days)
        case .date(let date):
            guard date >= scenario.date else {
                throw call.error("\(date) is before the branch's date \(scenario.date); the clock only moves forward", at: argument)
            }
            return date
        default:
            throw call.error("expected a duration such as 30d or 8w, or a date", at: argument)
        }
    }

    /// A move that could not be performed, worded as its command words it.
    static func failure(_ error: EventApplier.Failure, performing move: Move, _ call: CommandCall) -> Diagnostic {
        switch move {
        case .apply(let event, _): call.error("cannot apply '\(event)': \(error.message)", at: call.positionals[0])
        case .turns: call.error("cannot play turns: \(error.message)")
        case .advance, .sequence: call.error("cannot advance: \(error.message)", at: call.positionals[0])
        }
    }
}
