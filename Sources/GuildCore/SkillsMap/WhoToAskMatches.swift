import Foundation

/// The texts who to ask found for a question, each record with its score (`QueryWords.score` of its text, above 0), per
/// kind in the order the data lists that kind's records — so adding up points over them gives the same sums, bit for
/// bit, whether the texts were read one by one or looked up in a `WhoToAskIndex`.
struct WhoToAskMatches {
    var sessions: [(id: UUID, score: Double)] = []
    var solutions: [(id: UUID, score: Double)] = []
    var topics: [(id: UUID, score: Double)] = []
    var learnings: [(id: UUID, score: Double)] = []

    /// Reads every text of `data` that who to ask searches (a byte search rules most out before splitting into words).
    init(_ words: QueryWords, reading data: GuildData) {
        for session in data.sessions.values where session.status != .cancelled {
            let score = words.score(WhoToAsk.text(of: session))
            if score > 0 { sessions.append((session.id, score)) }
        }
        for solution in data.solutions.values {
            let score = words.score(WhoToAsk.text(of: solution, in: data))
            if score > 0 { solutions.append((solution.id, score)) }
        }
        for topic in data.topics.values where topic.status == .proposed || topic.status == .scheduled {
            let score = words.score(WhoToAsk.text(of: topic, in: data))
            if score > 0 { topics.append((topic.id, score)) }
        }
        for learning in data.learnings.values {
            let score = words.score(WhoToAsk.text(of: learning))
            if score > 0 { learnings.append((learning.id, score)) }
        }
    }

    /// Empty, for an index to fill.
    init() {}
}
