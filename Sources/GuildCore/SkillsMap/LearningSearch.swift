import Foundation

/// The learnings log searched before starting something: what was already learned about it. Hits containing every
/// word of the query come first, then those containing fewer; newest first within each.
public enum LearningSearch {
    /// The meeting-note kinds searched alongside the log.
    public static let noteKinds: Set<NoteEntry.Kind> = [.learning, .decision, .success]

    /// Learnings matching `query` in their text, context, kind, author, kudos or session; all of them, newest first,
    /// when the query is blank. `kind` narrows to wins, opportunities or lessons.
    public static func find(_ query: String, in data: GuildData, kind: Learning.Kind? = nil) -> [Learning] {
        search(query, in: data, kind: kind, notes: []).compactMap { hit in
            if case .learning(let learning) = hit { return learning }
            return nil
        }
    }

    /// Learnings and the meeting notes among `notes` of kind learning, decision or success that match `query`: hits
    /// with all the query's words first, then by how many words they contain, then newest first. A blank query lists
    /// everything, newest first. `kind` narrows learnings to one kind, and notes to the matching kind (lesson: learning
    /// notes, win: success notes; decisions only without `kind`).
    public static func search(_ query: String, in data: GuildData, kind: Learning.Kind? = nil, notes: [NoteEntry]) -> [LearningHit] {
        let words = QueryWords(query)
        var scored: [(hit: LearningHit, score: Double)] = []
        for learning in data.learnings.values where kind == nil || learning.kind == kind {
            let people = ([learning.author].compactMap { $0 } + learning.kudosTo).map { data.name(of: $0) }
            let session = learning.sessionID.flatMap { data.sessions[$0]?.title } ?? ""
            let text = ([learning.text, learning.context, learning.kind.rawValue, session] + people).joined(separator: " ")
            if let score = score(words, text) { scored.append((.learning(learning), score)) }
        }
        // Many notes share a session and an author: their title and name are folded once each, not once per note.
        var titles: [UUID: Part] = [:]
        var names: [UUID: Part] = [:]
        for note in notes where noteKinds.contains(note.kind) && (kind == nil || noteKind(for: kind!) == note.kind) {
            let session = data.sessions[note.sessionID]?.title ?? ""
            let author = note.author.map { data.name(of: $0) } ?? ""
            let title = Part.cached(in: &titles, note.sessionID, session)
            let name = note.author.map { Part.cached(in: &names, $0, author) } ?? Part("")
            let noteScore: Double?
            if words.isEmpty {
                noteScore = 0
            } else if title.apart, name.apart, QueryWords.canScoreApart(note.text),
                      case let text = TextMatch.fold(note.text), QueryWords.canScoreApart(text) {
                let score = words.score(foldedParts: [text, note.kind.rawValue, title.folded, name.folded])
                noteScore = score > 0 ? score : nil
            } else {
                noteScore = score(words, [note.text, note.kind.rawValue, session, author].joined(separator: " "))
            }
            if let noteScore { scored.append((.note(note), noteScore)) }
        }
        return scored.sorted { a, b in
            if a.score != b.score { return a.score > b.score }
            return (a.hit.createdAt, a.hit.id.orderKey) > (b.hit.createdAt, b.hit.id.orderKey)
        }.map(\.hit)
    }

    /// A text shared by many notes (a session title, an author's name), folded once.
    private struct Part {
        var folded: String
        /// Whether it can be scored apart from the note's other texts (`QueryWords.canScoreApart`).
        var apart: Bool

        init(_ text: String) {
            folded = TextMatch.fold(text)
            apart = QueryWords.canScoreApart(text) && QueryWords.canScoreApart(folded)
        }

        /// The part for `id` from `cache`, folded and kept there the first time.
        static func cached(in cache: inout [UUID: Part], _ id: UUID, _ text: String) -> Part {
            if let part = cache[id] { return part }
            let part = Part(text)
            cache[id] = part
            return part
        }
    }

    /// The share of the query's words in `text` (1: all of them); 0 for a blank query; nil when none is found.
    private static func score(_ words: QueryWords, _ text: String) -> Double? {
        guard !words.isEmpty else { return 0 }
        let score = words.score(text)
        return score > 0 ? score : nil
    }

    /// The note kind searched for a learning kind, if any.
    static func noteKind(for kind: Learning.Kind) -> NoteEntry.Kind? {
        switch kind {
        case .lesson: .learning
        case .win: .success
        case .opportunity: nil
        }
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
