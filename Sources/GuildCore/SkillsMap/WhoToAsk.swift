import Foundation

/// Who to ask about a question: people ranked by matching skills, talks given, solutions known, and mentions in
/// planned talks, topics and learnings.
///
/// One function for the CLI and the dashboard, over the records both load at open (never session notes, which the
/// dashboard reads lazily), so both give the same ranking for the same store.
public enum WhoToAsk {
    /// How much each kind of evidence weighs. A rated level (10 a level) and teaching interest (5) outweigh everything
    /// else: held talks and solutions are capped below one level, mentions below teaching interest.
    enum Weight {
        static let levelPoint = 10.0
        static let teaches = 5.0
        /// A session the person presented or facilitated that was held.
        static let talk = 6.0
        static let talksCap = 2
        /// A catalogue solution naming the person as expert.
        static let solution = 4.0
        static let solutionsCap = 2
        /// A planned talk, a suggested topic or a learning: each mention, up to `mentionsCap` in all.
        static let mention = 1.0
        static let mentionsCap = 3.0
        static let awayFactor = 0.5
    }

    /// People ranked for `question`, best first; ties by name. `ratings` are the data's current ratings and `index`
    /// the index of its texts when the caller keeps them (the dashboard does, per data change); the ranking is the same
    /// with or without them.
    public static func rank(_ question: String, in data: GuildData, limit: Int? = nil, ratings known: CurrentRatings? = nil,
                            index: WhoToAskIndex? = nil) -> [WhoToAskHit] {
        let words = QueryWords(question)
        guard !words.isEmpty else { return [] }
        let ratings = known ?? CurrentRatings(data)
        // The texts that match: looked up in the index, or read one by one; the same records in the same order.
        let matches = index?.matches(words) ?? WhoToAskMatches(words, reading: data)
        var hits: [UUID: WhoToAskHit] = [:]
        var skillPoints: [UUID: Double] = [:], talkPoints: [UUID: [Double]] = [:], solutionPoints: [UUID: [Double]] = [:]
        var mentionPoints: [UUID: Double] = [:]
        func add(_ person: UUID, _ reason: WhoToAskReason, update: (inout WhoToAskHit) -> Void = { _ in }) {
            guard let who = data.people[person] else { return }
            var hit = hits[person] ?? WhoToAskHit(personID: person, score: 0, bestLevel: nil, talksGiven: 0, solutionsOwned: 0,
                                                  reasons: [], away: who.isAway)
            if !hit.reasons.contains(reason) { hit.reasons.append(reason) }
            update(&hit)
            hits[person] = hit
        }

        // Skills: the name counts fully, the category a little; the best matching skill counts.
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
                skillPoints[person.id] = max(skillPoints[person.id] ?? 0, points)
                add(person.id, .skill(skillID: skillID, level: rating.level, happyToTeach: teaches)) { hit in
                    hit.bestLevel = max(hit.bestLevel ?? .none, rating.level)
                }
            }
        }

        // Sessions: held ones count as talks given; planned or live ones are mentions ("will give").
        for (id, match) in matches.sessions {
            guard let session = data.sessions[id] else { continue }
            for person in Set(session.presenters + [session.facilitator].compactMap { $0 }) {
                if session.status == .done {
                    talkPoints[person, default: []].append(match * Weight.talk)
                    add(person, .talk(sessionID: session.id)) { $0.talksGiven += 1 }
                } else {
                    mentionPoints[person, default: 0] += match * Weight.mention
                    add(person, .plannedTalk(sessionID: session.id)) { $0.talksPlanned += 1 }
                }
            }
        }

        for (id, match) in matches.solutions {
            guard let solution = data.solutions[id] else { continue }
            for person in Set(solution.experts) {
                solutionPoints[person, default: []].append(match * Weight.solution)
                add(person, .solution(solutionID: solution.id)) { $0.solutionsOwned += 1 }
            }
        }

        for (id, match) in matches.topics {
            guard let topic = data.topics[id] else { continue }
            for person in Set(topic.suggestedPresenters) {
                mentionPoints[person, default: 0] += match * Weight.mention
                add(person, .topic(topicID: topic.id))
            }
        }

        for (id, match) in matches.learnings {
            guard let learning = data.learnings[id] else { continue }
            for person in Set([learning.author].compactMap { $0 } + learning.kudosTo) {
                mentionPoints[person, default: 0] += match * Weight.mention
                add(person, .learning(learningID: learning.id))
            }
        }

        func best(_ points: [Double]?, _ cap: Int) -> Double {
            (points ?? []).sorted(by: >).prefix(cap).reduce(0, +)
        }
        var ranked = hits.values.map { hit -> WhoToAskHit in
            var hit = hit
            let id = hit.personID
            hit.score = (skillPoints[id] ?? 0) + best(talkPoints[id], Weight.talksCap) + best(solutionPoints[id], Weight.solutionsCap)
                + min(Weight.mentionsCap, mentionPoints[id] ?? 0)
            if hit.away { hit.score *= Weight.awayFactor }
            hit.reasons.sort { reasonOrder($0) < reasonOrder($1) }
            return hit
        }
        // Only the first `limit` are shown: they all score at least the `limit`-th best score, so only those are put in
        // order (ties by name are the costly comparisons); the same first `limit`, in the same order.
        if let limit, limit > 0, ranked.count > limit {
            let threshold = ranked.map(\.score).sorted(by: >)[limit - 1]
            ranked.removeAll { $0.score < threshold }
        }
        ranked.sort { a, b in
            if a.score != b.score { return a.score > b.score }
            return SkillsMatrix.personOrder(data.people[a.personID]!, data.people[b.personID]!)
        }
        if let limit { return Array(ranked.prefix(limit)) }
        return ranked
    }

    /// The text of a session that a question is matched against: title, desired outcome and details.
    static func text(of session: Session) -> String {
        [session.title, session.desiredOutcome, session.details ?? ""].joined(separator: " ")
    }

    /// A solution's need, solution and risks, and the names of its skills.
    static func text(of solution: Solution, in data: GuildData) -> String {
        ([solution.need, solution.solution, solution.risks] + solution.skillIDs.compactMap { data.skills[$0]?.name }).joined(separator: " ")
    }

    /// A topic's title and details, and the names of its skills.
    static func text(of topic: Topic, in data: GuildData) -> String {
        ([topic.title, topic.details] + topic.skillIDs.compactMap { data.skills[$0]?.name }).joined(separator: " ")
    }

    /// A learning's text and context.
    static func text(of learning: Learning) -> String {
        learning.text + " " + learning.context
    }

    /// Skills first (highest level first), then talks given, solutions, talks planned, topics, learnings; ties by record id.
    static func reasonOrder(_ reason: WhoToAskReason) -> ReasonOrder {
        switch reason {
        case let .skill(id, level, _): ReasonOrder(rank: 4 - level.rawValue, id: id.orderKey)
        case .talk(let id): ReasonOrder(rank: 10, id: id.orderKey)
        case .solution(let id): ReasonOrder(rank: 11, id: id.orderKey)
        case .plannedTalk(let id): ReasonOrder(rank: 12, id: id.orderKey)
        case .topic(let id): ReasonOrder(rank: 13, id: id.orderKey)
        case .learning(let id): ReasonOrder(rank: 14, id: id.orderKey)
        }
    }

    /// A sort key for reasons.
    struct ReasonOrder: Comparable {
        var rank: Int
        var id: UUIDOrderKey
        static func < (a: ReasonOrder, b: ReasonOrder) -> Bool { (a.rank, a.id) < (b.rank, b.id) }
    }
}
