/// Lays out completion candidates in columns, down then across, as bash does.
public enum CandidateColumns {
    /// The name shown for a candidate: for paths, the last component (keeping a trailing `/`),
    /// so `scenarios/hindcast.parley` shows as `hindcast.parley`.
    public static func displayName(_ candidate: String) -> String {
        let body = candidate.hasSuffix("/") ? candidate.dropLast() : candidate[...]
        guard let slash = body.lastIndex(of: "/") else { return candidate }
        return String(candidate[candidate.index(after: slash)...])
    }

    /// Rows of text, each at most `width` columns wide when the names allow it.
    public static func layout(_ names: [String], width: Int) -> [String] {
        guard !names.isEmpty else { return [] }
        let gap = 2
        let cell = names.map(\.count).max()! + gap
        let columns = max(1, min(names.count, (max(width, 1) + gap) / cell))
        let rows = (names.count + columns - 1) / columns
        return (0..<rows).map { row in
            var line = ""
            for column in 0..<columns {
                let index = column * rows + row
                guard index < names.count else { break }
                let name = names[index]
                let isLast = column == columns - 1 || index + rows >= names.count
                line += name
                if !isLast { line += String(repeating: " ", count: cell - name.count) }
            }
            return line
        }
    }
}
