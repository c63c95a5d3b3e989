import Foundation

/// How the knowledge-sharing programme is doing over recent months (seed 001, step 7: measure and celebrate):
/// sessions by format, attendance and participation, presenters, rotation, ratings, action follow-through and skill coverage.
///
/// Pure: the data, the clock, the calendar and the scope are passed in. A session counts once it is held (status done).
/// Rates are over the scope's people only (a community's members; for the whole programme everyone not away), in both
/// numerator and denominator: guests at a community's sessions and people away are not counted.
public struct ProgrammeHealth: Sendable, Equatable {
    /// One month of the window.
    public struct Month: Sendable, Equatable {
        public var period: ProgrammePeriod
        /// Held sessions per format.
        public var sessionsByFormat: [SessionFormat: Int]
        /// People at each held session (attendees, presenters, facilitator and note-taker), summed.
        public var seats: Int
        /// Distinct people of the scope who attended or contributed.
        public var participants: Int
        /// Distinct people of the scope who presented, facilitated or took notes.
        public var contributors: Int
        /// Distinct presenters.
        public var presenters: Int
        /// Presenters whose first talk ever was this month.
        public var firstTimePresenters: Int
        /// Skills that were not gaps (`KnowledgeGap`) at the month's end.
        public var coveredSkills: Int
        /// Held sessions expected to be documented (`SessionDocumentation.counts`), and how many of them are.
        public var documentable = 0
        public var documented = 0

        /// The share of documentable sessions that are documented; nil when there were none.
        public var documentedShare: Double? { documentable > 0 ? Double(documented) / Double(documentable) : nil }

        /// Held sessions of every format.
        public var sessions: Int { sessionsByFormat.values.reduce(0, +) }

        /// People per held session; 0 when none was held.
        public var averageAttendance: Double { sessions > 0 ? Double(seats) / Double(sessions) : 0 }
    }

    /// The average anonymous rating of one format.
    public struct FormatRating: Sendable, Equatable {
        public var format: SessionFormat
        public var average: Double
        /// How many votes the average is over.
        public var votes: Int
        /// How many sessions had votes.
        public var sessions: Int
    }

    /// The months of the window, oldest first; the last is the month containing `now`.
    public var months: [Month]
    /// How many people the scope counts (members of the community, or everyone not away).
    public var eligible: Int
    /// Distinct people of the scope who attended or contributed in the window.
    public var participants: [UUID]
    /// Distinct people of the scope who presented, facilitated or took notes in the window.
    public var contributors: [UUID]
    /// Distinct presenters in the window.
    public var presenters: [UUID]
    /// People whose first talk ever was in the window, in the order they gave it.
    public var firstTimePresenters: [UUID]
    public var facilitation: RoleRotation
    public var noteTaking: RoleRotation
    /// Average rating per format that had votes, best first.
    public var ratings: [FormatRating]
    /// Action items created in the window.
    public var followThrough: FollowThrough
    /// Skills counted for coverage.
    public var skillCount: Int

    /// Computes the health of `scope` over the `monthCount` months ending with the month containing `now`.
    public init(data: GuildData, now: Date, calendar: Calendar, scope: ProgrammeScope = .all, monthCount: Int = 6) {
        self.init(data: data, months: ProgrammePeriod.months(endingAt: now, count: max(1, monthCount), calendar: calendar),
                  now: now, calendar: calendar, scope: scope)
    }

    /// Computes the health of `scope` over the given consecutive months (a report's period); `now` is the "as of"
    /// moment: it dates coverage, and action items count as they stood at the end of its day.
    public init(data: GuildData, months periods: [ProgrammePeriod], now: Date, calendar: Calendar, scope: ProgrammeScope = .all) {
        let periods = periods.isEmpty ? [ProgrammePeriod.containing(now, length: .month, calendar: calendar)] : periods
        let windowStart = periods.first!.start(in: calendar)
        let windowEnd = periods.last!.end(in: calendar)
        let people = scope.members(in: data)
        let counted = Set(people.map(\.id))
        let held = scope.heldSessions(in: data)
        let inWindow = held.filter { $0.start >= windowStart && $0.start < windowEnd }
        let firstTalks = ProgrammeHealth.firstTalks(in: data)
        let coverage = SkillCoverage(data: data, people: KnowledgeGap.holders(in: scope, data: data))

        months = periods.map { period in
            let start = period.start(in: calendar), end = period.end(in: calendar)
            let sessions = inWindow.filter { $0.start >= start && $0.start < end }
            var byFormat: [SessionFormat: Int] = [:]
            for session in sessions { byFormat[session.format, default: 0] += 1 }
            let presenters = Set(sessions.flatMap(\.presenters))
            let coverageMoment = min(end, max(now, start))
            var seats = 0
            var attending = Set<UUID>(), shaping = Set<UUID>()
            for session in sessions {
                let present = ProgrammeHealth.participants(of: session)
                seats += present.count
                attending.formUnion(present.intersection(counted))
                shaping.formUnion(ProgrammeHealth.contributors(of: session).intersection(counted))
            }
            let firsts = presenters.filter { id in firstTalks[id].map { $0 >= start && $0 < end } ?? false }
            let documentable = sessions.filter(SessionDocumentation.counts)
            return Month(
                period: period, sessionsByFormat: byFormat, seats: seats, participants: attending.count,
                contributors: shaping.count, presenters: presenters.count, firstTimePresenters: firsts.count,
                coveredSkills: coverage.covered(at: coverageMoment), documentable: documentable.count,
                documented: documentable.filter(\.isDocumented).count)
        }
        eligible = people.count
        participants = ProgrammeHealth.ordered(inWindow.flatMap { ProgrammeHealth.participants(of: $0) }.filter(counted.contains))
        contributors = ProgrammeHealth.ordered(inWindow.flatMap { ProgrammeHealth.contributors(of: $0) }.filter(counted.contains))
        let presented = ProgrammeHealth.ordered(inWindow.flatMap(\.presenters))
        presenters = presented
        firstTimePresenters = firstTalks.filter { $0.value >= windowStart && $0.value < windowEnd && presented.contains($0.key) }
            .sorted { ($0.value, $0.key.orderKey) < ($1.value, $1.key.orderKey) }.map(\.key)
        var facilitators: [UUID: Int] = [:], takers: [UUID: Int] = [:]
        for session in inWindow {
            if let id = session.facilitator { facilitators[id, default: 0] += 1 }
            if let id = session.noteTaker { takers[id, default: 0] += 1 }
        }
        facilitation = RoleRotation(counts: facilitators, eligible: people.count)
        noteTaking = RoleRotation(counts: takers, eligible: people.count)
        var votes: [SessionFormat: (sum: Int, count: Int, sessions: Int)] = [:]
        for session in inWindow {
            let given = (session.ratings ?? []).filter { (1...5).contains($0) }
            guard !given.isEmpty else { continue }
            let old = votes[session.format] ?? (0, 0, 0)
            votes[session.format] = (old.sum + given.reduce(0, +), old.count + given.count, old.sessions + 1)
        }
        ratings = votes.map { FormatRating(format: $0.key, average: Double($0.value.sum) / Double($0.value.count), votes: $0.value.count, sessions: $0.value.sessions) }
            .sorted { ($0.average, $1.format.rawValue) > ($1.average, $0.format.rawValue) }
        let created = scope.actions(in: data).filter { $0.createdAt >= windowStart && $0.createdAt < windowEnd && $0.createdAt <= now }
        followThrough = FollowThrough(created, today: Day(now, in: calendar), calendar: calendar)
        skillCount = data.skills.count
    }

    /// The share of the scope's people who attended or contributed in the window (0…1).
    public var participationRate: Double {
        eligible > 0 ? min(1, Double(participants.count) / Double(eligible)) : 0
    }

    /// The share of the scope's people who presented, facilitated or took notes in the window (0…1).
    public var contributionRate: Double {
        eligible > 0 ? min(1, Double(contributors.count) / Double(eligible)) : 0
    }

    /// Held sessions in the window.
    public var sessionsHeld: Int { months.reduce(0) { $0 + $1.sessions } }

    /// Every format held in the window, most sessions first.
    public var formatsHeld: [(format: SessionFormat, count: Int)] {
        var totals: [SessionFormat: Int] = [:]
        for month in months { for (format, count) in month.sessionsByFormat { totals[format, default: 0] += count } }
        return totals.map { (format: $0.key, count: $0.value) }
            .sorted { ($0.count, $1.format.rawValue) > ($1.count, $0.format.rawValue) }
    }

    /// Everyone at a session: attendees, presenters, facilitator and note-taker.
    public static func participants(of session: Session) -> Set<UUID> {
        var people = Set(session.attendees)
        people.formUnion(contributors(of: session))
        return people
    }

    /// The people who gave a session its shape: presenters, facilitator and note-taker.
    public static func contributors(of session: Session) -> Set<UUID> {
        var people = Set(session.presenters)
        if let id = session.facilitator { people.insert(id) }
        if let id = session.noteTaker { people.insert(id) }
        return people
    }

    /// When each person first presented at a held session, across the whole programme.
    public static func firstTalks(in data: GuildData) -> [UUID: Date] {
        var first: [UUID: Date] = [:]
        for session in data.sessions.values where session.status == .done {
            for person in session.presenters where first[person].map({ session.start < $0 }) ?? true {
                first[person] = session.start
            }
        }
        return first
    }

    private static func ordered(_ ids: [UUID]) -> [UUID] {
        Set(ids).sorted { $0.orderKey < $1.orderKey }
    }
}
