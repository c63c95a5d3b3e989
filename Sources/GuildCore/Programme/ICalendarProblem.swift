/// Something in an iCalendar file that could not be read as it stood, with the physical line it is on.
public struct ICalendarProblem: Sendable, Equatable, CustomStringConvertible {
    /// 1-based physical line number.
    public var line: Int
    public var message: String

    public init(line: Int, _ message: String) {
        self.line = line
        self.message = message
    }

    /// "line 12: DTSTART \"2026-13-01\" is not a date or date-time".
    public var description: String { "line \(line): \(message)" }
}
