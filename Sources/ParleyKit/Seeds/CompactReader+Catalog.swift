// The catalog's enums, read by hand from the bytes their synthesized `Codable` conformances
// write (so the file format is the same either way).
//
// Through `Codable` an enum's decode asks its container for `allKeys`, which the standard
// library casts key by key through protocol-conformance look-ups: 4.3 M of a cached world's
// 21.9 M instructions, and the catalog, which is mostly formulas and references, was the longer
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

    /// An enum as synthesized: one entry, named for the case, holding the payload's fields
    /// (`_0`, `_1`… where they have no label), which `read` reads given the case's name. A nil
    /// from `read` (a case it does not know), or a payload field it left unread, fails the decode.
    func enumValue<T>(at offset: Int, depth: Int, _ read: (String, inout CompactFields) throws -> T?) throws -> T {
        let outer = try CompactFields(self, at: offset, depth: depth)
        guard outer.count == 1 else { throw Damaged() }
        let keyEnd = outer.start + 4 + (try length(at: outer.start))
        guard keyEnd < outer.end, try end(ofValueAt: keyEnd) == outer.end else { throw Damaged() }
        var payload = try CompactFields(self, at: keyEnd, depth: outer.depth)
        guard let value = try read(try text(from: outer.start + 4, to: keyEnd), &payload) else { throw Damaged() }
        try payload.finish()
        return value
    }

    func formula(at offset: Int, depth: Int) throws -> Formula {
        try enumValue(at: offset, depth: depth) { name, payload in
            let inner = payload.depth
            switch name {
            case "number": return .number(try double(at: payload.required("_0")))
            case "name": return .name(try string(at: payload.required("_0")), offset: try integer(Int.self, at: payload.required("offset")))
            case "negate": return .negate(try formula(at: payload.required("_0"), depth: inner))
            case "binary":
                guard let op = Formula.Operator(rawValue: try string(at: payload.required("_0"))) else { return nil }
                return .binary(op, try formula(at: payload.required("_1"), depth: inner), try formula(at: payload.required("_2"), depth: inner))
            case "call":
                let callee = try string(at: payload.required("_0"))
                let arguments = try array(at: payload.required("_1"), depth: inner) { try formula(at: $0, depth: $1) }
                return .call(callee, arguments, offset: try integer(Int.self, at: payload.required("offset")))
            default: return nil
            }
        }
    }

    func reference(at offset: Int, depth: Int) throws -> Reference {
        try enumValue(at: offset, depth: depth) { name, payload in
            switch name {
            case "parameter": .parameter(try string(at: payload.required("_0")))
            case "ids": .ids(try strings(at: payload.required("_0")))
            case "all": .all
            case "issuesOf": .issuesOf(try string(at: payload.required("_0")))
            default: nil
            }
        }
    }

    func effectKind(at offset: Int, depth: Int) throws -> Effect.Kind {
        try enumValue(at: offset, depth: depth) { name, payload in
            let inner = payload.depth
            func reference(_ key: StaticString) throws -> Reference { try self.reference(at: payload.required(key), depth: inner) }
            func formula(_ key: StaticString) throws -> Formula { try self.formula(at: payload.required(key), depth: inner) }
            func optionalFormula(_ key: StaticString) throws -> Formula? {
                try payload.optional(key).map { try self.formula(at: $0, depth: inner) }
            }
            switch name {
            case "capability":
                return .capability(actors: try reference("actors"), scale: try optionalFormula("scale"), shift: try optionalFormula("shift"))
            case "salience":
                return .salience(actors: try reference("actors"), issues: try reference("issues"), shift: try formula("shift"))
            case "position":
                return .position(actors: try reference("actors"), issues: try reference("issues"), toward: try reference("toward"),
                                 by: try formula("by"))
            case "accommodation":
                return .accommodation(actors: try reference("actors"), toward: try reference("toward"), weight: try formula("weight"))
            case "uncertainty":
                return .uncertainty(actors: try reference("actors"), issues: try reference("issues"), scale: try formula("scale"))
            case "bargain":
                return .bargain(actors: try reference("actors"), issues: try reference("issues"), turns: try formula("turns"),
                                uptake: try optionalFormula("uptake"))
            case "schedule":
                let event = try string(at: payload.required("event"))
                let (after, unless) = (try formula("after"), try optionalFormula("unless"))
                let arguments = try stringKeyed(at: payload.required("arguments"), depth: inner) { try self.reference(at: $0, depth: $1) }
                return .schedule(event: event, after: after, unless: unless, arguments: arguments)
            case "noDeal":
                return .noDeal(issues: try reference("issues"), toward: try reference("toward"), by: try formula("by"))
            case "expectation":
                return .expectation(actors: try reference("actors"), issues: try reference("issues"), toward: try reference("toward"),
                                    by: try formula("by"))
            case "cost": return .cost(actors: try reference("actors"), shift: try formula("shift"))
            default: return nil
            }
        }
    }

    func eventArgument(at offset: Int, depth: Int) throws -> EventArgument {
        try enumValue(at: offset, depth: depth) { name, payload in
            switch name {
            case "ids": .ids(try strings(at: payload.required("_0")))
            case "number": .number(try double(at: payload.required("_0")))
            default: nil
            }
        }
    }

    func basis(at offset: Int, depth: Int) throws -> Basis {
        try enumValue(at: offset, depth: depth) { name, payload in
            switch name {
            case "source":
                .source(document: try string(at: payload.required("document")), quote: try string(at: payload.required("quote")),
                        supports: try string(at: payload.required("supports")))
            case "finding": .finding(work: try string(at: payload.required("work")), says: try string(at: payload.required("says")))
            case "assumption": .assumption(try string(at: payload.required("_0")))
            default: nil
            }
        }
    }

    func roleKind(at offset: Int, depth: Int) throws -> RoleRule.Kind {
        try enumValue(at: offset, depth: depth) { name, payload in
            switch name {
            case "distinct": .distinct(try strings(at: payload.required("_0")))
            case "least": .least(try integer(Int.self, at: payload.required("_0")), of: try string(at: payload.required("of")))
            case "only": .only(try strings(at: payload.required("_0")), of: try strings(at: payload.required("of")))
            default: nil
            }
        }
    }

    func recordedValue(at offset: Int, depth: Int) throws -> EventParameter.RecordedValue {
        try enumValue(at: offset, depth: depth) { name, payload in
            switch name {
            case "number": .number(try double(at: payload.required("_0")))
            case "text": .text(try string(at: payload.required("_0")))
            case "list": .list(try strings(at: payload.required("_0")))
            default: nil
            }
        }
    }
}
