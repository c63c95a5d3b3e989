import Foundation

/// The agenda proposals of one coming meeting with their dots (Lean Coffee): ordered by votes, each person's dots
/// counted up to the limit, and which proposals are already on the meeting's agenda.
public struct ProposalBoard: Sendable, Equatable {
    /// One proposal with the dots that count for it.
    public struct Entry: Sendable, Equatable, Identifiable {
        public var proposal: AgendaProposal
        /// The people whose dot on it counts, earliest first.
        public var voters: [UUID]
        /// Whether the meeting's agenda has it.
        public var accepted: Bool
        public var id: UUID { proposal.id }
        /// Its counted dots.
        public var votes: Int { voters.count }
    }

    /// Why a dot was not given.
    public enum Refusal: Error, Equatable {
        /// The person has used every dot they have for this meeting (on these proposals).
        case noDotsLeft(limit: Int, usedOn: [AgendaProposal])
        /// The proposal is already on the agenda.
        case alreadyAccepted(AgendaProposal)
    }

    /// What voting on a proposal does: gives a dot, or takes the person's dot back.
    public enum DotChange: Sendable, Equatable {
        case give(ProposalDot)
        case takeBack(ProposalDot)
    }

    /// Dots a person has for one meeting when the store does not say otherwise.
    public static let defaultDots = 3
    /// The dots a store may give each person.
    public static let dotsRange = 1...50

    /// The meeting.
    public let meeting: MeetingSlot
    /// Dots each person has for the meeting.
    public let dotsPerPerson: Int
    /// Its proposals, most votes first (then the earliest proposed).
    public let entries: [Entry]
    /// Every dot on its proposals by voter, counted or not, earliest first.
    private let dotsByVoter: [UUID: [ProposalDot]]

    /// The board of `meeting` in `data`, each person having `dotsPerPerson` dots.
    public init(meeting: MeetingSlot, data: GuildData, dotsPerPerson: Int = ProposalBoard.defaultDots) {
        self.meeting = meeting
        self.dotsPerPerson = dotsPerPerson
        let proposals = data.proposals.values.filter { $0.meeting == meeting }
        let ids = Set(proposals.map(\.id))
        var byVoter: [UUID: [ProposalDot]] = [:]
        for dot in data.proposalDots.values where ids.contains(dot.proposalID) {
            byVoter[dot.voter, default: []].append(dot)
        }
        var voters: [UUID: [(Date, UUID)]] = [:]
        for (voter, dots) in byVoter {
            let sorted = dots.sorted { ($0.updatedAt, $0.id.orderKey) < ($1.updatedAt, $1.id.orderKey) }
            byVoter[voter] = sorted
            // Two clones may together hold more dots than allowed: the earliest count.
            for dot in sorted.prefix(dotsPerPerson) { voters[dot.proposalID, default: []].append((dot.updatedAt, voter)) }
        }
        dotsByVoter = byVoter
        let agenda = Set(meeting.record(in: data)?.agenda.map(\.id) ?? [])
        entries = proposals.map { proposal in
            Entry(proposal: proposal,
                  voters: (voters[proposal.id] ?? []).sorted { ($0.0, $0.1.orderKey) < ($1.0, $1.1.orderKey) }.map(\.1),
                  accepted: agenda.contains(proposal.id))
        }.sorted { a, b in
            if a.votes != b.votes { return a.votes > b.votes }
            if a.proposal.createdAt != b.proposal.createdAt { return a.proposal.createdAt < b.proposal.createdAt }
            return a.proposal.id.orderKey < b.proposal.id.orderKey
        }
    }

    /// The proposals still to accept, in the board's order.
    public var open: [Entry] { entries.filter { !$0.accepted } }

    /// The dots `person` has given for this meeting that count.
    public func dotsUsed(by person: UUID) -> Int {
        min(dotsPerPerson, dotsByVoter[person]?.count ?? 0)
    }

    /// The dots `person` may still give.
    public func dotsLeft(for person: UUID) -> Int {
        dotsPerPerson - dotsUsed(by: person)
    }

    /// Whether `person` has a dot on `proposal` (counted or not).
    public func hasDot(_ person: UUID, on proposal: UUID) -> Bool {
        dotsByVoter[person]?.contains { $0.proposalID == proposal } ?? false
    }

    /// What `person` voting on `proposal` does: takes their dot back when they have one on it, else gives one —
    /// refused when they have no dot left, or when the proposal is already on the agenda.
    public func vote(on proposal: AgendaProposal, by person: UUID, now: Date) throws(Refusal) -> DotChange {
        if let dot = dotsByVoter[person]?.first(where: { $0.proposalID == proposal.id }) { return .takeBack(dot) }
        if entries.first(where: { $0.id == proposal.id })?.accepted == true { throw .alreadyAccepted(proposal) }
        let used = dotsByVoter[person] ?? []
        guard used.count < dotsPerPerson else {
            let titles = Dictionary(entries.map { ($0.id, $0.proposal) }, uniquingKeysWith: { a, _ in a })
            throw .noDotsLeft(limit: dotsPerPerson, usedOn: used.compactMap { titles[$0.proposalID] })
        }
        return .give(ProposalDot(proposalID: proposal.id, voter: person, at: now))
    }
}

extension ProposalBoard {
    /// The next meeting people propose for when they name none: the soonest planned meeting of a series that has not
    /// ended, else the soonest planned session.
    public static func nextMeeting(in data: GuildData, now: Date, calendar: Calendar) -> SessionOccurrence? {
        let upcoming = UpcomingSessions.list(in: data, now: now, calendar: calendar, horizonDays: 400)
            .filter { $0.session.status == .planned }
        return upcoming.first { $0.session.recurrence != nil || $0.session.seriesID != nil } ?? upcoming.first
    }

    /// The next meeting of `session` still to hold: for a series, its soonest repeat that has not ended and is not
    /// live, held or cancelled; for a planned session that has not ended, itself; nil when there is none.
    public static func nextMeeting(of session: Session, in data: GuildData, now: Date, calendar: Calendar) -> SessionOccurrence? {
        guard session.recurrence != nil else {
            guard session.status == .planned, session.end > now else { return nil }
            return UpcomingSessions.occurrences(of: session, from: now, to: session.end, calendar: calendar).first
                ?? SessionOccurrence(session: session, start: session.start, index: 0)
        }
        let horizon = calendar.date(byAdding: .day, value: 400, to: now)!
        let held = data.sessions.values.filter { $0.seriesID == session.id }
        return UpcomingSessions.occurrences(of: session, from: now, to: horizon, calendar: calendar).first { occurrence in
            !held.contains { $0.seriesSlot == occurrence.slot && $0.status != .planned }
        }
    }

    /// The meeting's record with `proposal` added to the end of its agenda as an item of the same id (its title, its
    /// minutes, the proposer leading it); nil when the agenda has it already. `record` is the meeting's held record
    /// (`MeetingSlot.record`) or a new one (`HeldSession.record`).
    public static func accepting(_ proposal: AgendaProposal, into record: Session, now: Date) -> Session? {
        guard !record.agenda.contains(where: { $0.id == proposal.id }) else { return nil }
        var session = record
        session.agenda.append(AgendaItem(id: proposal.id, title: proposal.title, minutes: proposal.minutes, owner: proposal.proposedBy))
        session.updatedAt = now
        return session
    }
}
