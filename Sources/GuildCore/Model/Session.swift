import Foundation

/// A planned or past knowledge-sharing session: what, when, who, and the agenda that gives it structure.
public struct Session: Record, Hashable {
    public static let kind = RecordKind.session

    /// Where a session is in its life.
    public enum Status: String, CaseIterable, Codable, Sendable {
        case planned, live, done, cancelled
    }

    public var id: UUID
    public var title: String
    public var format: SessionFormat
    /// What the session should leave people with (seed 000: plan topic, format and desired outcome).
    public var desiredOutcome: String
    /// Longer description in Markdown.
    public var details: String?
    public var start: Date
    public var durationMinutes: Int
    /// A room or a link.
    public var location: String
    public var facilitator: UUID?
    public var presenters: [UUID]
    public var noteTaker: UUID?
    public var attendees: [UUID]
    public var status: Status
    public var agenda: [AgendaItem]
    public var recurrence: Recurrence?
    /// The IANA time zone its wall-clock time belongs to ("Europe/Berlin"): a series repeats at that local time in that
    /// zone, so it keeps its hour across daylight-saving changes for a viewer anywhere. nil (records written before it
    /// existed, floating calendar times): the viewer's own zone.
    public var timeZone: String?
    /// An all-day session: `start` is midnight UTC of its first day and `durationMinutes` whole days; it shows as those
    /// days in every time zone, never as hours. nil means false.
    public var allDay: Bool?
    public var communityID: UUID?
    /// For one held occurrence of a recurring session: the recurring session it belongs to.
    public var seriesID: UUID?
    /// For a held occurrence of a series: the start the series gave it (a calendar's RECURRENCE-ID), kept when the
    /// meeting moves; nil when it never moved (then it is `start`).
    public var originalStart: Date?
    /// Anonymous 1–5 ratings collected at the meeting's wrap-up; nil when none were asked for.
    public var ratings: [Int]?
    /// For a series: true when its facilitator is fixed (the role holder, seed 003) and only the note-taker rotates;
    /// nil or false when both roles rotate.
    public var fixedFacilitator: Bool?
    /// The UID of the calendar event it was imported from: exports write it back, so a calendar updates that event
    /// instead of adding a copy. nil for sessions made in Guild (their UID is made from the id).
    public var calendarUID: String?
    /// Materials: the recording, slides, a demo or prototype, documents (issue 20: documented sessions); nil when none.
    public var links: [SessionLink]?
    /// Key takeaways in short Markdown, written after the session; nil or empty when none yet.
    public var takeaways: String?
    public var updatedAt: Date

    public init(id: UUID = UUID(), title: String, format: SessionFormat, desiredOutcome: String = "",
                details: String? = nil, start: Date, durationMinutes: Int = 60, location: String = "",
                facilitator: UUID? = nil, presenters: [UUID] = [], noteTaker: UUID? = nil, attendees: [UUID] = [],
                status: Status = .planned, agenda: [AgendaItem] = [], recurrence: Recurrence? = nil, timeZone: String? = nil,
                allDay: Bool? = nil, communityID: UUID? = nil, seriesID: UUID? = nil, originalStart: Date? = nil, ratings: [Int]? = nil,
                fixedFacilitator: Bool? = nil, calendarUID: String? = nil, links: [SessionLink]? = nil, takeaways: String? = nil,
                updatedAt: Date) {
        self.id = id
        self.title = title
        self.format = format
        self.desiredOutcome = desiredOutcome
        self.details = details
        self.start = start
        self.durationMinutes = durationMinutes
        self.location = location
        self.facilitator = facilitator
        self.presenters = presenters
        self.noteTaker = noteTaker
        self.attendees = attendees
        self.status = status
        self.agenda = agenda
        self.recurrence = recurrence
        self.communityID = communityID
        self.seriesID = seriesID
        self.ratings = ratings
        self.fixedFacilitator = fixedFacilitator
        self.timeZone = timeZone
        self.allDay = allDay
        self.originalStart = originalStart
        self.calendarUID = calendarUID
        self.links = links
        self.takeaways = takeaways
        self.updatedAt = updatedAt
    }

    /// True for an all-day session.
    public var isAllDay: Bool { allDay == true }

    /// For a held occurrence of a series, the series' start it stands for (where the series itself no longer meets).
    public var seriesSlot: Date { originalStart ?? start }

    /// The identifier of a calendar's time zone, to keep on a session made in it; nil when it is not one that reads back.
    public static func zoneIdentifier(of calendar: Calendar) -> String? {
        let identifier = calendar.timeZone.identifier
        return TimeZone(identifier: identifier) == nil ? nil : identifier
    }

    /// The longest an all-day session may last, in days.
    public static let maxAllDayDays = 31

    public mutating func visitText(_ visit: (inout String, _ field: String, _ limit: Int) -> Void) {
        visit(&title, "title", TextLimit.title)
        visit(&desiredOutcome, "desired outcome", TextLimit.line)
        visit(&location, "location", TextLimit.title)
        if var value = details {
            visit(&value, "details", TextLimit.document)
            details = value
        }
        for index in agenda.indices {
            visit(&agenda[index].title, "agenda item title", TextLimit.title)
        }
        if var value = takeaways {
            visit(&value, "takeaways", TextLimit.paragraph)
            takeaways = value
        }
        if var materials = links {
            for index in materials.indices {
                if var title = materials[index].title {
                    visit(&title, "link title", TextLimit.title)
                    materials[index].title = title
                }
            }
            links = materials
        }
    }

    /// Its materials (none when nil).
    public var materials: [SessionLink] { links ?? [] }

    /// Whether it has key takeaways written.
    public var hasTakeaways: Bool { !(takeaways ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }

    /// Whether it is documented: it has key takeaways or a recording.
    public var isDocumented: Bool { hasTakeaways || materials.contains { $0.kind == .recording } }

    /// The time the session is planned to end.
    public var end: Date { start.addingTimeInterval(TimeInterval(durationMinutes * 60)) }

    /// The facilitator every meeting of this series keeps, when it has a fixed one.
    public var keptFacilitator: UUID? { fixedFacilitator == true ? facilitator : nil }

    /// The sum of the agenda's timeboxes, in minutes.
    public var agendaMinutes: Int { agenda.reduce(0) { $0 + $1.minutes } }

    public func validate() throws(ValidationError) {
        try Check.notBlank(title, field: "title")
        try TextLimit.check(self)
        if isAllDay {
            guard durationMinutes % (24 * 60) == 0, (1...Self.maxAllDayDays).contains(durationMinutes / (24 * 60)) else {
                throw ValidationError(field: "duration", "an all-day session lasts 1–\(Self.maxAllDayDays) whole days")
            }
        } else {
            guard (1...(24 * 60)).contains(durationMinutes) else {
                throw ValidationError(field: "duration", "must be between 1 minute and 24 hours")
            }
        }
        if let timeZone, TimeZone(identifier: timeZone) == nil {
            throw ValidationError(field: "time zone", "\"\(timeZone)\" is not a known time zone (such as Europe/Berlin)")
        }
        try recurrence?.validate()
        for item in agenda {
            try item.validate()
        }
        for link in materials {
            try link.validate()
        }
        if let ratings, ratings.contains(where: { !(1...5).contains($0) }) {
            throw ValidationError(field: "ratings", "ratings must be between 1 and 5")
        }
        if let recurrence, let until = recurrence.until, until < start {
            throw ValidationError(field: "recurrence", "ends before the session starts")
        }
    }
}

/// One timeboxed point on a session's agenda; a round walks through every attendee in turn.
public struct AgendaItem: Codable, Sendable, Hashable, Identifiable {
    public var id: UUID
    public var title: String
    /// The timebox in minutes.
    public var minutes: Int
    /// Who leads this item, if not the facilitator.
    public var owner: UUID?
    /// A round: everyone speaks in turn ("successes", "frustrations", "learnings", "pairing experiences").
    public var isRound: Bool

    public init(id: UUID = UUID(), title: String, minutes: Int, owner: UUID? = nil, isRound: Bool = false) {
        self.id = id
        self.title = title
        self.minutes = minutes
        self.owner = owner
        self.isRound = isRound
    }

    public func validate() throws(ValidationError) {
        try Check.notBlank(title, field: "agenda item title")
        guard (1...600).contains(minutes) else {
            throw ValidationError(field: "timebox", "\"\(title)\" needs a timebox of 1–600 minutes")
        }
    }
}
