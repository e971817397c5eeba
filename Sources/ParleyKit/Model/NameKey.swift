import Foundation

/// A name as an analyst may type it: case, accents, spaces and underscores do not matter.
///
///     NameKey.folded("Türkiye") == NameKey.folded("turkiye")               // true
///     NameKey.folded("United States") == NameKey.folded("united-states")   // true
enum NameKey {
    static func folded(_ name: String) -> String {
        asciiFolded(name) ?? foundationFolded(name)
    }

    /// What Foundation's folding gives, for any text.
    static func foundationFolded(_ name: String) -> String {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: " ", with: "-")
            .replacingOccurrences(of: "_", with: "-")
    }

    /// The same for ASCII text, without Foundation (about 40 times cheaper: sensitivity names
    /// every actor through here); nil for any other text. A test pins it to the Foundation path.
    static func asciiFolded(_ name: String) -> String? {
        var name = name
        return name.withUTF8 { bytes -> String? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                for (index, byte) in bytes.enumerated() {
                    switch byte {
                    case UInt8(ascii: "A")...UInt8(ascii: "Z"): out[index] = byte + 32
                    case UInt8(ascii: " "), UInt8(ascii: "_"): out[index] = UInt8(ascii: "-")
                    default: out[index] = byte
                    }
                }
                return bytes.count
            }
        }
    }

    /// Whether `typed` names something called `id`, `name` or one of `aliases`.
    static func matches(_ typed: String, id: String, name: String, aliases: [String]) -> Bool {
        if typed == id { return true }   // what folding both would find, the common case
        let key = folded(typed)
        return folded(id) == key || folded(name) == key || aliases.contains { folded($0) == key }
    }
}
