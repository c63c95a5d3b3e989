import Foundation
@testable import GuildCore
import XCTest

/// The pairing draw's work grows as about n² in the people present (each person's candidate row scored once, a
/// matching over the kept candidates, swap passes within a budget), not as the n³ of the earlier greedy draw: the
/// pair scores it looks at are counted (`PairWork`) on the same kind of data at three sizes, each twice the last.
final class PairingWorkTests: XCTestCase {
    func testPairScoresLookedAtGrowAsTheSquareOfThePeoplePresent() {
        var looks: [(people: Int, looks: Int)] = []
        for people in [450, 900, 1_800] {
            let shape = ScaledTeamShape(people: people, skills: 60, teams: 10, sessions: 4, recurringSeries: 1, notes: 0, actions: 0,
                                        learnings: 0, topics: 0, communities: 1, solutions: 0, historyDays: 365)
            let data = ScaledTeam.make(shape: shape, now: PairingQualityTests.now, calendar: PairingQualityTests.calendar, seed: 42)
            let present = SkillsMatrix.sortedPeople(data.people.values.filter { !$0.isAway && !($0.pairingOptOut ?? false) })
            let rules = PairingRoulette.Rules()
            let scores = PairScores(present, ratings: CurrentRatings(data), data: data, history: [], recent: [], seed: 3, rules: rules)
            let work = PairWork()
            let groups = PairMatching(scores: scores, rules: rules, work: work).groups()
            XCTAssertEqual(groups.flatMap { $0 }.count, present.count, "everyone present is in a group")
            looks.append((present.count, work.looks))
        }
        for (small, large) in zip(looks, looks.dropFirst()) {
            let n = Double(small.people), m = Double(large.people)
            let ratio = Double(large.looks) / Double(small.looks)
            // n² log n from n to m: (m/n)² · log m / log n (about 4.4 for twice as many); n³ would be about 8.
            let bound = (m / n) * (m / n) * log(m) / log(n)
            XCTAssertLessThanOrEqual(ratio, bound, "\(small) → \(large): \(ratio)× the looks for \(m / n)× the people")
        }
        for (people, count) in looks {
            XCTAssertLessThanOrEqual(Double(count), 5 * Double(people) * Double(people), "\(count) looks for \(people) people")
        }
    }
}
