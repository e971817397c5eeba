/// A day on the calendar, as scripts and seeds write it: `2025-07-23`.
///
///     CalendarDate(parsing: "2025-06-03")?.adding(days: 50)  // 2025-07-23
///
/// Kept free of time zones on purpose: the talks' record is dated by day.
public struct CalendarDate: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Nil unless the date exists (no 2025-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD`; nil for anything else or for a day that does not exist.
    public init?(parsing text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// True when `text` has the `YYYY-MM-DD` shape, whether or not the day exists.
    static func looksLikeDate(_ text: some StringProtocol) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count == 10 else { return false }
        for (index, scalar) in scalars.enumerated() {
            if index == 4 || index == 7 {
                if scalar != "-" { return false }
            } else if !("0"..."9").contains(scalar) {
                return false
            }
        }
        return true
    }

    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// Days since 0001-01-01, for arithmetic.
    public var dayNumber: Int {
        // Shift the year to start in March so the leap day falls last.
        let y = month <= 2 ? year - 1 : year
        let m = month <= 2 ? month + 12 : month
        return 365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + day - 307
    }

    public init(dayNumber: Int) {
        // Estimate the year from the mean Gregorian year, then correct by at most a step or two.
        var year = max(1, min(9999, dayNumber * 400 / 146_097 + 1))
        while year > 1, Self.firstDay(ofYear: year) > dayNumber { year -= 1 }
        while year < 9999, Self.firstDay(ofYear: year + 1) <= dayNumber { year += 1 }
        var remaining = max(0, dayNumber - Self.firstDay(ofYear: year))
        var month = 1
        while month < 12, remaining >= Self.daysIn(month: month, year: year) {
            remaining -= Self.daysIn(month: month, year: year)
            month += 1
        }
        self.init(year: year, month: month, day: min(remaining + 1, Self.daysIn(month: month, year: year)))!
    }

    static func firstDay(ofYear year: Int) -> Int { CalendarDate(year: year, month: 1, day: 1)!.dayNumber }

    public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
