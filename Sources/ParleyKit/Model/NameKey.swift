import Foundation

/// A name as an analyst may type it: case, accents, spaces and underscores do not matter.
///
///     NameKey.folded("Türkiye") == NameKey.folded("turkiye")               // true
///     NameKey.folded("United States") == NameKey.folded("united-states")   // true
enum NameKey {
    static func folded(_ name: String) -> String {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: " ", with: "-")
            .replacingOccurrences(of: "_", with: "-")
    }

    /// Whether `typed` names something called `id`, `name` or one of `aliases`.
    static func matches(_ typed: String, id: String, name: String, aliases: [String]) -> Bool {
        let key = folded(typed)
        return folded(id) == key || folded(name) == key || aliases.contains { folded($0) == key }
    }
}
