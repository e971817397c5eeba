import Yams

/// What a cited value is and where it sits, for the checks its provenance must pass.
///
///     ValueContext(date: 2025-06-03, what: "RU's ceasefire position", needsRange: true,
///                  earlier: { date in … the value in the snapshot of `date` … })
struct ValueContext {
    /// The snapshot's date; nil when it could not be read (date checks are then skipped).
    var date: CalendarDate?
    /// The value's name in messages: "RU's ceasefire position".
    var what: String
    /// Whether `supports: direction` must give `allows:` (positions: yes; saliences: no).
    var needsRange: Bool
    /// The same value in an earlier snapshot, for `carried:`; nil when there is none that day.
    var earlier: (CalendarDate) -> CitedValue?
    /// Dates of the snapshots read so far, for messages.
    var earlierDates: [CalendarDate]
    /// Dates of earlier snapshot files that failed to load: a carry from one is not checked.
    var unreadDates: Set<CalendarDate> = []
    /// The actor and issue of a stance's position, for a carried ±; nil for other values.
    var stanceKey: (actor: String, issue: String)? = nil
}

extension SeedAssembler {
    static let carryKeys = ["carried", "outside", "alternatives"]

    /// Reads a value's number, provenance, `carried:`, `outside:` and `alternatives:`.
    ///
    ///     value: 85
    ///     estimate: Why, at this date.
    ///     carried: 2025-03-19          # optional: keeps that snapshot's value
    ///     outside: a fact from elsewhere, with why it is used   # optional
    ///     alternatives:                # optional: contested readings, each cited
    ///       - {value: 40, source: {…}}
    func citedValue(_ fields: SeedReader.Fields, range: ClosedRange<Double>, as name: String,
                    context: ValueContext, reader: SeedReader) -> CitedValue? {
        let value = number(fields, "value", as: name, in: range, reader: reader)
        let provenance = provenance(fields, for: name, context: context, reader: reader)
        var valid = value != nil && provenance != nil
        let outside = reader.text(fields, "outside", required: false)
        if fields["outside"] != nil, outside == nil { valid = false }
        var carried: CalendarDate?
        if let node = fields["carried"] {
            carried = reader.date(fields, "carried")
            if let date = carried {
                if case .source = provenance {
                    reader.error("'carried:' belongs with an estimate; a cited value stands on its own quote", at: node)
                    valid = false
                } else if let earlier = context.earlier(date) {
                    if let value, abs(earlier.value - value) > 1e-9 {
                        reader.error("\(context.what) is carried from \(date), where it is \(SeedNumberFormat.format(earlier.value)), not \(SeedNumberFormat.format(value))", at: node)
                        valid = false
                    }
                } else if context.unreadDates.contains(date) {
                    // That snapshot has its own errors; checking against it would only add noise.
                } else {
                    let known = context.earlierDates.map(\.description).joined(separator: ", ")
                    reader.error("carried from \(date), but no earlier snapshot has that date" + (known.isEmpty ? "" : " (earlier: \(known))"), at: node)
                    valid = false
                }
            } else {
                valid = false
            }
        }
        if case .estimate(let reasoning) = provenance, let node = fields["estimate"] {
            if EstimateWording.isBare(reasoning) {
                reader.error("estimate gives no reasoning at its own date: a kept value needs 'carried: DATE' and why nothing dated since changes it", at: node)
                valid = false
            } else if carried == nil, EstimateWording.claimsUnchanged(reasoning) {
                reader.error("estimate says the value is unchanged; give 'carried: DATE' with the snapshot it keeps", at: node)
                valid = false
            }
        }
        var alternatives: [CitedValue] = []
        if let node = fields["alternatives"], let items = reader.sequence(node, in: "'alternatives'") {
            for item in items {
                guard let itemFields = reader.fields(of: item, allowed: ["value", "source", "estimate", "outside"],
                                                     in: "alternative") else { valid = false; continue }
                let alternativeContext = ValueContext(date: context.date, what: "an alternative for " + context.what,
                                                      needsRange: false, earlier: { _ in nil }, earlierDates: [], stanceKey: context.stanceKey)
                if let alternative = citedValue(itemFields, range: range, as: name, context: alternativeContext, reader: reader) {
                    alternatives.append(alternative)
                } else {
                    valid = false
                }
            }
        } else if fields["alternatives"] != nil {
            valid = false
        }
        guard valid, let value, let provenance else { return nil }
        return CitedValue(value, provenance, carried: carried, outside: outside, alternatives: alternatives)
    }

    /// The position's ± by ``UncertaintyRule``, or a hand-set one checked against it.
    ///
    /// Returns the ± and how it was set; nil after a reported problem.
    func uncertainty(_ fields: SeedReader.Fields, position: CitedValue, issue: Issue?, context: ValueContext,
                     reader: SeedReader) -> (Double, String)? {
        let (floor, rule) = ruleUncertainty(position, issue: issue, context: context)
        guard let node = fields["uncertainty"] else {
            if fields["uncertainty-reason"] != nil, let key = fields.keyNode("uncertainty-reason") {
                reader.error("'uncertainty-reason:' explains a hand-set 'uncertainty:', and none is given", at: key)
                return nil
            }
            return (floor, rule)
        }
        guard let given = number(fields, "uncertainty", as: "uncertainty", in: 0...100, reader: reader) else { return nil }
        if given + 1e-9 < floor {
            reader.error("uncertainty ±\(SeedNumberFormat.format(given)) is tighter than the evidence allows (\(rule))", at: node)
            return nil
        }
        if abs(given - floor) < 1e-9 { return (given, rule) }
        guard let reason = reader.text(fields, "uncertainty-reason", required: false) else {
            reader.error("uncertainty ±\(SeedNumberFormat.format(given)) is set by hand; say why in 'uncertainty-reason:' (the rule gives \(rule))", at: node)
            return nil
        }
        return (given, "set by hand to ±\(SeedNumberFormat.format(given)): \(reason) (the rule gives \(rule))")
    }

    /// The rule's ± for a position: from its citation's grade and support, or the estimate floor.
    private func ruleUncertainty(_ position: CitedValue, issue: Issue?, context: ValueContext) -> (Double, String) {
        switch position.provenance {
        case .source(let citation):
            let grade = documents.first { $0.file == citation.document }?.reliability ?? .f
            guard let issue else { return (UncertaintyRule.reliabilityFloor(grade), "the issue is unknown") }
            return UncertaintyRule.minimum(for: citation, reliability: grade, value: position.value, issue: issue)
        case .estimate:
            var floor = UncertaintyRule.estimateFloor
            var rule = "an estimate: ±\(SeedNumberFormat.format(floor))"
            if let date = position.carried, let carriedFrom = carriedUncertainty(context, date), carriedFrom > floor {
                floor = carriedFrom
                rule = "an estimate carried from \(date), no tighter than its ±\(SeedNumberFormat.format(carriedFrom))"
            }
            return (floor, rule)
        }
    }

    private func carriedUncertainty(_ context: ValueContext, _ date: CalendarDate) -> Double? {
        guard let parts = context.stanceKey else { return nil }
        return snapshots.first { $0.date == date }?.stance(actor: parts.actor, issue: parts.issue)?.uncertainty
    }
}
