import Foundation
import GuildCore
import XCTest

/// The pairing roulette over many simulated rounds: no repeats within the window, fair spread, trio, skips, determinism.
final class PairingRouletteTests: XCTestCase {
    typealias F = SkillsMapFixture

    /// Eleven people in three teams with seeded ratings, plus one away and one opted out.
    static func team() -> GuildData {
        var data = GuildData()
        var random = SeededRandom(seed: 99)
        let skills = (0..<8).map { Skill(id: F.id(100 + $0), name: "Skill \($0)", updatedAt: F.t0) }
        for skill in skills { data.upsert(skill) }
        for n in 0..<13 {
            let person = Person(id: F.id(n + 1), name: "Person \(String(format: "%02d", n))", handle: "p\(n)",
                                team: ["Platform", "Payments", "Mobile"][n % 3], away: n == 11 ? true : nil,
                                pairingOptOut: n == 12 ? true : nil, updatedAt: F.t0)
            data.upsert(person)
            var sheet = RatingSheet(personID: person.id, updatedAt: F.t0)
            for skill in skills where random.chance(0.6) {
                let level = Int.random(in: 0...4, using: &random)
                sheet.record(SkillRating(skillID: skill.id, level: SkillLevel(rawValue: level)!, wantsToLearn: level < 3 && random.chance(0.5),
                                         happyToTeach: level >= 3 && random.chance(0.7), ratedAt: F.t0))
            }
            data.upsert(sheet)
        }
        return data
    }

    func testTwentyRoundsNeverRepeatAPairWithinTheWindowAndSpreadPartnersFairly() {
        let data = Self.team()
        var rules = PairingRoulette.Rules()
        rules.window = 3
        var rounds: [PairingRound] = []
        var partners: [UUID: Set<UUID>] = [:]
        var together: [PairKey: Int] = [:]
        let present = Set((0..<11).map { F.id($0 + 1) })
        for index in 0..<20 {
            let draw = PairingRoulette.draw(data, previous: rounds, seed: UInt64(1000 + index),
                                            at: F.t0.addingTimeInterval(Double(index) * 7 * 86_400), rules: rules)
            let round = draw.round
            XCTAssertTrue(draw.repeats.isEmpty, "round \(index) repeats \(draw.repeats)")
            XCTAssertEqual(round.members, present, "everyone present exactly once, nobody away or opted out")
            XCTAssertEqual(round.groups.flatMap(\.members).count, 11)
            XCTAssertEqual(round.groups.filter { $0.members.count == 3 }.count, 1, "an odd count makes one trio")
            XCTAssertNoThrow(try round.validate())
            let recent = Set(rounds.suffix(rules.window).flatMap { $0.groups.flatMap(\.pairKeys) })
            for key in round.groups.flatMap(\.pairKeys) {
                XCTAssertFalse(recent.contains(key), "round \(index) repeats a pair from the last \(rules.window) rounds")
                together[key, default: 0] += 1
                partners[key.first, default: []].insert(key.second)
                partners[key.second, default: []].insert(key.first)
            }
            rounds.append(round)
        }
        // 20 rounds × 7 pairs over 55 possible pairs: everyone meets nearly everyone, no pair dominates.
        let fewest = present.map { partners[$0]?.count ?? 0 }.min()!
        XCTAssertGreaterThanOrEqual(fewest, 8, "everyone meets at least 8 of their 10 possible partners")
        XCTAssertLessThanOrEqual(together.values.max()!, 5, "no pair is drawn more than 5 times in 20 rounds")
        XCTAssertGreaterThanOrEqual(together.count, 45, "most of the 55 possible pairs happen")
    }

    func testSameSeedSameRoundAndSkipsAreExplained() {
        let data = SkillsMapFixture.make()
        let a = PairingRoulette.draw(data, previous: [], seed: 7, at: F.t0)
        let b = PairingRoulette.draw(data, previous: [], seed: 7, at: F.t0)
        XCTAssertEqual(a, b)
        XCTAssertEqual(a.skipped.map(\.personID), [F.fay, F.gus])
        XCTAssertEqual(a.skipped.map(\.reason), [.away, .optedOut])
        XCTAssertEqual(a.round.members, [F.ada, F.bo, F.cy, F.di, F.ed])
        XCTAssertEqual(a.round.groups.map(\.members.count).sorted(), [2, 3])
    }

    func testTeachersMeetLearnersAndTeamsMix() {
        let data = SkillsMapFixture.make()
        var matched = 0
        var mixed = 0
        for seed in 0..<30 {
            let round = PairingRoulette.draw(data, previous: [], seed: UInt64(seed), at: F.t0).round
            for group in round.groups {
                if let skill = group.skillID, let teacher = group.teacher, let learner = group.learner {
                    matched += 1
                    let ratings = CurrentRatings(data)
                    XCTAssertTrue(ratings.canTeach(teacher, skill))
                    XCTAssertTrue(ratings.wantsToLearn(learner, skill))
                    XCTAssertTrue(group.members.contains(teacher) && group.members.contains(learner))
                }
                if Set(group.members.map { data.people[$0]!.team }).count > 1 { mixed += 1 }
            }
        }
        XCTAssertGreaterThanOrEqual(matched, 45, "nearly every group of 60 has a teach/learn match")
        XCTAssertGreaterThanOrEqual(mixed, 55, "nearly every group mixes teams")
    }

    func testTooFewPeopleRepeatOnlyWhenNothingElseIsPossible() {
        var data = SkillsMapFixture.make()
        for id in [F.cy, F.di, F.ed] { data.people[id]?.away = true }
        let first = PairingRoulette.draw(data, previous: [], seed: 1, at: F.t0).round
        XCTAssertEqual(first.groups.map(\.members.count), [2])
        let second = PairingRoulette.draw(data, previous: [first], seed: 2, at: F.t0.addingTimeInterval(86_400))
        XCTAssertEqual(second.repeats, [PairKey(F.ada, F.bo)], "two people: the repeat is reported, not hidden")
        data.people[F.bo]?.away = true
        XCTAssertTrue(PairingRoulette.draw(data, previous: [], seed: 1, at: F.t0).round.groups.isEmpty, "one person: no pairs")
    }

    func testFeedbackIsNotedAndMarkedShared() throws {
        var round = PairingRoulette.draw(SkillsMapFixture.make(), previous: [], seed: 3, at: F.t0).round
        let group = try XCTUnwrap(round.groups.first)
        round.note(PairingFeedback(groupID: group.id, author: group.members[0], text: "Great session 🙌", createdAt: F.t0.addingTimeInterval(3600)))
        XCTAssertNoThrow(try round.validate())
        XCTAssertEqual(round.updatedAt, F.t0.addingTimeInterval(3600))
        round.markFeedbackShared(at: F.t0.addingTimeInterval(7200))
        XCTAssertEqual(round.feedback.map(\.shared), [true])
        round.note(PairingFeedback(groupID: UUID(), text: "stray", createdAt: F.t0))
        XCTAssertThrowsError(try round.validate())
    }
}
