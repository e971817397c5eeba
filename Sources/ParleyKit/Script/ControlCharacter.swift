/// Control characters in a line of text, which no script or data line may hold.
///
///     ControlCharacter.first(in: Array("a\u{0}b".unicodeScalars))   // (1, "unexpected control character U+0000")
///
/// A NUL or an escape pasted into a line would pass into names and output unseen; tabs are
/// ordinary blanks.
enum ControlCharacter {
    /// The index of the first control character (other than tab) and the message naming it.
    static func first(in scalars: [Unicode.Scalar]) -> (index: Int, message: String)? {
        guard let bad = scalars.firstIndex(where: { $0.value < 0x20 && $0 != "\t" || $0.value == 0x7F }) else {
            return nil
        }
        let code = String(scalars[bad].value, radix: 16, uppercase: true)
        return (bad, "unexpected control character U+\(String(repeating: "0", count: 4 - code.count))\(code)")
    }
}
