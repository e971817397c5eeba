/// The band cell of a stance whose ± range crosses a band boundary, fitted to a column width.
///
///     BandCell.lines(low: "early ceasefire, details after", high: "partial truces first, full ceasefire later", width: 40)
///     // ["early ceasefire … / partial truces …"]
///     BandCell.lines(low: "conditional ceasefire: terms met first", high: "ceasefire only inside a settlement", width: 15)
///     // ["conditional …", "/ ceasefire …"]
///
/// Both bands are always shown. On one line each label keeps as many whole words as fit (two
/// at least, the two labels about equally long, never reading alike); failing that, each
/// label gets half the line, cut at a word or mid-word; when half is under twelve characters,
/// the lowest band goes on the row's line and "/ " and the highest on a second line. A table
/// cut at the end would lose the second band, the point of the cell.
enum BandCell {
    /// The cell's lines, each at most `width` characters (one line when it fits).
    static func lines(low: String, high: String, width: Int) -> [String] {
        let full = low + " / " + high
        if full.count <= width { return [full] }
        let lows = shortenings(of: low), highs = shortenings(of: high)
        // Balanced first (the shorter part as long as possible), then as much text as fits.
        var best: (line: String, shorter: Int)?
        for a in lows {
            for b in highs where a != b && a.count + 3 + b.count <= width {
                let shorter = min(a.count, b.count)
                if let current = best,
                   (current.shorter, current.line.count) >= (shorter, a.count + 3 + b.count) { continue }
                best = (a + " / " + b, shorter)
            }
        }
        if let best { return [best.line] }
        // Too narrow for two words each: share the line, each label cut, while the shares stay readable.
        let room = width - 3
        if room / 2 >= minimumShare {
            let lowShare = max(room - high.count, min(low.count, room / 2))
            return [cut(low, to: lowShare) + " / " + cut(high, to: room - lowShare)]
        }
        return [cut(low, to: width), cut("/ " + high, to: width)]
    }

    /// The fewest characters a label keeps when two share one line.
    static let minimumShare = 12

    /// The label whole, then with fewer and fewer leading words (two at least), each ending in " …".
    static func shortenings(of label: String) -> [String] {
        let words = label.split(separator: " ")
        var result = [label]
        for count in stride(from: words.count - 1, through: 2, by: -1) {
            result.append(trimmed(words.prefix(count).joined(separator: " ")) + " …")
        }
        return result
    }

    /// `text` cut to `width`: at a word ("conditional …") when that loses at most two more
    /// characters than cutting mid-word ("Crimea recogni…") would.
    static func cut(_ text: String, to width: Int) -> String {
        guard text.count > width else { return text }
        guard width > 2 else { return String(text.prefix(max(0, width))) }
        var kept = ""
        for word in text.split(separator: " ") {
            let longer = kept.isEmpty ? String(word) : kept + " " + word
            if trimmed(longer).count + 2 > width { break }
            kept = longer
        }
        kept = trimmed(kept)
        if kept.count + 4 >= width { return kept + " …" }
        return String(text.prefix(width - 1)) + "…"
    }

    /// Words end without the punctuation that led to the next one ("terms met first" not "terms:").
    private static func trimmed(_ text: String) -> String {
        var text = Substring(text)
        while let last = text.last, ",:;".contains(last) { text = text.dropLast() }
        return String(text)
    }
}
