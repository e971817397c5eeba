/// Fits printed lines into a width by wrapping at spaces, so prose never runs off the
/// terminal or breaks mid-word.
///
///     LineFitter(width: 30).fit("1  2025-07-23  round participants=RU,UA mediator=TR\n")
///     // "1  2025-07-23  round\n                participants=RU,UA\n                mediator=TR\n"
///
/// A continuation line hangs under the start of the line's last column (the text after its
/// last run of two or more spaces) when that leaves room, else two places in from the line's
/// own indent. Lines that fit are left alone. A word longer than the room breaks after a
/// comma, and is cut only when it has none.
public struct LineFitter: Sendable {
    public var width: Int
    /// Narrowest room worth hanging a continuation under a column.
    static let minimumRoom = 24

    public init(width: Int) {
        self.width = max(20, width)
    }

    public func fit(_ text: String) -> String {
        // Fast path: most output already fits, and counting bytes bounds the characters.
        if text.utf8.count <= width { return text }
        var fitsAlready = true
        var run = 0
        for byte in text.utf8 {
            if byte == 0x0A { run = 0; continue }
            run += 1
            if run > width { fitsAlready = false; break }
        }
        if fitsAlready { return text }
        // Lines split by their bytes, which is cheaper than by characters and the same unless
        // a carriage return makes "\r\n" one character.
        let lines: [String] = text.utf8.contains(0x0D)
            ? text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            : text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(Substring($0)) }
        return lines.map(fitLine).joined(separator: "\n")
    }

    /// One line (no newline) as one or more lines of at most `width` characters.
    func fitLine(_ line: String) -> String {
        // Bytes bound characters: most lines fit, and splitting into characters is costly.
        if line.utf8.count <= width { return line }
        let characters = Array(line)
        guard characters.count > width else { return line }
        // Where each character starts, so a piece is copied from the line as a substring
        // rather than rebuilt character by character (50 k instructions a piece).
        let starts = Array(line.indices) + [line.endIndex]
        func piece(_ range: Range<Int>) -> Substring { line[starts[range.lowerBound]..<starts[range.upperBound]] }
        let indent = characters.prefix { $0 == " " }.count
        let hang = hangingIndent(characters, indent: indent)
        var lines: [String] = []
        var start = 0
        var lineIndent = 0
        while start < characters.count {
            let room = width - lineIndent
            let remaining = characters.count - start
            if remaining <= room {
                lines.append(String(repeating: " ", count: lineIndent) + piece(start..<characters.count))
                break
            }
            // The last space within the room, else just after a comma (a long list such as
            // topics=a,b,c breaks between items); a break there keeps every word whole.
            var cut = start + room
            while cut > start, !Self.isBreakable(characters, at: cut) { cut -= 1 }
            if cut == start {
                cut = start + room
                while cut > start + 1, characters[cut - 1] != "," { cut -= 1 }
                if cut == start + 1 { cut = start + room }  // one word longer than the room
            }
            var end = cut
            while end > start, characters[end - 1] == " " { end -= 1 }
            lines.append(String(repeating: " ", count: lineIndent) + piece(start..<end))
            start = cut
            while start < characters.count, characters[start] == " " { start += 1 }
            lineIndent = hang
        }
        return lines.joined(separator: "\n")
    }

    /// Where continuation lines start: under the column that overflows, or the one before it
    /// when that one starts too far right to leave `minimumRoom` (or past two thirds of the width).
    /// A line without columns continues two places in, or at its own indent when deep.
    func hangingIndent(_ characters: [Character], indent: Int) -> Int {
        var starts: [Int] = []
        var index = indent
        while index + 1 < characters.count, index < width {
            if characters[index] == " ", characters[index + 1] == " " {
                var next = index
                while next < characters.count, characters[next] == " " { next += 1 }
                if next < width { starts.append(next) }
                index = next
            } else {
                index += 1
            }
        }
        while let last = starts.last, last > width * 2 / 3 || width - last < Self.minimumRoom {
            starts.removeLast()
        }
        return starts.last ?? (indent < 4 ? min(indent + 2, width / 2) : min(indent, width / 2))
    }

    /// A space that keeps its neighbours together: around ± and →, so "79.3 ± 2.3" and
    /// "25.0 → 51.7" never split.
    static func isBreakable(_ characters: [Character], at index: Int) -> Bool {
        guard characters[index] == " " else { return false }
        let glue: Set<Character> = ["±", "→"]
        if index > 0, glue.contains(characters[index - 1]) { return false }
        if index + 1 < characters.count, glue.contains(characters[index + 1]) { return false }
        return true
    }
}
