import Foundation
import GuildCore
import XCTest

/// `TextOrder` must order exactly as `localizedStandardCompare` (it only looks the locale up once).
final class TextOrderTests: XCTestCase {
    func testAgreesWithLocalizedStandardCompareOnNamesTitlesAndNumbers() {
        let sample = SampleTeam.make(now: Fixtures.now, calendar: Fixtures.calendar)
        var texts = sample.people.values.map(\.name) + sample.actions.values.map(\.title) + sample.skills.values.map(\.name)
            + sample.sessions.values.map(\.title)
        texts += ["item 2", "item 10", "Item 9", "item 010", "ítem 3", "Zoë", "zoe", "Zoe", "ZOE", "Ångström", "angstrom", "ｚｏｅ",
                  "", " ", "a", "A", "ä", "b", "李雷", "田中 由紀", "Дмитрий", "émile", "Emile", "x1y2", "x1y10", "x01y2", "ß", "ss",
                  "Go", "go 1.22", "Go 1.3", "C++", "C#", "c", "🎤 talk", "talk"]
        for a in texts {
            for b in texts {
                XCTAssertEqual(TextOrder.compare(a, b), a.localizedStandardCompare(b), "\"\(a)\" vs \"\(b)\"")
            }
        }
        XCTAssertTrue(TextOrder.precedes("item 9", "item 10"))
        XCTAssertFalse(TextOrder.precedes("b", "a"))
    }

    /// Long lists sort by `SortKey` bytes; on a team's names and titles that is the localized standard order, and
    /// texts with equal keys ("Zoe", "Zoë", "ZOE") are ordered by the comparator, never left to chance.
    func testSortKeyOrderMatchesTheExactOrderOnTeamTextAndBreaksTiesWithTheComparator() {
        let sample = SampleTeam.make(now: Fixtures.now, calendar: Fixtures.calendar)
        let texts = sample.people.values.map(\.name) + sample.actions.values.map(\.title) + sample.sessions.values.map(\.title)
            + ["item 2", "item 10", "Item 9", "Ångström", "angstrom b", "émile", "Emile z"]
        let byKey = SortKey.sorted(texts, keys: texts.map(SortKey.of), by: TextOrder.precedes)
        XCTAssertEqual(byKey, texts.sorted(by: TextOrder.precedes))
        let ties = ["Zoë", "ZOE", "zoe", "Zoe"]
        XCTAssertEqual(SortKey.sorted(ties, keys: ties.map(SortKey.of), by: TextOrder.precedes), ties.sorted(by: TextOrder.precedes))
        XCTAssertEqual(SortKey.sorted(ties, keys: ties.map(SortKey.of), by: >), ties.sorted(by: >), "the comparator decides ties")
    }
}
