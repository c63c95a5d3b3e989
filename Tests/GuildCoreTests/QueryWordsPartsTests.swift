@testable import GuildCore
import XCTest

/// `QueryWords.score(foldedParts:)` scores a note's texts folded apart (its session title and author name folded once
/// for all their notes); wherever `canScoreApart` allows it, it gives exactly the score of the joined text.
final class QueryWordsPartsTests: XCTestCase {
    func testScoringPartsApartGivesTheScoreOfTheJoinedText() {
        let texts = ["Kubernetes upgrades", "flaky tests", "Zoë's Kafka deep dive!", "Małgorzata Kowalska", "Ångström", "ｋｕｂｅｒｎｅｔｅｓ",
                     "CI/CD", "k8s", "C++", "ß", "", "libraries", "babies", "x1y2", "go 1.22", "Weekly tech meeting 🎉", "🎉 party",
                     "e\u{301}tude", "caf\u{E9}", "tests\u{301}", "李雷", "Ο Κώστας", "kube rnetes", "testing, tested"]
        let queries = ["kubernetes", "kubernetes upgrades", "flaky tests", "zoe", "malgorzata", "ci", "k8s", "tests", "etude", "cafe",
                       "go", "ab", "angstrom", "李雷", "κωστας", "party", "library"]
        var apart = 0
        for query in queries {
            let words = QueryWords(query)
            for a in texts {
                for b in texts.prefix(12) {
                    for c in ["learning", "decision"] {
                        let parts = [a, c, b, texts[(a.count + b.count) % texts.count]]
                        let joined = words.score(parts.joined(separator: " "))
                        guard parts.allSatisfy({ QueryWords.canScoreApart($0) && QueryWords.canScoreApart(TextMatch.fold($0)) }) else { continue }
                        XCTAssertEqual(words.score(foldedParts: parts.map(TextMatch.fold)), joined, "\"\(query)\" in \(parts)")
                        apart += 1
                    }
                }
            }
        }
        XCTAssertGreaterThan(apart, 2_000)
    }

    func testPartsWithACombiningMarkOrAPrependedMarkAtAnEdgeAreNotScoredApart() {
        XCTAssertFalse(QueryWords.canScoreApart("\u{301}tude"), "a combining mark joins the space before it")
        XCTAssertFalse(QueryWords.canScoreApart("tests\u{301}"))
        XCTAssertFalse(QueryWords.canScoreApart("\u{200D}x"))
        XCTAssertFalse(QueryWords.canScoreApart("x\u{600}"), "a prepended mark draws the space after it in")
        XCTAssertFalse(QueryWords.canScoreApart("🎉 party"))
        for text in ["caf\u{E9}", "李雷", "Małgorzata", "Mariana Weiß", "Þór Lefèvre", "Дмитрий Кузнецова", "佐藤 민준", "Ο Κώστας", ""] {
            XCTAssertTrue(QueryWords.canScoreApart(text), text)
        }
    }
}
