import Foundation

/// One piece of evidence that a person knows about a question.
public enum WhoToAskReason: Sendable, Hashable {
    /// Rated in a skill whose name or category matches.
    case skill(skillID: UUID, level: SkillLevel, happyToTeach: Bool)
    /// Presented or facilitated a held session about it.
    case talk(sessionID: UUID)
    /// Will present or facilitate a planned session about it.
    case plannedTalk(sessionID: UUID)
    /// Named as an expert of a catalogue solution about it.
    case solution(solutionID: UUID)
    /// Suggested as presenter of a proposed topic about it.
    case topic(topicID: UUID)
    /// Logged a learning about it, or was applauded in one.
    case learning(learningID: UUID)

    /// One short line for people ("Kubernetes: 4 expert / can teach, happy to teach").
    public func text(in data: GuildData) -> String {
        switch self {
        case let .skill(skillID, level, teaches):
            let name = data.skills[skillID]?.name ?? "a skill"
            return "\(name): \(level.rawValue) \(level.name)" + (teaches ? ", happy to teach" : "")
        case .talk(let sessionID):
            guard let session = data.sessions[sessionID] else { return "gave a session" }
            return "gave “\(session.title)” (\(session.format.name))"
        case .plannedTalk(let sessionID):
            guard let session = data.sessions[sessionID] else { return "will give a session" }
            return "will give “\(session.title)” (\(session.format.name))"
        case .solution(let solutionID):
            return "knows the solution for “\(data.solutions[solutionID]?.need ?? "a need")”"
        case .topic(let topicID):
            return "suggested to present “\(data.topics[topicID]?.title ?? "a topic")”"
        case .learning(let learningID):
            guard let learning = data.learnings[learningID] else { return "logged a learning" }
            return "\(learning.kind.rawValue): “\(learning.text)”"
        }
    }
}
