import Foundation

/// A stretch of calendar time a report or a chart covers: a month ("2026-11") or a quarter ("2026-Q4"), in a calendar's time zone.
public struct ProgrammePeriod: Sendable, Hashable, CustomStringConvertible {
    /// Whether the period is a month or a quarter.
    public enum Length: String, Sendable, Hashable {
        case month, quarter
    }

    public var year: Int
    /// The month (1–12) or the quarter (1–4).
    public var number: Int
    public var length: Length

    /// A month; nil when `month` is not 1–12.
    public static func month(_ year: Int, _ month: Int) -> ProgrammePeriod? {
        guard (1...12).contains(month), (1...9999).contains(year) else { return nil }
        return ProgrammePeriod(year: year, number: month, length: .month)
    }

    /// A quarter; nil when `quarter` is not 1–4.
    public static func quarter(_ year: Int, _ quarter: Int) -> ProgrammePeriod? {
        guard (1...4).contains(quarter), (1...9999).contains(year) else { return nil }
        return ProgrammePeriod(year: year, number: quarter, length: .quarter)
    }

    /// Parses "2026-11" (a month) or "2026-Q4" / "2026-q4" (a quarter).
    public init?(text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]) else { return nil }
        let second = parts[1].uppercased()
        if second.hasPrefix("Q"), second.count == 2, let q = Int(second.dropFirst()), let period = ProgrammePeriod.quarter(year, q) {
            self = period
        } else if second.count == 2, second.allSatisfy(\.isNumber), let m = Int(second), let period = ProgrammePeriod.month(year, m) {
            self = period
        } else {
            return nil
        }
    }

    private init(year: Int, number: Int, length: Length) {
        self.year = year
        self.number = number
        self.length = length
    }

    /// The month or quarter containing `date` in `calendar`.
    public static func containing(_ date: Date, length: Length, calendar: Calendar) -> ProgrammePeriod {
        let parts = calendar.dateComponents([.year, .month], from: date)
        let year = parts.year ?? 1970, month = parts.month ?? 1
        return length == .month ? ProgrammePeriod(year: year, number: month, length: .month)
            : ProgrammePeriod(year: year, number: (month - 1) / 3 + 1, length: .quarter)
    }

    /// "2026-11" or "2026-Q4".
    public var description: String {
        length == .month ? String(format: "%04d-%02d", year, number) : String(format: "%04d-Q%d", year, number)
    }

    /// "November 2026" or "Q4 2026 (October–December)".
    public var title: String {
        let names = ProgrammePeriod.monthNames
        switch length {
        case .month: return "\(names[number - 1]) \(year)"
        case .quarter: return "Q\(number) \(year) (\(names[(number - 1) * 3])–\(names[(number - 1) * 3 + 2]))"
        }
    }

    /// The first month of the period (1–12).
    public var firstMonth: Int { length == .month ? number : (number - 1) * 3 + 1 }

    /// The months the period spans, as month periods.
    public var months: [ProgrammePeriod] {
        let count = length == .month ? 1 : 3
        return (0..<count).compactMap { ProgrammePeriod.month(year, firstMonth + $0) }
    }

    /// Midnight at the start of the period in `calendar`'s time zone.
    public func start(in calendar: Calendar) -> Date {
        calendar.date(from: DateComponents(year: year, month: firstMonth, day: 1))!
    }

    /// Midnight at the start of the next period (the end, exclusive).
    public func end(in calendar: Calendar) -> Date {
        calendar.date(byAdding: .month, value: length == .month ? 1 : 3, to: start(in: calendar))!
    }

    /// Whether `date` falls in the period.
    public func contains(_ date: Date, in calendar: Calendar) -> Bool {
        date >= start(in: calendar) && date < end(in: calendar)
    }

    /// The last day of the period.
    public func lastDay(in calendar: Calendar) -> Day {
        Day(end(in: calendar).addingTimeInterval(-1), in: calendar)
    }

    /// The period before this one (of the same length).
    public var previous: ProgrammePeriod {
        switch length {
        case .month: number == 1 ? ProgrammePeriod(year: year - 1, number: 12, length: .month) : ProgrammePeriod(year: year, number: number - 1, length: .month)
        case .quarter: number == 1 ? ProgrammePeriod(year: year - 1, number: 4, length: .quarter) : ProgrammePeriod(year: year, number: number - 1, length: .quarter)
        }
    }

    /// The `count` months ending with the month containing `date`, oldest first.
    public static func months(endingAt date: Date, count: Int, calendar: Calendar) -> [ProgrammePeriod] {
        var month = containing(date, length: .month, calendar: calendar)
        var result: [ProgrammePeriod] = []
        for _ in 0..<max(0, count) {
            result.append(month)
            month = month.previous
        }
        return result.reversed()
    }

    /// Short month names for chart labels ("Nov").
    public var shortName: String {
        length == .month ? String(ProgrammePeriod.monthNames[number - 1].prefix(3)) : "Q\(number)"
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December"]
}
