/// Options a user changes with `set KEY VALUE`.
///
///     set seed 42
///     set width 100
public struct Settings: Sendable, Hashable {
    public enum ColorChoice: String, Sendable, Hashable, CaseIterable { case auto, on, off }

    /// Seed for `simulate` when none is given; fixed by default so runs repeat.
    public var seed: UInt64 = 1
    /// Whether tables and charts use colour; `auto` follows the terminal and `NO_COLOR`.
    public var color: ColorChoice = .auto
    /// Output width in columns; nil follows the terminal.
    public var width: Int?
    /// Whether output longer than the screen goes through a pager at an interactive prompt.
    public var pager = true

    public init() {}
}

/// One key that `set` understands: its name, what it means, and how to read a value for it.
public struct Setting: Sendable {
    public var name: String
    public var summary: String
    public var allowed: String
    public var current: @Sendable (Settings) -> String
    /// Returns an error message when the text is not a valid value.
    public var assign: @Sendable (inout Settings, String) -> String?

    public static let all: [Setting] = [
        Setting(
            name: "seed", summary: "random seed for simulate when seed= is not given",
            allowed: "a whole number from 0 to 18446744073709551615",
            current: { String($0.seed) },
            assign: { settings, text in
                guard let value = UInt64(text) else { return "seed must be a whole number from 0 to 18446744073709551615" }
                settings.seed = value
                return nil
            }
        ),
        Setting(
            name: "color", summary: "colour in tables and charts",
            allowed: "auto, on or off",
            current: { $0.color.rawValue },
            assign: { settings, text in
                guard let value = Settings.ColorChoice(rawValue: text.lowercased()) else { return "color must be auto, on or off" }
                settings.color = value
                return nil
            }
        ),
        Setting(
            name: "width", summary: "output width in columns",
            allowed: "auto, or 40 to 400",
            current: { $0.width.map(String.init) ?? "auto" },
            assign: { settings, text in
                if text.lowercased() == "auto" { settings.width = nil; return nil }
                guard let value = Int(text), (40...400).contains(value) else { return "width must be auto or a number from 40 to 400" }
                settings.width = value
                return nil
            }
        ),
        Setting(
            name: "pager", summary: "page output longer than the screen at the prompt ($PAGER, else less -FRX)",
            allowed: "on or off",
            current: { $0.pager ? "on" : "off" },
            assign: { settings, text in
                switch text.lowercased() {
                case "on": settings.pager = true
                case "off": settings.pager = false
                default: return "pager must be on or off"
                }
                return nil
            }
        ),
    ]

    public static func named(_ name: String) -> Setting? {
        all.first { $0.name == name.lowercased() }
    }
}
