import Foundation
@testable import GuildCore
import XCTest

/// Who to ask looks a question's stems up in an index of its texts built once per data change (`WhoToAskIndex`); the
/// index must give every text exactly the score reading the text gives, so the ranking is the same with or without it.
final class WhoToAskIndexTests: XCTestCase {
    /// Texts that stress folding, stemming and prefixes, as learnings (one per text) beside the sample team's records.
    static let awkwardTexts = ["babies", "abies", "toy", "libraries", "library", "k8s", "K8S tests", "Tests", "testing", "tested", "CI/CD",
                               "circle", "Zoë's Kafka deep dive!", "zoe", "crises", "boxes", "dishes", "classes", "class", "gas", "bus", "y",
                               "ab", "aby", "ｋｕｂｅｒｎｅｔｅｓ", "Kubernetes upgrades", "upgrade", "Ångström", "angstrom", "x1y2", "go 1.22",
                               "C++", "ß", "ss", "", "é\u{301}t\u{301}é", "\u{1F680} rockets", "Straße strasse"]

    static func data() -> GuildData {
        var data = SampleTeam.make(now: Fixtures.now, calendar: Fixtures.calendar)
        let people = data.people.keys.sorted { $0.precedes($1) }
        for (index, text) in awkwardTexts.enumerated() {
            let learning = Learning(id: UUID(uuid: (0, 0, 0, 0, 0, 0, 0x40, 0, 0x80, 0, 0, 0, 0, 0, 0, UInt8(index))), kind: .lesson,
                                    text: text, context: index % 3 == 0 ? "Kubernetes" : "", author: people[index % people.count],
                                    createdAt: Fixtures.now)
            data.learnings[learning.id] = learning
        }
        return data
    }

    static func questions(_ data: GuildData) -> [String] {
        var texts = awkwardTexts + data.skills.values.map(\.name) + data.sessions.values.map(\.title) + data.topics.values.map(\.title)
        texts += data.solutions.values.map(\.need)
        var questions = Set(texts.flatMap { QueryWords.words(of: $0) })
        questions.formUnion(["kubernetes upgrades", "flaky tests", "ci", "how do we test", "libraries", "babies", "aby", "k8s", "zoë", "toys",
                             "y", "ab", "go", "crises", "dishes", "ßs", "Ångströms", "kube", "kubernetes kafka testing", "the and of", "",
                             "deploy", "deployments", "ｋｕｂｅ"])
        return questions.sorted()
    }

    func testTheIndexFindsTheTextsReadingFindsWithTheSameScoresInTheSameOrder() {
        let data = Self.data()
        let index = WhoToAskIndex(data)
        var checked = 0, matched = 0
        for question in Self.questions(data) {
            let words = QueryWords(question)
            // Reading every text gives each record's score in the data's order; the index must give the same lists.
            let read = WhoToAskMatches(words, reading: data), looked = index.matches(words)
            for (kind, a, b) in [("sessions", read.sessions, looked.sessions), ("solutions", read.solutions, looked.solutions),
                                 ("topics", read.topics, looked.topics), ("learnings", read.learnings, looked.learnings)] {
                XCTAssertEqual(b.map(\.id), a.map(\.id), "\"\(question)\": \(kind)")
                XCTAssertEqual(b.map(\.score), a.map(\.score), "\"\(question)\": \(kind)")
                matched += a.count
            }
            // And reading is `QueryWords.score` of each text: a text left out scores 0.
            let found = Set(read.learnings.map(\.id))
            for learning in data.learnings.values where !found.contains(learning.id) {
                XCTAssertEqual(words.score(WhoToAsk.text(of: learning)), 0, "\"\(question)\" in \"\(learning.text)\"")
                checked += 1
            }
            checked += read.sessions.count + read.solutions.count + read.topics.count + read.learnings.count
        }
        XCTAssertGreaterThan(checked, 5_000)
        XCTAssertGreaterThan(matched, 200, "many questions find something")
    }

    func testTheRankingIsTheSameWithTheIndex() {
        for data in [Self.data(), PairingQualityTests.tenKPeople(), Self.tenKTexts()] {
            let index = WhoToAskIndex(data)
            let ratings = CurrentRatings(data)
            var answered = 0
            // About 60 questions a store, spread over all of them (each is ranked twice).
            let questions = Self.questions(data)
            for question in stride(from: 0, to: questions.count, by: max(1, questions.count / 60)).map({ questions[$0] }) {
                let read = WhoToAsk.rank(question, in: data, limit: 30, ratings: ratings)
                XCTAssertEqual(WhoToAsk.rank(question, in: data, limit: 30, ratings: ratings, index: index), read, question)
                // A limit orders only those that can make it: the first 30 of the whole ranking, in its order.
                XCTAssertEqual(read, Array(WhoToAsk.rank(question, in: data, ratings: ratings, index: index).prefix(30)), question)
                if !read.isEmpty { answered += 1 }
            }
            XCTAssertGreaterThan(answered, 20)
        }
    }

    /// The `10k` shape's texts: sessions, topics, solutions and learnings of the generated organisation.
    static func tenKTexts() -> GuildData {
        let shape = ScaledTeamShape(people: 200, skills: 60, teams: 10, sessions: 600, recurringSeries: 4, notes: 0, actions: 0,
                                    learnings: 600, topics: 200, communities: 4, solutions: 100, historyDays: 365)
        return ScaledTeam.make(shape: shape, now: PairingQualityTests.now, calendar: PairingQualityTests.calendar, seed: 42)
    }
}
