import Foundation
import GuildCore
@testable import GuildUI
import XCTest

/// The home lists fold their rows for search only when someone first searches, and then answer as an index built
/// up front would.
final class SearchIndexTests: XCTestCase {
    /// Counts how often the rows were asked for.
    final class Calls: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func add() { lock.withLock { count += 1 } }
        var value: Int { lock.withLock { count } }
    }

    let rows: [[String]] = [
        ["Zero-downtime migrations", "Tech talk", "Zoë Ångström"],
        ["Flaky tests", "Workshop", "Ana"],
        ["", "", ""],
        ["ÉCOLE", "Brown bag", "zoe"],
        ["Migrations again", "Deep dive", "Ana Zoë"],
    ]

    func testALazyIndexAnswersAsAnEagerOneAndFoldsOnlyOnTheFirstQueryWithWords() {
        let calls = Calls()
        let rows = self.rows
        var lazy = LazySearchIndex { calls.add(); return rows }
        let eager = SearchIndex(parts: rows)
        for blank in ["", " ", "\t  "] {
            XCTAssertEqual(lazy.matching(blank, count: rows.count), eager.matching(blank))
            XCTAssertEqual(lazy.matching(blank, among: [3, 1], count: rows.count), [3, 1])
        }
        XCTAssertEqual(calls.value, 0, "a blank filter never folds the rows")
        for query in ["zoe", "ZOË", "migrations zoe", "ecole", "ana", "tech talk", "nothing", "a", " tests "] {
            XCTAssertEqual(lazy.matching(query, count: rows.count), eager.matching(query), query)
            XCTAssertEqual(lazy.matching(query, among: [4, 0, 1], count: rows.count), eager.matching(query, among: [4, 0, 1]), query)
        }
        XCTAssertEqual(calls.value, 1, "the rows are folded once")
        var empty = LazySearchIndex()
        XCTAssertEqual(empty.matching("zoe", count: 0), [])
        XCTAssertEqual(empty.matching("", count: 0), [])
    }

    func testIdleFoldsEveryPanesRowsOnceAndFilteringAnswersTheSame() {
        let cold = Fixtures.state()
        XCTAssertTrue(cold.hasIdleWork, "a fresh state has rows to fold")
        var warm = cold
        _ = reduce(&warm, .idle)
        XCTAssertFalse(warm.hasIdleWork)
        for (pane, query) in [("1", "weekly"), ("2", "zoe"), ("3", "review")] {
            var a = cold, b = warm
            Fixtures.press(&a, pane, "/")
            Fixtures.press(&b, pane, "/")
            Fixtures.type(&a, query)
            Fixtures.type(&b, query)
            XCTAssertEqual(a.shownSessions.map(\.id), b.shownSessions.map(\.id))
            XCTAssertEqual(a.shownPeople.map(\.id), b.shownPeople.map(\.id))
            XCTAssertEqual(a.shownActions.map(\.id), b.shownActions.map(\.id))
            XCTAssertLessThan(b.itemCount(pane == "1" ? .sessions : pane == "2" ? .matrix : .actions), Fixtures.state().itemCount(pane == "1" ? .sessions : pane == "2" ? .matrix : .actions), query)
        }
        // New data brings new rows to fold.
        _ = reduce(&warm, .storeReloaded(Fixtures.sample, problems: []))
        XCTAssertTrue(warm.hasIdleWork)
    }
}
