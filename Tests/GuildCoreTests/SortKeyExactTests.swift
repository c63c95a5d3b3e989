import Foundation
@testable import GuildCore
import XCTest

/// `SortKey.sortedExactly` (the people of `guild list people`, a report's silent members) gives exactly the order of
/// sorting by the locale-aware comparison, with about one comparison per item instead of one per step of a sort.
final class SortKeyExactTests: XCTestCase {
    func testTheOrderIsThatOfTheExactComparisonEvenWhereTheKeysDisagree() {
        let names = ["Małgorzata", "Malz", "Mam", "Mal", "Łukasz", "Lukas", "Zoë", "zoe", "Zoe", "Ångström", "Angus", "Anna 10", "Anna 9",
                     "anna 9", "Émile", "Emil", "Ørjan", "Oscar", "李雷", "Ο Κώστας", "Kostas", "ß", "ss", "Ss", "", "a-b", "a+b", "ab",
                     "Ağca", "Agnes", "Şule", "Sule", "Đorđe", "Dora"]
        // Not fullwidth letters ("Ａｎｎａ"): Foundation's comparison of them with accented names is not transitive, so
        // no single order exists and even a plain sort's result depends on the order it was handed.
        var people: [Person] = []
        for (index, name) in (names + names.map { $0.uppercased() }).enumerated() {
            people.append(Person(name: name, handle: "h\(index)", updatedAt: Date(timeIntervalSince1970: 0)))
        }
        XCTAssertFalse(SortKey.of("Małgorzata").lexicographicallyPrecedes(SortKey.of("Mam")), "the keys disagree with the locale here")
        XCTAssertTrue(SkillsMatrix.personOrder(people[0], people[2]), "Małgorzata before Mam")
        for seed in 0..<5 {
            var generator = SeededGenerator(seed: UInt64(seed))
            let shuffled = people.shuffled(using: &generator)
            XCTAssertEqual(SkillsMatrix.inPersonOrder(shuffled).map(\.id), shuffled.sorted(by: SkillsMatrix.personOrder).map(\.id))
        }
    }

    func testTextsSortAsTheLocaleOrderKeepingEqualTextsInTheOrderGiven() {
        let texts = ["Małgorzata", "Zoe", "zoe", "Mam", "ZOE", "Zoë", "Anna 10", "anna 9", "Łukasz", "Lukas", "Zoe", "ß", "ss", "SS", "", "a-b", "ab"]
        for seed in 0..<5 {
            var generator = SeededGenerator(seed: UInt64(seed))
            let shuffled = texts.shuffled(using: &generator)
            XCTAssertEqual(SortKey.sortedTexts(shuffled), shuffled.sorted { TextOrder.precedes($0, $1) })
        }
    }

    func testNamesWhoseKeysAgreeCostOneComparisonEach() {
        let people = (0..<2_000).map { Person(name: "Person \($0 * 7919 % 2_000)", handle: "p\($0)", updatedAt: Date(timeIntervalSince1970: 0)) }
        var comparisons = 0
        let sorted = SortKey.sortedExactly(people, keys: people.map { SortKey.of($0.name) }) { a, b in
            comparisons += 1
            return SkillsMatrix.personOrder(a, b)
        }
        XCTAssertEqual(sorted.map(\.id), people.sorted(by: SkillsMatrix.personOrder).map(\.id))
        XCTAssertLessThan(comparisons, 2_000, "one pass over keys that already agree (a plain sort: about n log n = 22,000)")
    }
}

/// A small deterministic generator for shuffles in tests (SplitMix64).
private struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
