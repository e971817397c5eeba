/// A length of time in whole days, written `30d` or `8w` in scripts.
///
///     TimeSpan(parsing: "8w")?.days  // 56
public struct TimeSpan: Sendable, Hashable, CustomStringConvertible {
    public var days: Int

    public init(days: Int) { self.days = days }

    /// Parses `<digits>d` or `<digits>w`; nil otherwise.
    public init?(parsing text: some StringProtocol) {
        guard let unit = text.last, text.count >= 2 else { return nil }
        let digits = text.dropLast()
        guard digits.allSatisfy(\.isASCIIDigit), digits.count <= 6, let count = Int(digits) else { return nil }
        switch unit {
        case "d": days = count
        case "w": days = count * 7
        default: return nil
        }
    }

    public var description: String {
        days % 7 == 0 && days > 0 ? "\(days / 7)w" : "\(days)d"
    }
}
