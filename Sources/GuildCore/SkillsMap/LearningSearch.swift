import Foundation

/// The learnings log searched before starting something: what was already learned about it, best match then newest first.
public enum LearningSearch {
    /// Learnings matching `query` in their text, context, kind, author, kudos or session; all of them, newest first,
    /// when the query is blank. `kind` narrows to wins, opportunities or lessons.
    public static func find(_ query: String, in data: GuildData, kind: Learning.Kind? = nil) -> [Learning] {
        let words = QueryWords(query)
        let pool = data.learnings.values.filter { kind == nil || $0.kind == kind }
        let scored: [(Learning, Double)] = pool.compactMap { learning in
            guard !words.isEmpty else { return (learning, 0) }
            let people = ([learning.author].compactMap { $0 } + learning.kudosTo).map { data.name(of: $0) }
            let session = learning.sessionID.flatMap { data.sessions[$0]?.title } ?? ""
            let text = ([learning.text, learning.context, learning.kind.rawValue, session] + people).joined(separator: " ")
            let score = words.score(text)
            return score > 0 ? (learning, score) : nil
        }
        return scored.sorted { a, b in
            if a.1 != b.1 { return a.1 > b.1 }
            return (a.0.createdAt, a.0.id.uuidString) > (b.0.createdAt, b.0.id.uuidString)
        }.map(\.0)
    }

    /// The emoji shown for each kind in lists.
    public static func badge(_ kind: Learning.Kind) -> String {
        switch kind {
        case .win: "🎉"
        case .opportunity: "🌱"
        case .lesson: "💡"
        }
    }
}
