import Testing
@testable import ParleyKit

@Suite("Calendar dates and durations")
struct CalendarDateTests {
    @Test func parsesOnlyRealDays() {
        #expect(CalendarDate(parsing: "2025-07-23")?.description == "2025-07-23")
        #expect(CalendarDate(parsing: "2024-02-29") != nil)
        #expect(CalendarDate(parsing: "2025-02-29") == nil)
        #expect(CalendarDate(parsing: "2025-13-01") == nil)
        #expect(CalendarDate(parsing: "2025-7-23") == nil)
    }

    @Test func arithmetic() {
        let start = CalendarDate(parsing: "2025-07-14")!
        #expect(start.adding(days: 50).description == "2025-09-02")
        #expect(CalendarDate(parsing: "2024-12-31")!.adding(days: 1).description == "2025-01-01")
        #expect(CalendarDate(parsing: "2024-03-01")!.adding(days: -1).description == "2024-02-29")
        #expect(CalendarDate(dayNumber: start.dayNumber) == start)
    }

    @Test func roundTripsEveryDayOfAFewYears() {
        var date = CalendarDate(parsing: "1999-12-25")!
        for _ in 0..<3_000 {
            let next = date.adding(days: 1)
            #expect(next > date)
            #expect(next.dayNumber == date.dayNumber + 1)
            date = next
        }
    }

    @Test func durations() {
        #expect(TimeSpan(parsing: "8w")?.days == 56)
        #expect(TimeSpan(parsing: "30d")?.days == 30)
        #expect(TimeSpan(parsing: "3m") == nil)
        #expect(TimeSpan(parsing: "d") == nil)
    }
}
