import Foundation

/// One weekday of a repeat (an RRULE BYDAY entry): "MO" every Monday, "1WE" the first Wednesday, "-1FR" the last Friday
/// of the month (or of the year, for a yearly repeat without months). Stored as that text.
public struct RecurrenceWeekday: Codable, Sendable, Hashable, CustomStringConvertible {
    /// A day of the week, by its RFC 5545 two-letter name.
    public enum Weekday: String, CaseIterable, Codable, Sendable {
        case sunday = "SU", monday = "MO", tuesday = "TU", wednesday = "WE", thursday = "TH", friday = "FR", saturday = "SA"

        /// Foundation's weekday number: 1 Sunday … 7 Saturday.
        public var number: Int { Self.allCases.firstIndex(of: self)! + 1 }

        /// The weekday of Foundation's number (1 Sunday … 7 Saturday).
        public init(number: Int) {
            self = Self.allCases[((number - 1) % 7 + 7) % 7]
        }

        /// "Mon".
        public var shortName: String { ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][number - 1] }
    }

    public var weekday: Weekday
    /// Which one in the month or year: 1 the first, -1 the last; nil means every one.
    public var ordinal: Int?

    public init(_ weekday: Weekday, ordinal: Int? = nil) {
        self.weekday = weekday
        self.ordinal = ordinal
    }

    /// Reads "MO", "1WE", "+2TU", "-1FR" (any case); nil when it is not one.
    public init?(rule text: String) {
        let upper = text.trimmingCharacters(in: .whitespaces).uppercased()
        guard upper.count >= 2, let weekday = Weekday(rawValue: String(upper.suffix(2))) else { return nil }
        let number = upper.dropLast(2)
        if number.isEmpty {
            self.init(weekday)
            return
        }
        let digits = number.first == "+" || number.first == "-" ? number.dropFirst() : number
        guard !digits.isEmpty, digits.count <= 2, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(number.replacingOccurrences(of: "+", with: "")),
              value != 0, (-53...53).contains(value) else { return nil }
        self.init(weekday, ordinal: value)
    }

    /// "MO", "1WE", "-1FR".
    public var description: String { (ordinal.map(String.init) ?? "") + weekday.rawValue }

    /// "Mon", "1st Wed", "last Fri".
    public var summary: String {
        guard let ordinal else { return weekday.shortName }
        return Recurrence.ordinal(ordinal) + " " + weekday.shortName
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = RecurrenceWeekday(rule: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected a weekday such as MO, 1WE or -1FR, found \"\(text)\"")
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
