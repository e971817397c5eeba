extension EventApplier {
    /// What happened to one scheduled event when its date came.
    public struct Firing: Sendable, Hashable {
        public var event: ScheduledEvent
        /// False when its `unless` condition held and it was skipped.
        public var fired: Bool
        public var trace: [TraceEntry]
    }

    /// Moves the clock to `date`, firing each scheduled event due by then, in date order
    /// (ties in the order they were scheduled). A fired event may schedule more.
    public func advance(_ scenario: inout Scenario, to date: CalendarDate) throws(Failure) -> [Firing] {
        var firings: [Firing] = []
        while let next = scenario.scheduled.enumerated()
            .filter({ $0.element.date <= date })
            .min(by: { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }) {
            scenario.scheduled.remove(at: next.offset)
            let event = next.element
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
        scenario.date = max(scenario.date, date)
        return firings
    }
}
