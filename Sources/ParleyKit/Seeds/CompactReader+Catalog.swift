// The catalog's enums, read by hand from the bytes their synthesized `Codable` conformances
// write (so the file format is the same either way).
//
// Through `Codable` an enum's decode asks its container for `allKeys`, which the standard
// library casts key by key through protocol-conformance look-ups: 4.3 M of a cached world's
// 22 M instructions, and the catalog, which is mostly formulas and references, was the longer
// half of the decode. A reader here, like those in `CompactReader+Model.swift`, fails on a case
// or a field it does not know, so the cache tests fail rather than a value being dropped.

extension CompactReader {
    /// `T` read by hand when it is one of the enums below; nil for any other type.
    @inline(__always)
    func decodeCatalogEnum<T>(_ type: T.Type, at offset: Int, depth: Int) throws -> T? {
        if T.self == Formula.self { return unsafeBitCast(try formula(at: offset, depth: depth), to: T.self) }
        if T.self == Reference.self { return unsafeBitCast(try reference(at: offset, depth: depth), to: T.self) }
        if T.self == Effect.Kind.self { return unsafeBitCast(try effectKind(at: offset, depth: depth), to: T.self) }
        if T.self == EventArgument.self { return unsafeBitCast(try eventArgument(at: offset, depth: depth), to: T.self) }
        if T.self == Basis.self { return unsafeBitCast(try basis(at: offset, depth: depth), to: T.self) }
        if T.self == RoleRule.Kind.self { return unsafeBitCast(try roleKind(at: offset, depth: depth), to: T.self) }
        if T.self == EventParameter.RecordedValue.self {
            return unsafeBitCast(try recordedValue(at: offset, depth: depth), to: T.self)
        }
        return nil
    }

    /// As synthesized for an enum: one entry, named for the case, holding the payload's fields
    /// (`_0`, `_1`… where they have no label). The caller reads them and calls `finish()`.
    func enumCase(at offset: Int, depth: Int) throws -> (name: String, payload: CompactFields) {
        let outer = try CompactFields(self, at: offset, depth: depth)
        guard outer.count == 1 else { throw Damaged() }
        let keyEnd = outer.start + 4 + (try length(at: outer.start))
        guard keyEnd < outer.end, try end(ofValueAt: keyEnd) == outer.end else { throw Damaged() }
        return (try text(from: outer.start + 4, to: keyEnd), try CompactFields(self, at: keyEnd, depth: outer.depth))
    }

    func formula(at offset: Int, depth: Int) throws -> Formula {
        var (name, payload) = try enumCase(at: offset, depth: depth)
        let inner = payload.depth
        let value: Formula
        switch name {
        case "number": value = .number(try double(at: payload.required("_0")))
        case "name": value = .name(try string(at: payload.required("_0")), offset: try integer(Int.self, at: payload.required("offset")))
        case "negate": value = .negate(try formula(at: payload.required("_0"), depth: inner))
        case "binary":
            guard let op = Formula.Operator(rawValue: try string(at: payload.required("_0"))) else { throw Damaged() }
            value = .binary(op, try formula(at: payload.required("_1"), depth: inner), try formula(at: payload.required("_2"), depth: inner))
        case "call":
            let callee = try string(at: payload.required("_0"))
            let arguments = try array(at: payload.required("_1"), depth: inner) { try formula(at: $0, depth: $1) }
            value = .call(callee, arguments, offset: try integer(Int.self, at: payload.required("offset")))
        default: throw Damaged()
        }
        try payload.finish()
        return value
    }

    func reference(at offset: Int, depth: Int) throws -> Reference {
        var (name, payload) = try enumCase(at: offset, depth: depth)
        let value: Reference
        switch name {
        case "parameter": value = .parameter(try string(at: payload.required("_0")))
        case "ids": value = .ids(try strings(at: payload.required("_0")))
        case "all": value = .all
        case "issuesOf": value = .issuesOf(try string(at: payload.required("_0")))
        default: throw Damaged()
        }
        try payload.finish()
        return value
    }

    func effectKind(at offset: Int, depth: Int) throws -> Effect.Kind {
        var (name, payload) = try enumCase(at: offset, depth: depth)
        let inner = payload.depth
        func reference(_ key: StaticString) throws -> Reference { try self.reference(at: payload.required(key), depth: inner) }
        func formula(_ key: StaticString) throws -> Formula { try self.formula(at: payload.required(key), depth: inner) }
        func optionalFormula(_ key: StaticString) throws -> Formula? {
            try payload.optional(key).map { try self.formula(at: $0, depth: inner) }
        }
        let value: Effect.Kind
        switch name {
        case "capability":
            value = .capability(actors: try reference("actors"), scale: try optionalFormula("scale"), shift: try optionalFormula("shift"))
        case "salience":
            value = .salience(actors: try reference("actors"), issues: try reference("issues"), shift: try formula("shift"))
        case "position":
            value = .position(actors: try reference("actors"), issues: try reference("issues"), toward: try reference("toward"),
                              by: try formula("by"))
        case "accommodation":
            value = .accommodation(actors: try reference("actors"), toward: try reference("toward"), weight: try formula("weight"))
        case "uncertainty":
            value = .uncertainty(actors: try reference("actors"), issues: try reference("issues"), scale: try formula("scale"))
        case "bargain":
            value = .bargain(actors: try reference("actors"), issues: try reference("issues"), turns: try formula("turns"),
                             uptake: try optionalFormula("uptake"))
        case "schedule":
            let event = try string(at: payload.required("event"))
            let (after, unless) = (try formula("after"), try optionalFormula("unless"))
            let arguments = try stringKeyed(at: payload.required("arguments"), depth: inner) { try self.reference(at: $0, depth: $1) }
            value = .schedule(event: event, after: after, unless: unless, arguments: arguments)
        case "noDeal":
            value = .noDeal(issues: try reference("issues"), toward: try reference("toward"), by: try formula("by"))
        case "expectation":
            value = .expectation(actors: try reference("actors"), issues: try reference("issues"), toward: try reference("toward"),
                                 by: try formula("by"))
        case "cost": value = .cost(actors: try reference("actors"), shift: try formula("shift"))
        default: throw Damaged()
        }
        try payload.finish()
        return value
    }

    func eventArgument(at offset: Int, depth: Int) throws -> EventArgument {
        var (name, payload) = try enumCase(at: offset, depth: depth)
        let value: EventArgument
        switch name {
        case "ids": value = .ids(try strings(at: payload.required("_0")))
        case "number": value = .number(try double(at: payload.required("_0")))
        default: throw Damaged()
        }
        try payload.finish()
        return value
    }

    func basis(at offset: Int, depth: Int) throws -> Basis {
        var (name, payload) = try enumCase(at: offset, depth: depth)
        let value: Basis
        switch name {
        case "source":
            value = .source(document: try string(at: payload.required("document")), quote: try string(at: payload.required("quote")),
                            supports: try string(at: payload.required("supports")))
        case "finding": value = .finding(work: try string(at: payload.required("work")), says: try string(at: payload.required("says")))
        case "assumption": value = .assumption(try string(at: payload.required("_0")))
        default: throw Damaged()
        }
        try payload.finish()
        return value
    }

    func roleKind(at offset: Int, depth: Int) throws -> RoleRule.Kind {
        var (name, payload) = try enumCase(at: offset, depth: depth)
        let value: RoleRule.Kind
        switch name {
        case "distinct": value = .distinct(try strings(at: payload.required("_0")))
        case "least": value = .least(try integer(Int.self, at: payload.required("_0")), of: try string(at: payload.required("of")))
        case "only": value = .only(try strings(at: payload.required("_0")), of: try strings(at: payload.required("of")))
        default: throw Damaged()
        }
        try payload.finish()
        return value
    }

    func recordedValue(at offset: Int, depth: Int) throws -> EventParameter.RecordedValue {
        var (name, payload) = try enumCase(at: offset, depth: depth)
        let value: EventParameter.RecordedValue
        switch name {
        case "number": value = .number(try double(at: payload.required("_0")))
        case "text": value = .text(try string(at: payload.required("_0")))
        case "list": value = .list(try strings(at: payload.required("_0")))
        default: throw Damaged()
        }
        try payload.finish()
        return value
    }
}
