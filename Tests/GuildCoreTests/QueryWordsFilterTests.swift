@testable import GuildCore
import XCTest

/// `QueryWords.score` skips texts that cannot match with a byte search first; it must give exactly the score the
/// full word-by-word comparison gives, for every query and text.
final class QueryWordsFilterTests: XCTestCase {
    func testTheByteSearchNeverChangesAScore() {
        let sample = SampleTeam.make(now: Fixtures.now, calendar: Fixtures.calendar)
        var texts = sample.sessions.values.map { $0.title + " " + $0.desiredOutcome + " " + ($0.details ?? "") }
            + sample.skills.values.map(\.name) + sample.solutions.values.map { $0.need + " " + $0.solution }
            + sample.learnings.values.map(\.text)
        texts += ["babies", "abies", "toy", "libraries", "library", "k8s", "K8S tests", "Tests", "testing", "tested", "CI/CD", "circle",
                  "Zoë's Kafka deep dive!", "zoe", "crises", "boxes", "dishes", "classes", "class", "gas", "bus", "y", "ab", "aby",
                  "ｋｕｂｅｒｎｅｔｅｓ", "Kubernetes upgrades", "upgrade", "Ångström", "angstrom", "x1y2", "go 1.22", "C++", "ß", "ss", ""]
        var queries = Set(texts.flatMap { QueryWords.words(of: $0) })
        queries.formUnion(["kubernetes upgrades", "flaky tests", "ci", "how do we test", "libraries", "babies", "aby", "k8s", "zoë",
                           "toys", "y", "ab", "go", "crises", "dishes", "ßs", "Ångströms"])
        var checked = 0
        for query in queries {
            let words = QueryWords(query)
            for text in texts {
                XCTAssertEqual(words.score(text), words.score(folded: TextMatch.fold(text)), "\"\(query)\" in \"\(text)\"")
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 10_000)
    }

    func testNeedlesAreShortPrefixes() {
        XCTAssertEqual(QueryWords.needle("ci"), Array("ci".utf8))
        XCTAssertEqual(QueryWords.needle("aby"), Array("ab".utf8))
        XCTAssertEqual(QueryWords.needle("kubernete"), Array("kub".utf8))
        XCTAssertTrue(QueryWords.contains("a kubernetes cluster".utf8, Array("kub".utf8)))
        XCTAssertFalse(QueryWords.contains("a cluster".utf8, Array("kub".utf8)))
        XCTAssertFalse(QueryWords.contains("ku".utf8, Array("kub".utf8)))
    }
}
