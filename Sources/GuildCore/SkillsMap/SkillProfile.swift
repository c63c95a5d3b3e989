import Foundation

/// The skills map's skill view: people ranked by level and interest, who taught it, and coverage over time.
public struct SkillProfile: Sendable, Equatable {
    public var skillID: UUID
    /// Everyone who rated it or wants it: highest level first, then happy to teach, then wants to learn, then name.
    public var people: [(personID: UUID, rating: SkillRating)]
    /// Sessions about the skill (a linked topic, or its name in the title or outcome), newest first, with presenters.
    public var taughtIn: [Session]
    /// Coverage (people at level 3+) at the end of each recent month.
    public var history: SkillCoverageHistory

    public init(skill: UUID, in data: GuildData, now: Date, calendar: Calendar) {
        skillID = skill
        let ratings = CurrentRatings(data)
        let people = data.people.values.compactMap { person in
            ratings.rating(person.id, skill).flatMap { $0.level > .none || $0.wantsToLearn ? (person.id, $0) : nil }
        }
        self.people = people.sorted { a, b in
            let ka = (a.1.level.rawValue, a.1.happyToTeach ? 1 : 0, a.1.wantsToLearn ? 1 : 0)
            let kb = (b.1.level.rawValue, b.1.happyToTeach ? 1 : 0, b.1.wantsToLearn ? 1 : 0)
            if ka != kb { return ka > kb }
            return SkillsMatrix.personOrder(data.people[a.0]!, data.people[b.0]!)
        }
        let name = data.skills[skill].map { QueryWords($0.name) }
        let linked = Set(data.topics.values.filter { $0.skillIDs.contains(skill) }.compactMap(\.sessionID))
        taughtIn = data.sessions.values.filter { session in
            guard session.status != .cancelled, !session.presenters.isEmpty else { return false }
            if linked.contains(session.id) { return true }
            guard let name, !name.isEmpty else { return false }
            return name.score(session.title + " " + session.desiredOutcome) >= 1
        }.sorted { ($0.start, $0.id.orderKey) > ($1.start, $1.id.orderKey) }
        history = SkillCoverageHistory(skill: skill, in: data, now: now, calendar: calendar)
    }

    /// Presenters of past sessions about the skill, most sessions first.
    public func teachers(before now: Date) -> [UUID] {
        var counts: [UUID: Int] = [:]
        for session in taughtIn where session.start <= now { for person in session.presenters { counts[person, default: 0] += 1 } }
        return counts.sorted { ($0.value, $1.key.orderKey) > ($1.value, $0.key.orderKey) }.map(\.key)
    }

    public static func == (a: SkillProfile, b: SkillProfile) -> Bool {
        a.skillID == b.skillID && a.taughtIn == b.taughtIn && a.history == b.history
            && a.people.map(\.personID) == b.people.map(\.personID) && a.people.map(\.rating) == b.people.map(\.rating)
    }
}
