/// Parses catalog formulas; errors carry the 0-based offset of the problem in the text.
///
///     try Formula.parse("max(0, 1 - severity)")
extension Formula {
    public struct ParseError: Error, Sendable, Hashable {
        public var message: String
        public var offset: Int
    }

    /// Longer formulas are refused: a chain of terms nests as deep as it is long, and the
    /// parser and the evaluator recurse.
    public static let maximumLength = 1000
    /// How deep brackets, calls and signs may nest.
    public static let maximumDepth = 32

    public static func parse(_ text: String) throws(ParseError) -> Formula {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count <= maximumLength else {
            throw ParseError(message: "formula is \(scalars.count) characters long; the limit is \(maximumLength)", offset: 0)
        }
        var parser = FormulaParser(scalars: scalars)
        let formula = try parser.parseOr()
        parser.skipSpaces()
        guard parser.index == parser.scalars.count else {
            throw ParseError(message: "unexpected '\(parser.scalars[parser.index])' in formula", offset: parser.index)
        }
        return formula
    }
}

/// Recursive descent, lowest precedence first: or, and, comparison, sum, product, unary.
struct FormulaParser {
    let scalars: [Unicode.Scalar]
    var index = 0
    /// Brackets, calls and signs open around the current point.
    var depth = 0

    mutating func parseOr() throws(Formula.ParseError) -> Formula {
        var lhs = try parseAnd()
        while consumeWord("or") { lhs = .binary(.or, lhs, try parseAnd()) }
        return lhs
    }

    mutating func parseAnd() throws(Formula.ParseError) -> Formula {
        var lhs = try parseComparison()
        while consumeWord("and") { lhs = .binary(.and, lhs, try parseComparison()) }
        return lhs
    }

    mutating func parseComparison() throws(Formula.ParseError) -> Formula {
        let lhs = try parseSum()
        for op in [Formula.Operator.lessOrEqual, .greaterOrEqual, .equal, .notEqual, .less, .greater] where consume(op.rawValue) {
            return .binary(op, lhs, try parseSum())
        }
        return lhs
    }

    mutating func parseSum() throws(Formula.ParseError) -> Formula {
        var lhs = try parseProduct()
        while true {
            if consume("+") { lhs = .binary(.add, lhs, try parseProduct()) }
            else if consume("-") { lhs = .binary(.subtract, lhs, try parseProduct()) }
            else { return lhs }
        }
    }

    mutating func parseProduct() throws(Formula.ParseError) -> Formula {
        var lhs = try parseUnary()
        while true {
            if consume("*") { lhs = .binary(.multiply, lhs, try parseUnary()) }
            else if consume("/") { lhs = .binary(.divide, lhs, try parseUnary()) }
            else { return lhs }
        }
    }

    mutating func parseUnary() throws(Formula.ParseError) -> Formula {
        if consume("-") {
            try enter(at: index - 1)
            defer { depth -= 1 }
            return .negate(try parseUnary())
        }
        return try parsePrimary()
    }

    mutating func parsePrimary() throws(Formula.ParseError) -> Formula {
        skipSpaces()
        guard index < scalars.count else {
            throw Formula.ParseError(message: "formula ends too soon", offset: index)
        }
        let start = index
        let scalar = scalars[index]
        if consume("(") {
            try enter(at: start)
            defer { depth -= 1 }
            let inner = try parseOr()
            guard consume(")") else { throw Formula.ParseError(message: "missing ')'", offset: index) }
            return inner
        }
        if ("0"..."9").contains(scalar) || scalar == "." {
            while index < scalars.count, ("0"..."9").contains(scalars[index]) || scalars[index] == "." { index += 1 }
            let text = String(String.UnicodeScalarView(scalars[start..<index]))
            guard let value = Double(text) else {
                throw Formula.ParseError(message: "malformed number '\(text)'", offset: start)
            }
            return .number(value)
        }
        if Self.isNameStart(scalar) {
            while index < scalars.count, Self.isNamePart(scalars[index]) { index += 1 }
            // A trailing hyphen belongs to a minus sign, not the name: `severity-1`.
            while index > start + 1, scalars[index - 1] == "-" { index -= 1 }
            let name = String(String.UnicodeScalarView(scalars[start..<index]))
            if consume("(") {
                try enter(at: start)
                defer { depth -= 1 }
                var arguments: [Formula] = []
                if !consume(")") {
                    repeat { arguments.append(try parseOr()) } while consume(",")
                    guard consume(")") else { throw Formula.ParseError(message: "missing ')' after arguments of '\(name)'", offset: index) }
                }
                return .call(name, arguments, offset: start)
            }
            return .name(name, offset: start)
        }
        throw Formula.ParseError(message: "unexpected '\(scalar)' in formula", offset: start)
    }

    mutating func enter(at offset: Int) throws(Formula.ParseError) {
        depth += 1
        guard depth <= Formula.maximumDepth else {
            throw Formula.ParseError(message: "formula nests more than \(Formula.maximumDepth) deep", offset: offset)
        }
    }

    mutating func skipSpaces() {
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
    }

    mutating func consume(_ token: String) -> Bool {
        skipSpaces()
        let tokenScalars = Array(token.unicodeScalars)
        guard index + tokenScalars.count <= scalars.count,
              Array(scalars[index..<index + tokenScalars.count]) == tokenScalars else { return false }
        // `<` must not eat the start of `<=`.
        if tokenScalars.count == 1, ["<", ">"].contains(token), index + 1 < scalars.count, scalars[index + 1] == "=" { return false }
        index += tokenScalars.count
        return true
    }

    mutating func consumeWord(_ word: String) -> Bool {
        skipSpaces()
        let start = index
        guard consume(word) else { return false }
        if index < scalars.count, Self.isNamePart(scalars[index]) { index = start; return false }
        return true
    }

    static func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == "_"
    }

    static func isNamePart(_ scalar: Unicode.Scalar) -> Bool {
        isNameStart(scalar) || ("0"..."9").contains(scalar) || scalar == "-"
    }
}
