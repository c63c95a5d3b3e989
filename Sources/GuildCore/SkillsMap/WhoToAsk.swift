import Foundation

/// Who to ask about a question: people ranked by matching skills, talks given, solutions known, topics, notes and learnings.
public enum WhoToAsk {
    /// How much each kind of evidence weighs.
    enum Weight {
        static let levelPoint = 10.0
        static let teaches = 5.0
        static let talk = 12.0
        static let solution = 9.0
        static let topic = 4.0
        static let note = 2.0
        static let notesCap = 3
        static let learning = 3.0
        static let awayFactor = 0.5
    }

    /// People ranked for `question`, best first; ties by name. Notes count only when loaded into `data`.
    public static func rank(_ question: String, in data: GuildData, limit: Int? = nil) -> [WhoToAskHit] {
        let words = QueryWords(question)
        guard !words.isEmpty else { return [] }
        let ratings = CurrentRatings(data)
        var hits: [UUID: WhoToAskHit] = [:]
        func add(_ person: UUID, _ points: Double, _ reason: WhoToAskReason, update: (inout WhoToAskHit) -> Void = { _ in }) {
            guard let who = data.people[person] else { return }
            var hit = hits[person] ?? WhoToAskHit(personID: person, score: 0, bestLevel: nil, talksGiven: 0, solutionsOwned: 0,
                                                  reasons: [], away: who.isAway)
            hit.score += points
            if !hit.reasons.contains(reason) { hit.reasons.append(reason) }
            update(&hit)
            hits[person] = hit
        }

        // Skills: the name counts fully, the category a little.
        var matchedSkills: [UUID: Double] = [:]
        for skill in data.skills.values {
            let match = max(words.score(skill.name), words.score(skill.category) * 0.3)
            if match > 0 { matchedSkills[skill.id] = match }
        }
        for person in data.people.values {
            for (skillID, match) in matchedSkills {
                guard let rating = ratings.rating(person.id, skillID), rating.level > .none else { continue }
                let teaches = rating.happyToTeach && rating.level >= .working
                let points = match * (Double(rating.level.rawValue) * Weight.levelPoint + (teaches ? Weight.teaches : 0))
                add(person.id, points, .skill(skillID: skillID, level: rating.level, happyToTeach: teaches)) { hit in
                    hit.bestLevel = max(hit.bestLevel ?? .none, rating.level)
                }
            }
        }

        // Sessions given: the title and outcome, or a linked topic's skills.
        for session in data.sessions.values where session.status != .cancelled {
            let text = [session.title, session.desiredOutcome, session.details ?? ""].joined(separator: " ")
            let match = words.score(text)
            guard match > 0 else { continue }
            for person in Set(session.presenters + [session.facilitator].compactMap { $0 }) {
                add(person, match * Weight.talk, .talk(sessionID: session.id)) { $0.talksGiven += 1 }
            }
        }

        for solution in data.solutions.values {
            let skillNames = solution.skillIDs.compactMap { data.skills[$0]?.name }
            let text = ([solution.need, solution.solution, solution.risks] + skillNames).joined(separator: " ")
            let match = words.score(text)
            guard match > 0 else { continue }
            for person in Set(solution.experts) {
                add(person, match * Weight.solution, .solution(solutionID: solution.id)) { $0.solutionsOwned += 1 }
            }
        }

        for topic in data.topics.values where topic.status == .proposed || topic.status == .scheduled {
            let skillNames = topic.skillIDs.compactMap { data.skills[$0]?.name }
            let match = words.score(([topic.title, topic.details] + skillNames).joined(separator: " "))
            guard match > 0 else { continue }
            for person in Set(topic.suggestedPresenters) { add(person, match * Weight.topic, .topic(topicID: topic.id)) }
        }

        var noteCounts: [UUID: [UUID: (count: Int, match: Double)]] = [:]
        for note in data.notes.values {
            guard let author = note.author else { continue }
            let match = words.score(note.text)
            guard match > 0 else { continue }
            let seen = noteCounts[author]?[note.sessionID] ?? (0, 0)
            noteCounts[author, default: [:]][note.sessionID] = (seen.count + 1, max(seen.match, match))
        }
        for (author, sessions) in noteCounts {
            for (sessionID, seen) in sessions {
                add(author, seen.match * Weight.note * Double(min(seen.count, Weight.notesCap)), .notes(sessionID: sessionID, count: seen.count))
            }
        }

        for learning in data.learnings.values {
            let match = words.score(learning.text + " " + learning.context)
            guard match > 0 else { continue }
            for person in Set([learning.author].compactMap { $0 } + learning.kudosTo) {
                add(person, match * Weight.learning, .learning(learningID: learning.id))
            }
        }

        var ranked = hits.values.map { hit -> WhoToAskHit in
            var hit = hit
            if hit.away { hit.score *= Weight.awayFactor }
            hit.reasons.sort { reasonOrder($0) < reasonOrder($1) }
            return hit
        }
        ranked.sort { a, b in
            if a.score != b.score { return a.score > b.score }
            return SkillsMatrix.personOrder(data.people[a.personID]!, data.people[b.personID]!)
        }
        if let limit { return Array(ranked.prefix(limit)) }
        return ranked
    }

    /// Skills first (highest level first), then talks, solutions, topics, learnings, notes; ties by record id.
    static func reasonOrder(_ reason: WhoToAskReason) -> ReasonOrder {
        switch reason {
        case let .skill(id, level, _): ReasonOrder(rank: 4 - level.rawValue, id: id.uuidString)
        case .talk(let id): ReasonOrder(rank: 10, id: id.uuidString)
        case .solution(let id): ReasonOrder(rank: 11, id: id.uuidString)
        case .topic(let id): ReasonOrder(rank: 12, id: id.uuidString)
        case .learning(let id): ReasonOrder(rank: 13, id: id.uuidString)
        case .notes(let id, _): ReasonOrder(rank: 14, id: id.uuidString)
        }
    }

    /// A sort key for reasons.
    struct ReasonOrder: Comparable {
        var rank: Int
        var id: String
        static func < (a: ReasonOrder, b: ReasonOrder) -> Bool { (a.rank, a.id) < (b.rank, b.id) }
    }
}
