import Foundation

/// The backlog of session proposals: open ones by votes, and scheduling a topic as a session in one step.
public enum TopicBacklog {
    /// Proposed topics by votes (most first), then oldest first; scheduled, done and dropped ones follow when `all`.
    public static func ordered(_ data: GuildData, all: Bool = false) -> [Topic] {
        let rank: [Topic.Status: Int] = [.proposed: 0, .scheduled: 1, .done: 2, .dropped: 3]
        return data.topics.values.filter { all || $0.status == .proposed }.sorted { a, b in
            if a.status != b.status { return rank[a.status]! < rank[b.status]! }
            if a.votes.count != b.votes.count { return a.votes.count > b.votes.count }
            return (a.createdAt, a.id.orderKey) < (b.createdAt, b.id.orderKey)
        }
    }

    /// The session a topic becomes, and the topic marked scheduled and linked to it. Presenters are the topic's
    /// suggestions (or the best present teacher of its skills); voters are invited.
    public static func schedule(_ topic: Topic, in data: GuildData, start: Date, format: SessionFormat = .techTalk,
                                minutes: Int = 45, now: Date, sessionID: UUID = UUID()) -> (session: Session, topic: Topic) {
        var presenters = topic.suggestedPresenters.filter { data.people[$0].map { !$0.isAway } ?? false }
        if presenters.isEmpty {
            let ratings = CurrentRatings(data)
            let teacher = SkillsMatrix.inPersonOrder(data.people.values.filter { !$0.isAway }).max { a, b in
                let la = topic.skillIDs.map { ratings.level(a.id, $0).rawValue }.max() ?? 0
                let lb = topic.skillIDs.map { ratings.level(b.id, $0).rawValue }.max() ?? 0
                return la < lb
            }
            if let teacher { presenters = [teacher.id] }
        }
        let session = Session(id: sessionID, title: topic.title, format: format, desiredOutcome: topic.details,
                              start: start, durationMinutes: minutes, presenters: presenters,
                              attendees: topic.votes.filter { !presenters.contains($0) }, status: .planned, updatedAt: now)
        var scheduled = topic
        scheduled.status = .scheduled
        scheduled.sessionID = session.id
        scheduled.updatedAt = now
        return (session, scheduled)
    }

    /// The topic with a vote from `person` added, or taken back when already there.
    public static func toggleVote(_ topic: Topic, by person: UUID, now: Date) -> Topic {
        var topic = topic
        if let index = topic.votes.firstIndex(of: person) { topic.votes.remove(at: index) } else { topic.votes.append(person) }
        topic.updatedAt = now
        return topic
    }
}
