import Foundation

/// One person's own view ("what is on my plate"): open action items, roles in upcoming sessions, learning goals with
/// who teaches them, the pair of the current round and recent kudos. Pure: the clock and calendar are passed in.
public struct MyWeek: Sendable, Equatable {
    /// A role a person holds in a session.
    public enum Role: String, Sendable, Hashable, CaseIterable {
        case facilitator, noteTaker, presenter

        /// The role in words ("note-taker").
        public var label: String {
            switch self {
            case .facilitator: "facilitator"
            case .noteTaker: "note-taker"
            case .presenter: "presenter"
            }
        }
    }

    /// An upcoming meeting where the person holds at least one role.
    public struct RoleInSession: Sendable, Equatable {
        public var occurrence: SessionOccurrence
        /// Facilitator, note-taker, presenter, in that order.
        public var roles: [Role]
    }

    /// A skill the person wants to learn, the people who can teach it and the upcoming sessions about it.
    public struct LearningGoal: Sendable, Equatable {
        public var skillID: UUID
        public var level: SkillLevel
        /// People who can teach it (`CurrentRatings.canTeach`): present before away, expert first, then by name.
        public var teachers: [UUID]
        /// Upcoming meetings about the skill (a linked topic, or its name in the title or outcome), soonest first.
        public var sessions: [SessionOccurrence]
    }

    /// The person's group in the current pairing round: the round, when it was drawn, the others in the group and
    /// the skill that brought them together (the same shape as a pairing in the partner index).
    public typealias Pairing = PartnerIndex.Pairing

    public var personID: UUID
    /// The day "overdue" is measured against.
    public var today: Day
    /// Open items the person owns: overdue first (oldest due first), then by due day, undated last.
    public var actions: [ActionItem]
    /// Upcoming meetings (within the horizon) where the person facilitates, takes notes or presents, soonest first.
    public var roles: [RoleInSession]
    /// Skills the person wants to learn and is not yet proficient in, by skill name.
    public var goals: [LearningGoal]
    /// When the current pairing round (the latest drawn by now) was drawn; nil when none was.
    public var roundDrawnAt: Date?
    /// The person's group in the current round; nil when there is no round or they sit it out.
    public var pair: Pairing?
    /// Learnings that gave the person kudos in the kudos window, newest first.
    public var kudos: [Learning]
    /// Held sessions the person facilitated or presented that are not yet documented (no key takeaways, no recording)
    /// `documentAfterDays` after they ended, oldest first.
    public var undocumented: [Session]
    /// The days a session may stay undocumented before it is listed.
    public var documentAfterDays: Int

    /// Builds the view for `person` at `now`: sessions up to `horizonDays` ahead, kudos from the last `kudosDays` days.
    /// `ratings` are the data's current ratings when the caller keeps them.
    public init(person: UUID, in data: GuildData, now: Date, calendar: Calendar, horizonDays: Int = 14, kudosDays: Int = 30,
                documentAfterDays: Int = SessionDocumentation.defaultDays, ratings known: CurrentRatings? = nil) {
        personID = person
        self.documentAfterDays = documentAfterDays
        undocumented = SessionDocumentation.overdue(in: data, now: now, days: documentAfterDays, for: person)
        let today = Day(now, in: calendar)
        self.today = today
        actions = OpenActions.list(in: data, today: today, owner: person)

        let upcoming = UpcomingSessions.list(in: data, now: now, calendar: calendar, horizonDays: horizonDays)
        roles = upcoming.compactMap { occurrence in
            let session = occurrence.session
            var held: [Role] = []
            if session.facilitator == person { held.append(.facilitator) }
            if session.noteTaker == person { held.append(.noteTaker) }
            if session.presenters.contains(person) { held.append(.presenter) }
            return held.isEmpty ? nil : RoleInSession(occurrence: occurrence, roles: held)
        }

        let ratings = known ?? CurrentRatings(data)
        // Name order by precomputed keys: a locale-aware comparison per pair was most of opening the week at org scale.
        let others = SkillsMatrix.sortedPeople(data.people.values.filter { $0.id != person })
        goals = ratings.ratings(of: person).values
            .filter { data.skills[$0.skillID] != nil && ratings.wantsToLearn(person, $0.skillID) }
            .map { rating in
                let skillID = rating.skillID
                let teachers = others.filter { ratings.canTeach($0.id, skillID) }
                let ordered = teachers.enumerated().sorted { a, b in
                    let ka = (a.element.isAway ? 1 : 0, -ratings.level(a.element.id, skillID).rawValue, a.offset)
                    let kb = (b.element.isAway ? 1 : 0, -ratings.level(b.element.id, skillID).rawValue, b.offset)
                    return ka < kb
                }.map(\.element.id)
                return LearningGoal(skillID: skillID, level: rating.level, teachers: ordered,
                                    sessions: upcoming.filter { Self.isAbout(skillID, $0.session, in: data) })
            }
            .sorted { a, b in
                let order = TextOrder.compare(data.skills[a.skillID]!.name, data.skills[b.skillID]!.name)
                return order == .orderedSame ? a.skillID.precedes(b.skillID) : order == .orderedAscending
            }

        let rounds = data.pairingRounds.values.filter { $0.drawnAt <= now }
        if let round = rounds.max(by: { ($0.drawnAt, $0.id.uuidString) < ($1.drawnAt, $1.id.uuidString) }) {
            roundDrawnAt = round.drawnAt
            pair = round.group(of: person).map { group in
                Pairing(roundID: round.id, drawnAt: round.drawnAt, partners: group.members.filter { $0 != person },
                        skillID: group.skillID, teacher: group.teacher, learner: group.learner)
            }
        }

        let since = now.addingTimeInterval(-TimeInterval(kudosDays) * 86_400)
        kudos = data.learnings.values
            .filter { $0.kudosTo.contains(person) && $0.createdAt >= since && $0.createdAt <= now }
            .sorted { ($0.createdAt, $0.id.uuidString) > ($1.createdAt, $1.id.uuidString) }
    }

    /// How many of the action items are overdue (they come first).
    public var overdueCount: Int { actions.prefix { $0.isOverdue(today: today) }.count }

    /// Whether a session is about a skill: a topic linked to the skill was scheduled as it, or the skill's name is in
    /// its title or desired outcome (the skills map's skill view uses the same rule for past sessions).
    public static func isAbout(_ skillID: UUID, _ session: Session, in data: GuildData) -> Bool {
        let sessionIDs = [session.id, session.seriesID].compactMap { $0 }
        if data.topics.values.contains(where: { topic in topic.skillIDs.contains(skillID) && topic.sessionID.map(sessionIDs.contains) == true }) {
            return true
        }
        guard let skill = data.skills[skillID] else { return false }
        let words = QueryWords(skill.name)
        return !words.isEmpty && words.score(session.title + " " + session.desiredOutcome) >= 1
    }
}
