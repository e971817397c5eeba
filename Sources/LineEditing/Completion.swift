/// The pure part of TAB completion: what to do with the line given the completer's candidates.
/// The completer returns whole candidates for the last whitespace-delimited word; this decides
/// whether to replace that word, list the candidates, or beep.
public enum Completion: Equatable, Sendable {
    /// Nothing matches: beep.
    case none
    /// Delete `deleteCount` characters before the cursor (the word), then insert `insert`.
    case replaceWord(deleteCount: Int, insert: String)
    /// Several candidates and no common progress: show them, sorted, below the line.
    case list([String])

    /// Plans the completion of the last word of `lineBeforeCursor`.
    public static func plan(lineBeforeCursor: String, candidates: [String]) -> Completion {
        var seen = Set<String>()
        let unique = candidates.filter { !$0.isEmpty && seen.insert($0).inserted }
        let word = lastWord(of: lineBeforeCursor)
        let wordLength = word.unicodeScalars.count

        switch unique.count {
        case 0:
            return .none
        case 1:
            let candidate = unique[0]
            // A directory or a `key=` still expects more text, so no space yet.
            let suffix = candidate.hasSuffix("/") || candidate.hasSuffix("=") ? "" : " "
            return .replaceWord(deleteCount: wordLength, insert: candidate + suffix)
        default:
            let prefix = longestCommonPrefix(unique)
            if prefix.unicodeScalars.count > wordLength {
                return .replaceWord(deleteCount: wordLength, insert: prefix)
            }
            return .list(unique.sorted())
        }
    }

    /// The text after the last space or tab; empty after trailing whitespace.
    public static func lastWord(of line: String) -> Substring {
        guard let space = line.lastIndex(where: { $0 == " " || $0 == "\t" }) else {
            return line[...]
        }
        return line[line.index(after: space)...]
    }

    /// Longest common prefix by Unicode scalar, so it never splits a scalar and matches how
    /// libedit counts characters when deleting.
    public static func longestCommonPrefix(_ strings: [String]) -> String {
        guard var prefix = strings.first.map({ Array($0.unicodeScalars) }) else { return "" }
        for string in strings.dropFirst() {
            let count = zip(prefix, string.unicodeScalars).prefix(while: { $0 == $1 }).count
            prefix.removeLast(prefix.count - count)
        }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: prefix)
        return String(result)
    }
}
