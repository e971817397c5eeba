/// Characters (grapheme clusters) in UTF-8 text, counted on the bytes where that is safe.
///
///     DisplayWidth.characters(Array("003 “Kyiv”".utf8)[...])   // 10
///
/// Tables count every cell, so counting must not walk grapheme clusters for ordinary text.
/// Between two "simple" scalars there is always a cluster break (Unicode's rules join
/// characters only around marks, joiners, Hangul, regional indicators and CR LF), so text made of
/// them has one character per scalar. Anything else falls back to `String.count`.
enum DisplayWidth {
    /// The number of characters in `bytes`, which must be valid UTF-8.
    static func characters(_ bytes: ArraySlice<UInt8>) -> Int {
        simpleScalarCount(bytes) ?? String(decoding: bytes, as: UTF8.self).count
    }

    /// True when every character of `bytes` is one simple scalar (so `prefixEnd` may cut it).
    static func isPlain(_ bytes: ArraySlice<UInt8>) -> Bool {
        simpleScalarCount(bytes) != nil
    }

    /// The byte offset (from the start of `bytes`) just after the first `count` characters.
    /// Only for text that `isPlain`.
    static func prefixEnd(_ bytes: ArraySlice<UInt8>, characters count: Int) -> Int {
        var index = bytes.startIndex
        var seen = 0
        while index < bytes.endIndex, seen < count {
            let lead = bytes[index]
            index += lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            seen += 1
        }
        return min(index, bytes.endIndex) - bytes.startIndex
    }

    /// The number of scalars when every one is simple (and there is no CR, which joins a
    /// following LF), else nil.
    private static func simpleScalarCount(_ bytes: ArraySlice<UInt8>) -> Int? {
        var scalars = 0
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            if lead < 0x80 {
                if lead == 0x0D { return nil }
                scalars += 1
                index += 1
                continue
            }
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            guard index + length <= bytes.endIndex, isSimple(scalar(bytes, at: index, length: length)) else { return nil }
            scalars += 1
            index += length
        }
        return scalars
    }

    private static func scalar(_ bytes: ArraySlice<UInt8>, at index: Int, length: Int) -> UInt32 {
        var value = UInt32(bytes[index]) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return value
    }

    /// Scalars that never join a neighbour into one character: Latin up to the combining marks,
    /// Greek and Cyrillic letters, general punctuation (but not the joiners), arrows, box
    /// drawing, geometric shapes and braille.
    private static func isSimple(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0..<0x300, 0x370..<0x483, 0x48A..<0x530,
             0x2010..<0x2028, 0x2030..<0x205F, 0x2190..<0x2200, 0x2500..<0x2600, 0x2800..<0x2900:
            return true
        default:
            return false
        }
    }
}
