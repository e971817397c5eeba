/// Reads a question: a condition and the date it is tested at.
///
///     let parsed = try QuestionText.parse("deal on humanitarian by 2025-09-01")
///     parsed.condition.description   // "deal.humanitarian == 1"
///     parsed.date                    // 2025-09-01
///
/// Forms, each ending `by YYYY-MM-DD`:
/// - `CONDITION by DATE`, any condition of the measure language (`RU.ceasefire <= 60`,
///   `settle.humanitarian != none`, `gap(RU,UA).territory < 30`);
/// - `deal on ISSUE by DATE`: a deal space on the issue (`deal.ISSUE == 1`); `ISSUE` may be
///   `package`, a deal across the core issues;
/// - `no deal on ISSUE by DATE`: no deal space (`deal.ISSUE == 0`).
/// Words are matched in any case. Failures are placed by offset (in Unicode scalars) into the text.
public enum QuestionText {
    public struct Parsed: Sendable, Hashable {
        public var condition: Condition
        /// Where the condition's own text starts in the question, to place errors in it; for
        /// the friendly forms, where the issue's name starts.
        public var conditionOffset: Int
        /// True for `deal on …` and `no deal on …`, whose subject is an issue name.
        public var isFriendly: Bool
        public var date: CalendarDate
        public var dateOffset: Int
    }

    public static func parse(_ text: String) throws(MeasureParser.Failure) -> Parsed {
        let scalars = Array(text.unicodeScalars)
        let lower = Array(text.lowercased().unicodeScalars)
        guard lower.count == scalars.count else {
            throw MeasureParser.Failure(message: "the question must be plain text", offset: 0, length: max(1, scalars.count))
        }
        // The last " by " ends the condition.
        let marker = Array(" by ".unicodeScalars)
        var split: Int?
        // A question that is only "by DATE" has no condition; say so rather than "needs a date".
        if lower.starts(with: Array("by ".unicodeScalars)) {
            throw MeasureParser.Failure(message: "missing what should hold by the date: a condition such as 'RU.ceasefire <= 60', or 'deal on ISSUE'",
                                        offset: 0, length: 2)
        }
        if lower.count >= marker.count {
            for index in stride(from: lower.count - marker.count, through: 0, by: -1)
            where Array(lower[index..<index + marker.count]) == marker {
                split = index
                break
            }
        }
        guard let split else {
            throw MeasureParser.Failure(message: "a question needs a date: end it with 'by YYYY-MM-DD', as in 'deal on humanitarian by 2025-09-01'",
                                        offset: scalars.count, length: 1)
        }
        var dateStart = split + marker.count
        while dateStart < scalars.count, scalars[dateStart] == " " { dateStart += 1 }
        let dateText = String(String.UnicodeScalarView(scalars[dateStart...])).trimmingBlanks()
        guard !dateText.isEmpty else {
            throw MeasureParser.Failure(message: "missing the date after 'by'; write it as YYYY-MM-DD", offset: scalars.count, length: 1)
        }
        guard let date = CalendarDate(parsing: dateText) else {
            let reason = CalendarDate.looksLikeDate(dateText) ? "is not a day of the calendar" : "is not a date; write it as YYYY-MM-DD"
            throw MeasureParser.Failure(message: "'\(dateText)' \(reason)", offset: dateStart, length: dateText.unicodeScalars.count)
        }
        var start = 0
        while start < split, scalars[start] == " " { start += 1 }
        let subject = String(String.UnicodeScalarView(scalars[start..<split])).trimmingBlanks()
        guard !subject.isEmpty else {
            throw MeasureParser.Failure(message: "missing what should hold by \(date): a condition such as 'RU.ceasefire <= 60', or 'deal on ISSUE'",
                                        offset: start, length: 1)
        }
        let subjectLower = subject.lowercased()
        if subjectLower == "deal on" || subjectLower == "no deal on" {
            throw MeasureParser.Failure(message: "expected an issue after 'on', as in 'deal on humanitarian'",
                                        offset: start + subject.unicodeScalars.count, length: 1)
        }
        for (prefix, value) in [("no deal on ", 0), ("deal on ", 1)] where subjectLower.hasPrefix(prefix) {
            let issue = String(subject.dropFirst(prefix.count)).trimmingBlanks()
            let issueOffset = start + prefix.unicodeScalars.count
                + subject.dropFirst(prefix.count).unicodeScalars.prefix { $0 == " " }.count
            guard !issue.isEmpty, !issue.contains(" ") else {
                throw MeasureParser.Failure(message: "expected one issue after '\(prefix.trimmingBlanks())', as in 'deal on humanitarian'",
                                            offset: issueOffset, length: max(1, issue.unicodeScalars.count))
            }
            let measure = try MeasureParser.parse("deal.\(issue)")
            let condition = Condition(measure: measure, subject: "deal.\(issue)", comparison: .equal,
                                      bound: Double(value), boundOffset: 0)
            return Parsed(condition: condition, conditionOffset: issueOffset, isFriendly: true, date: date, dateOffset: dateStart)
        }
        do throws(MeasureParser.Failure) {
            let condition = try Condition.parse(subject)
            return Parsed(condition: condition, conditionOffset: start, isFriendly: false, date: date, dateOffset: dateStart)
        } catch {
            throw MeasureParser.Failure(message: error.message, offset: start + error.offset, length: error.length)
        }
    }
}
