/// A length of time in whole days, written `30d` or `8w` in scripts.
///
///     TimeSpan(parsing: "8w")?.days  // 56
public struct TimeSpan: Sendable, Hashable, Codable, CustomStringConvertible {
    public var days: Int

    public init(days: Int) { self.days = days }

    /// Up to 999,999 days: far more than any question about these talks needs.
    public static let maximumDigits = 6

    /// Parses `<digits>d` or `<digits>w` with at most ``maximumDigits`` digits; nil otherwise.
    public init?(parsing text: some StringProtocol) {
        guard Self.looksLikeDuration(text), text.count <= Self.maximumDigits + 1,
              let count = Int(text.dropLast()) else { return nil }
        switch text.last {
        case "d": days = count
        case "w": days = count * 7
        default: return nil
        }
    }

    /// Digits and a unit, `d` or `w`, however many digits.
    public static func looksLikeDuration(_ text: some StringProtocol) -> Bool {
        guard let unit = text.last, text.count >= 2, unit == "d" || unit == "w" else { return false }
        return text.dropLast().allSatisfy(\.isASCIIDigit)
    }

    public var description: String {
        days % 7 == 0 && days > 0 ? "\(days / 7)w" : "\(days)d"
    }
}
