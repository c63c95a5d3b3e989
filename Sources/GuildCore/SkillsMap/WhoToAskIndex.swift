import Foundation

/// The words of every text who to ask reads — sessions not cancelled, solutions, proposed and scheduled topics,
/// learnings — folded and stemmed once per data change, so a question looks its stems up instead of reading every
/// text again (`WhoToAsk.rank(_:in:limit:ratings:index:)`). Scores are exactly `QueryWords.score` of the same texts,
/// and the matches come in the order the data lists its records (`WhoToAskMatches`).
public struct WhoToAskIndex: Sendable {
    /// A text's record.
    enum Document: Hashable, Sendable {
        case session(UUID), solution(UUID), topic(UUID), learning(UUID)
    }

    /// Every distinct stemmed word of the texts, grouped by its first character (a word matches a stem only when
    /// they are equal or one starts with the other, so both start with the same character).
    private let vocabulary: [Character: [Int]]
    private let words: [String]
    /// For each word, the documents whose text holds it (each once).
    private let postings: [[Int32]]
    private let documents: [Document]

    /// Indexes the texts of `data` as `WhoToAsk.rank` reads them.
    public init(_ data: GuildData) {
        var documents: [Document] = []
        var texts: [String] = []
        for session in data.sessions.values where session.status != .cancelled {
            documents.append(.session(session.id))
            texts.append(WhoToAsk.text(of: session))
        }
        for solution in data.solutions.values {
            documents.append(.solution(solution.id))
            texts.append(WhoToAsk.text(of: solution, in: data))
        }
        for topic in data.topics.values where topic.status == .proposed || topic.status == .scheduled {
            documents.append(.topic(topic.id))
            texts.append(WhoToAsk.text(of: topic, in: data))
        }
        for learning in data.learnings.values {
            documents.append(.learning(learning.id))
            texts.append(WhoToAsk.text(of: learning))
        }
        var numbers: [String: Int] = [:]
        var words: [String] = []
        var postings: [[Int32]] = []
        for (document, text) in texts.enumerated() {
            guard !text.isEmpty else { continue }
            for word in Set(QueryWords.words(of: text).map(QueryWords.stem)) {
                if let number = numbers[word] {
                    postings[number].append(Int32(document))
                } else {
                    numbers[word] = words.count
                    words.append(word)
                    postings.append([Int32(document)])
                }
            }
        }
        var vocabulary: [Character: [Int]] = [:]
        for (number, word) in words.enumerated() {
            if let first = word.first { vocabulary[first, default: []].append(number) }
        }
        self.vocabulary = vocabulary
        self.words = words
        self.postings = postings
        self.documents = documents
    }

    /// Each text matching any stem of `question`, with `question.score` of it (the share of stems found), per kind in
    /// the order the data listed its records when indexed (documents are numbered in that order).
    func matches(_ question: QueryWords) -> WhoToAskMatches {
        var matches = WhoToAskMatches()
        guard !question.isEmpty else { return matches }
        var found: [Int32: Int] = [:]
        var seen: Set<Int32> = []
        for stem in question.stems {
            seen.removeAll(keepingCapacity: true)
            guard let first = stem.first else { continue }
            for number in vocabulary[first] ?? [] where QueryWords.wordMatches(words[number], stem) {
                for document in postings[number] where seen.insert(document).inserted {
                    found[document, default: 0] += 1
                }
            }
        }
        for document in found.keys.sorted() {
            let score = Double(found[document]!) / Double(question.stems.count)
            switch documents[Int(document)] {
            case .session(let id): matches.sessions.append((id, score))
            case .solution(let id): matches.solutions.append((id, score))
            case .topic(let id): matches.topics.append((id, score))
            case .learning(let id): matches.learnings.append((id, score))
            }
        }
        return matches
    }
}
