import Foundation
import GuildCore
import XCTest

/// Rounds: the seeded order, turns (pass, skip, away), the not-heard-yet list, and the speaking balance.
final class MeetingRoundTests: XCTestCase {
    private let people = (1...4).map { UUID(uuidString: "00000000-0000-4000-8000-00000000000\($0)")! }

    func testOrderIsASeededShuffleOfEveryone() {
        let a = RoundOrder.make(people: people, lastFirst: nil, seed: 7)
        XCTAssertEqual(a, RoundOrder.make(people: people.reversed(), lastFirst: nil, seed: 7), "same seed, same order, whatever the input order")
        XCTAssertEqual(Set(a), Set(people))
        let orders = Set((0..<40).map { RoundOrder.make(people: people, lastFirst: nil, seed: $0) })
        XCTAssertGreaterThan(orders.count, 10, "different seeds give different orders")
        let firsts = Set((0..<40).compactMap { RoundOrder.make(people: people, lastFirst: nil, seed: $0).first })
        XCTAssertEqual(firsts, Set(people), "anyone may start")
    }

    func testOrderNeverStartsWithLastTimesFirst() {
        for seed in 0..<200 as Range<UInt64> {
            let plain = RoundOrder.make(people: people, lastFirst: nil, seed: seed)
            let order = RoundOrder.make(people: people, lastFirst: plain[0], seed: seed)
            XCTAssertNotEqual(order.first, plain[0], "seed \(seed)")
            XCTAssertEqual(Set(order), Set(people))
        }
        XCTAssertEqual(RoundOrder.make(people: [people[0]], lastFirst: people[0], seed: 1), [people[0]], "alone, they start anyway")
        XCTAssertEqual(RoundOrder.make(people: [], lastFirst: nil, seed: 1), [])
    }

    func testTurnsPassSkipAwayAndNotHeardYet() {
        let item = UUID()
        var round = RoundTurns(itemID: item, order: people, timebox: 8 * 60)
        XCTAssertEqual(round.budgetPerSpeaker, 120)
        XCTAssertEqual(round.speaker, people[0])
        XCTAssertEqual(round.notHeardYet, Array(people[1...]))
        round.credit(30)
        round.finishTurn()
        XCTAssertEqual(round.turn(of: people[0]), .done)
        XCTAssertEqual(round.speaker, people[1])
        round.skip()
        XCTAssertEqual(round.speaker, people[2])
        XCTAssertEqual(round.notHeardYet, [people[3], people[1]], "skipped people come back after everyone else")
        round.pass()
        XCTAssertEqual(round.turn(of: people[2]), .passed)
        round.markAway()
        XCTAssertEqual(round.turn(of: people[3]), .away)
        XCTAssertEqual(round.speaker, people[1], "the skipped person is asked again at the end")
        XCTAssertEqual(round.notHeardYet, [])
        round.credit(200)
        XCTAssertEqual(round.speakerRemaining, -80)
        round.finishTurn()
        XCTAssertTrue(round.isFinished)
        XCTAssertEqual(round.spoken, [people[0]: 30, people[1]: 200])
    }

    func testSkippingTheLastOneLeftEndsTheRoundWithThemNotHeard() {
        var round = RoundTurns(itemID: UUID(), order: Array(people.prefix(2)), timebox: 60)
        round.finishTurn()
        round.skip()
        XCTAssertTrue(round.isFinished)
        XCTAssertEqual(round.notHeardYet, [people[1]])
        round.call(people[1])
        XCTAssertEqual(round.speaker, people[1])
    }

    func testSpeakingBalanceNudgesOnlyPastAFairShare() {
        var balance = SpeakingBalance()
        balance.plan(8 * 60)
        balance.add(100, to: people[0])
        XCTAssertEqual(balance.fairShare(among: 4), 120, "early on, the planned time sets the fair share")
        XCTAssertFalse(balance.isOverFairShare(people[0], among: 4), "the first speaker is not nudged for speaking first")
        balance.add(50, to: people[0])
        XCTAssertTrue(balance.isOverFairShare(people[0], among: 4))
        XCTAssertEqual(balance.barFraction(of: people[0], among: 4), 150.0 / 240.0, accuracy: 1e-9)
        balance.add(600, to: people[1])
        XCTAssertEqual(balance.fairShare(among: 4), 750.0 / 4, "past the plan, the talk so far sets it")
        XCTAssertFalse(balance.isOverFairShare(people[0], among: 4))
        XCTAssertEqual(balance.share(of: people[1]), 0.8, accuracy: 1e-9)
        XCTAssertEqual(balance.barFraction(of: people[1], among: 4), 1)
    }
}
