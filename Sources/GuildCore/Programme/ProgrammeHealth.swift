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
        // Only counted and looked up here, so never sorted.
        let people = scope.members(in: data)
        let counted = Set(people.map(\.id))
        let firstTalks = ProgrammeHealth.firstTalks(in: data)
        let coverage = SkillCoverage(data: data, people: KnowledgeGap.holders(in: scope, data: data))
        let bounds = periods.map { (start: $0.start(in: calendar), end: $0.end(in: calendar)) }

        // One pass over the held sessions of the window, each read in place (no copies, no sort: everything below is a
        // count, a sum or a set), into its month's tallies and the window's.
        var tallies = [MonthTally](repeating: MonthTally(), count: periods.count)
        var participantsSeen = Set<UUID>(), contributorsSeen = Set<UUID>(), presentersSeen = Set<UUID>()
        var facilitators: [UUID: Int] = [:], takers: [UUID: Int] = [:]
        var votes: [SessionFormat: (sum: Int, count: Int, sessions: Int)] = [:]
        for session in data.sessions.values where session.status == .done && session.start >= windowStart && session.start < windowEnd {
            guard scope.includes(session, in: data) else { continue }
            let everyone = ProgrammeHealth.participants(of: session)
            let present = everyone.intersection(counted)
            let shaping = ProgrammeHealth.contributors(of: session)
            if let month = bounds.firstIndex(where: { session.start >= $0.start && session.start < $0.end }) {
                tallies[month].byFormat[session.format, default: 0] += 1
                tallies[month].presenters.formUnion(session.presenters)
                tallies[month].seats += everyone.count
                tallies[month].attending.formUnion(present)
                tallies[month].shaping.formUnion(shaping.intersection(counted))
                if SessionDocumentation.counts(session) {
                    tallies[month].documentable += 1
                    if session.isDocumented { tallies[month].documented += 1 }
                }
            }
            participantsSeen.formUnion(present)
            contributorsSeen.formUnion(shaping.intersection(counted))
            presentersSeen.formUnion(session.presenters)
            if let id = session.facilitator { facilitators[id, default: 0] += 1 }
            if let id = session.noteTaker { takers[id, default: 0] += 1 }
            let given = (session.ratings ?? []).filter { (1...5).contains($0) }
            if !given.isEmpty {
                let old = votes[session.format] ?? (0, 0, 0)
                votes[session.format] = (old.sum + given.reduce(0, +), old.count + given.count, old.sessions + 1)
            }
        }

        months = periods.indices.map { index in
            let (period, tally) = (periods[index], tallies[index])
            let (start, end) = bounds[index]
            let firsts = tally.presenters.filter { id in firstTalks[id].map { $0 >= start && $0 < end } ?? false }
            return Month(
                period: period, sessionsByFormat: tally.byFormat, seats: tally.seats, participants: tally.attending.count,
                contributors: tally.shaping.count, presenters: tally.presenters.count, firstTimePresenters: firsts.count,
                coveredSkills: coverage.covered(at: min(end, max(now, start))), documentable: tally.documentable,
                documented: tally.documented)
        }
        eligible = people.count
        participants = ProgrammeHealth.ordered(participantsSeen)
        contributors = ProgrammeHealth.ordered(contributorsSeen)
        presenters = ProgrammeHealth.ordered(presentersSeen)
        firstTimePresenters = firstTalks.filter { $0.value >= windowStart && $0.value < windowEnd && presentersSeen.contains($0.key) }
            .sorted { ($0.value, $0.key.orderKey) < ($1.value, $1.key.orderKey) }.map(\.key)
        facilitation = RoleRotation(counts: facilitators, eligible: people.count)
        noteTaking = RoleRotation(counts: takers, eligible: people.count)
        ratings = votes.map { FormatRating(format: $0.key, average: Double($0.value.sum) / Double($0.value.count), votes: $0.value.count, sessions: $0.value.sessions) }
            .sorted { ($0.average, $1.format.rawValue) > ($1.average, $0.format.rawValue) }
        // Action items created in the window, read in place and copied only when they count.
        let created = data.actions.values.filter {
            $0.createdAt >= windowStart && $0.createdAt < windowEnd && $0.createdAt <= now && scope.includes($0, in: data)
        }
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

    private static func ordered(_ ids: Set<UUID>) -> [UUID] {
        ids.sorted { $0.orderKey < $1.orderKey }
    }

    /// What one month of the window adds up while the sessions are read.
    private struct MonthTally {
        var byFormat: [SessionFormat: Int] = [:]
        var seats = 0
        var attending = Set<UUID>(), shaping = Set<UUID>(), presenters = Set<UUID>()
        var documentable = 0, documented = 0
    }
}
