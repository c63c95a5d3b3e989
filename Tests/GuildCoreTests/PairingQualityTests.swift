import Foundation
import GuildCore
import XCTest

/// Pair quality on fixed seeds, against the bar the earlier greedy draw (64 shuffled attempts, O(n³) each) set on the
/// same data, seeds and rounds: groups with a teach/learn match, groups mixing teams, and pairs repeated from the window.
/// The bar was measured once with that algorithm (release build, same `simulate` call) and is kept here as numbers.
final class PairingQualityTests: XCTestCase {
    /// The moment the bar was measured at (the generated ratings are dated from it).
    static let now = Date(timeIntervalSince1970: 1_780_000_000)
    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// The people, skills and ratings of the `10k` demo scale (200 people, 60 skills, 10 teams), with few other records.
    static func tenKPeople() -> GuildData {
        let shape = ScaledTeamShape(people: 200, skills: 60, teams: 10, sessions: 4, recurringSeries: 1, notes: 0, actions: 0,
                                    learnings: 0, topics: 0, communities: 1, solutions: 0, historyDays: 365)
        return ScaledTeam.make(shape: shape, now: now, calendar: calendar, seed: 42)
    }

    func testSampleTeamPairsAtLeastAsWellAsTheEarlierDraw() {
        let data = SampleTeam.make(now: Self.now, calendar: Self.calendar, seed: 42)
        let result = PairingQuality.simulate(data, rounds: 20, firstSeed: 1, start: Self.now)
        // The earlier draw: 120 groups, 114 with a teach/learn match (95.0 %), 110 mixing teams (91.7 %), no repeat.
        let bar = PairingQuality(groups: 120, matched: 114, mixed: 110, repeats: 0)
        assertAtLeast(result.quality, bar)
        for round in result.rounds { XCTAssertNoThrow(try round.validate()) }
    }

    func testTenKPeoplePairAtLeastAsWellAsTheEarlierDraw() {
        let data = Self.tenKPeople()
        let result = PairingQuality.simulate(data, rounds: 6, firstSeed: 1, start: Self.now)
        // The earlier draw: 552 groups, every one with a teach/learn match and mixing teams, no repeat (101 s for the
        // six rounds in release on a loaded 2-core machine).
        let bar = PairingQuality(groups: 552, matched: 552, mixed: 552, repeats: 0)
        assertAtLeast(result.quality, bar)
        let present = Set(data.people.values.filter { !$0.isAway && !($0.pairingOptOut ?? false) }.map(\.id))
        for round in result.rounds {
            XCTAssertEqual(round.members, present, "everyone present exactly once")
            XCTAssertLessThanOrEqual(round.groups.filter { $0.members.count == 3 }.count, 1)
        }
    }

    private func assertAtLeast(_ quality: PairingQuality, _ bar: PairingQuality, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(quality.groups, bar.groups, "same people, same number of groups", file: file, line: line)
        XCTAssertGreaterThanOrEqual(quality.matchedShare, bar.matchedShare, "teach/learn matches: \(quality) vs \(bar)", file: file, line: line)
        XCTAssertGreaterThanOrEqual(quality.mixedShare, bar.mixedShare, "mixed teams: \(quality) vs \(bar)", file: file, line: line)
        XCTAssertLessThanOrEqual(quality.repeats, bar.repeats, "repeats: \(quality) vs \(bar)", file: file, line: line)
    }
}
