@testable import GuildCore
import XCTest

/// `LearningSearch.search` folds each session title and author name once for all their notes; the hits, their order
/// and their scores are those of folding each note's texts joined, as it did before.
final class LearningSearchNotesTests: XCTestCase {
    func testNotesFindTheSameHitsInTheSameOrderAsScoringTheJoinedTexts() {
        var data = SampleTeam.make(now: Fixtures.now, calendar: Fixtures.calendar)
        let names = ["Małgorzata Kowalska", "Zoë Okafor", "李雷", "Ångström Lee", "Kube Fan", "\u{301}Odd Start", "René"]
        let people = names.enumerated().map { Person(name: $1, handle: "p\($0)", updatedAt: Fixtures.now) }
        for person in people { data.upsert(person) }
        let titles = ["Kubernetes upgrades", "Café talk", "Weekly tech meeting 🎉", "Flaky tests, again", "Ο Κώστας", "k8s"]
        let sessions = titles.map { Session(title: $0, format: .techTalk, start: Fixtures.now, updatedAt: Fixtures.now) }
        for session in sessions { data.upsert(session) }
        let texts = ["We upgraded Kubernetes", "flaky tests fixed", "Zoë's Kafka deep dive!", "caf\u{E9} au lait", "e\u{301}tude",
                     "tests\u{301}", "🎉 shipped", "nothing to see", "KUBERNETES", "upgrade the cluster", "李雷 kubernetes"]
        var notes: [NoteEntry] = []
        for (index, text) in texts.enumerated() {
            for kind in [NoteEntry.Kind.learning, .decision, .success, .question] {
                let author = index % 3 == 0 ? nil : people[(index + notes.count) % people.count].id
                notes.append(NoteEntry(sessionID: sessions[(index + notes.count) % sessions.count].id, kind: kind, text: text,
                                       author: author, createdAt: Fixtures.now.addingTimeInterval(Double(notes.count))))
            }
        }
        for query in ["kubernetes", "kubernetes upgrades", "flaky tests", "zoe", "malgorzata", "cafe", "etude", "tests", "李雷", "κωστας", "", "rene", "odd"] {
            for kind in [nil, Learning.Kind.lesson, .win] {
                let found = LearningSearch.search(query, in: data, kind: kind, notes: notes)
                XCTAssertEqual(found, Self.joinedSearch(query, in: data, kind: kind, notes: notes), "\"\(query)\" \(String(describing: kind))")
            }
        }
    }

    /// The search as it scored notes before: each note's text, kind, session title and author name joined, then folded.
    static func joinedSearch(_ query: String, in data: GuildData, kind: Learning.Kind?, notes: [NoteEntry]) -> [LearningHit] {
        let words = QueryWords(query)
        func score(_ text: String) -> Double? {
            guard !words.isEmpty else { return 0 }
            let score = words.score(text)
            return score > 0 ? score : nil
        }
        var scored: [(hit: LearningHit, score: Double)] = []
        for learning in data.learnings.values where kind == nil || learning.kind == kind {
            let people = ([learning.author].compactMap { $0 } + learning.kudosTo).map { data.name(of: $0) }
            let session = learning.sessionID.flatMap { data.sessions[$0]?.title } ?? ""
            if let value = score(([learning.text, learning.context, learning.kind.rawValue, session] + people).joined(separator: " ")) {
                scored.append((.learning(learning), value))
            }
        }
        for note in notes where LearningSearch.noteKinds.contains(note.kind) && (kind == nil || LearningSearch.noteKind(for: kind!) == note.kind) {
            let session = data.sessions[note.sessionID]?.title ?? ""
            let author = note.author.map { data.name(of: $0) } ?? ""
            if let value = score([note.text, note.kind.rawValue, session, author].joined(separator: " ")) { scored.append((.note(note), value)) }
        }
        return scored.sorted { a, b in
            if a.score != b.score { return a.score > b.score }
            return (a.hit.createdAt, a.hit.id.orderKey) > (b.hit.createdAt, b.hit.id.orderKey)
        }.map(\.hit)
    }
}
