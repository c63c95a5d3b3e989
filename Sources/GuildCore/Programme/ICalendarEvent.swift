import Foundation

/// One VEVENT as read from an iCalendar file: the properties Guild understands, already unescaped and as dates.
public struct ICalendarEvent: Sendable, Equatable {
    /// The physical line its BEGIN:VEVENT is on.
    public var line: Int
    public var uid: String?
    public var summary: String?
    /// DTSTART; for an all-day event, midnight UTC of its first day.
    public var start: Date
    /// DTEND, or DTSTART plus DURATION; nil when the event gave neither. For an all-day event, midnight UTC after its last day.
    public var end: Date?
    /// DTSTART was a DATE (an all-day event), or Outlook marked a midnight-to-midnight event all-day.
    public var isAllDay: Bool
    /// The IANA zone of DTSTART ("Europe/Berlin", "GMT" for UTC): the zone a series repeats in. nil for floating times
    /// (read in the importing calendar's zone) and all-day events.
    public var timeZone: String?
    public var location: String?
    public var description: String?
    public var categories: [String]
    /// STATUS (CONFIRMED, TENTATIVE, CANCELLED), upper-case.
    public var status: String?
    /// The recurrence, when the RRULE is one Guild can keep (COUNT and UNTIL already turned into the last meeting's start).
    public var recurrence: Recurrence?
    /// Starts excluded from the recurrence (EXDATE).
    public var exdates: [Date]
    /// For an override of one meeting of a series: the start it replaces (RECURRENCE-ID).
    public var recurrenceID: Date?
    /// X-GUILD-FORMAT, written by Guild's own export.
    public var guildFormat: String?
    /// X-GUILD-ID, the session id of an override written by Guild's own export.
    public var guildID: String?

    public init(line: Int, uid: String? = nil, summary: String? = nil, start: Date, end: Date? = nil, isAllDay: Bool = false, timeZone: String? = nil,
                location: String? = nil, description: String? = nil, categories: [String] = [], status: String? = nil,
                recurrence: Recurrence? = nil, exdates: [Date] = [], recurrenceID: Date? = nil, guildFormat: String? = nil, guildID: String? = nil) {
        self.line = line
        self.uid = uid
        self.summary = summary
        self.start = start
        self.end = end
        self.isAllDay = isAllDay
        self.timeZone = timeZone
        self.location = location
        self.description = description
        self.categories = categories
        self.status = status
        self.recurrence = recurrence
        self.exdates = exdates
        self.recurrenceID = recurrenceID
        self.guildFormat = guildFormat
        self.guildID = guildID
    }
}
