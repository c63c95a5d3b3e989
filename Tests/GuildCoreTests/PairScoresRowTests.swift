import Foundation
@testable import GuildCore
import XCTest

/// The pairing draw scores each person's candidate row in one pass (`PairScores.scores(of:)`, used above a few hundred
/// people): every value must be the one `score` and `isRecent` give for the pair alone, either way round (the draw
/// scores each pair once, for both its people), so the draw is unchanged.
final class PairScoresRowTests: XCTestCase {
    func testARowScoredInOnePassEqualsEachPairScoredAlone() {
        let data = PairingQualityTests.tenKPeople()
        // Six earlier rounds: partners from before the window and within it (recent), some twice.
        let history = PairingQuality.simulate(data, rounds: 6, firstSeed: 1, start: PairingQualityTests.now).rounds
            .sorted { $0.drawnAt > $1.drawnAt }
        let rules = PairingRoulette.Rules()
        var recentKeys: Set<PairKey> = []
        for round in history.prefix(rules.window) { for group in round.groups { recentKeys.formUnion(group.pairKeys) } }
        let present = SkillsMatrix.sortedPeople(data.people.values.filter { !$0.isAway })
        let scores = PairScores(present, ratings: CurrentRatings(data), data: data, history: history, recent: recentKeys, seed: 9, rules: rules)
        var row = [Double](repeating: .nan, count: scores.count)
        var recent = [Bool](repeating: true, count: scores.count)
        var mismatches: [String] = []
        var recentPairs = 0
        for a in 0..<scores.count {
            scores.scores(of: a, into: &row, recent: &recent)
            for b in 0..<scores.count where b != a {
                let alone = scores.score(a, b)
                if row[b].bitPattern != alone.bitPattern { mismatches.append("score \(a)-\(b): \(row[b]) vs \(alone)") }
                if recent[b] != scores.isRecent(a, b) { mismatches.append("recent \(a)-\(b)") }
                if recent[b] { recentPairs += 1 }
            }
            // The rest of the row only (what the draw scores, each pair once): the same values from `a + 1` on.
            scores.scores(of: a, from: a + 1, into: &row, recent: &recent)
            for b in (a + 1)..<scores.count {
                if row[b].bitPattern != scores.score(b, a).bitPattern { mismatches.append("rest \(a)-\(b): \(row[b]) vs \(scores.score(b, a))") }
                if recent[b] != scores.isRecent(b, a) { mismatches.append("rest recent \(a)-\(b)") }
            }
        }
        XCTAssertEqual(mismatches.prefix(5), [], "\(mismatches.count) pairs differ")
        XCTAssertGreaterThan(recentPairs, 0, "the history has pairs within the window")
        XCTAssertGreaterThan(scores.count, 100)
    }
}
