import Foundation

extension EventApplier {
    /// What happened to one scheduled event when its date came.
    public struct Firing: Sendable, Hashable {
        public var event: ScheduledEvent
        /// False when its `unless` condition held and it was skipped.
        public var fired: Bool
        public var trace: [TraceEntry]
    }

    /// What moving the clock did: the scheduled events that came due, and capability that
    /// recovered toward its baseline on the way.
    public struct Advance: Sendable, Hashable {
        public var firings: [Firing] = []
        public var recovery: [TraceEntry] = []
        public var trace: [TraceEntry] { recovery + firings.flatMap(\.trace) }
    }

    /// Moves the clock to `date`, firing each scheduled event due by then, in date order
    /// (ties in the order they were scheduled). A fired event may schedule more. Capability
    /// recovers (the catalog's `capability-recovery`) over each stretch of time in between.
    public func advance(_ scenario: inout Scenario, to date: CalendarDate) throws(Failure) -> Advance {
        var result = Advance()
        var firings: [Firing] {
            get { result.firings }
            set { result.firings = newValue }
        }
        while let next = scenario.scheduled.enumerated()
            .filter({ $0.element.date <= date })
            .min(by: { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }) {
            scenario.scheduled.remove(at: next.offset)
            let event = next.element
            result.recovery += recover(&scenario, until: event.date)
            scenario.date = max(scenario.date, event.date)
            guard let type = catalog.type(named: event.type) else {
                throw Failure(.unknownEventType, "scheduled event type '\(event.type)' is not in the catalog")
            }
            if let unless = event.unless {
                let scope = formulaScope(arguments: event.context, scenario: scenario, baseline: event.positionsWhenScheduled)
                if try value(unless, scope) != 0 {
                    firings.append(Firing(event: event, fired: false, trace: []))
                    continue
                }
            }
            var arguments = event.arguments
            for parameter in type.parameters where arguments[parameter.name] == nil {
                arguments[parameter.name] = parameter.defaultValue
            }
            let trace = try apply(type, arguments: arguments, to: &scenario)
            firings.append(Firing(event: event, fired: true, trace: trace))
        }
        result.recovery += recover(&scenario, until: date)
        scenario.date = max(scenario.date, date)
        return result
    }

    /// Lets capability fade back toward its baseline from the scenario's date to `date`.
    func recover(_ scenario: inout Scenario, until date: CalendarDate) -> [TraceEntry] {
        guard let recovery = catalog.recovery, date > scenario.date else { return [] }
        let days = Double(date.dayNumber - scenario.date.dayNumber)
        let kept = pow(2, -days / recovery.halfLifeDays)
        var trace: [TraceEntry] = []
        for actor in scenario.actors.indices {
            let before = scenario.capabilities[actor]
            let base = scenario.capabilityBaseline[actor]
            let after = base + (before - base) * kept
            guard abs(after - before) >= 0.005 else { continue }
            scenario.capabilities[actor] = after
            guard recordsTrace else { continue }
            trace.append(TraceEntry(step: step, date: date, quantity: .capability, actor: scenario.actors[actor], subject: nil,
                                    before: before, after: after, cause: "recovery over \(Int(days)) days",
                                    reason: recovery.rationale))
        }
        return trace
    }
}
