import Foundation
import GuildCore
import XCTest

/// Facilitator and note-taker rotation: least recently served goes next, never-served first, away and skipped passed over.
final class MeetingRotationTests: XCTestCase {
    private let a = UUID(uuidString: "00000000-0000-4000-8000-00000000000a")!
    private let b = UUID(uuidString: "00000000-0000-4000-8000-00000000000b")!
    private let c = UUID(uuidString: "00000000-0000-4000-8000-00000000000c")!
    private let d = UUID(uuidString: "00000000-0000-4000-8000-00000000000d")!

    private func entry(_ week: Int, _ facilitator: UUID?, _ noteTaker: UUID?) -> Rotation.Entry {
        Rotation.Entry(sessionID: UUID(), start: Fixtures.date(2026, 11, 6 + 7 * week, 15), facilitator: facilitator, noteTaker: noteTaker)
    }

    func testLeastRecentlyServedGoesNextAndNeverServedFirst() {
        let history = [entry(0, a, b), entry(1, c, a), entry(2, a, c)]
        XCTAssertEqual(Rotation.next(.noteTaker, candidates: [a, b, c, d], history: history), d, "never took notes")
        XCTAssertEqual(Rotation.next(.noteTaker, candidates: [a, b, c], history: history), b, "took notes longest ago")
        XCTAssertEqual(Rotation.next(.facilitator, candidates: [a, b, c, d], history: history), b, "ties among never-served keep the candidates' order")
        XCTAssertEqual(Rotation.next(.facilitator, candidates: [a, c], history: history), c)
        XCTAssertNil(Rotation.next(.facilitator, candidates: [a], history: history, excluding: [a]))
    }

    func testAssignPicksTwoPeopleAndSupportsSkipAndSwap() {
        let history = [entry(0, a, b), entry(1, c, a), entry(2, a, c)]
        let plain = Rotation.assign(candidates: [a, b, c], history: history)
        XCTAssertEqual(plain.facilitator, b)
        XCTAssertEqual(plain.noteTaker, a, "b facilitates, so the next note-taker in line after b")
        let skipped = Rotation.assign(candidates: [a, b, c], history: history, skipped: [b])
        XCTAssertEqual(skipped.facilitator, c)
        XCTAssertEqual(skipped.noteTaker, a)
        let swapped = Rotation.assign(candidates: [a, b, c], history: history, swapped: true)
        XCTAssertEqual(swapped.facilitator, a)
        XCTAssertEqual(swapped.noteTaker, b)
    }

    func testSampleSeriesRotatesAmongPeopleNotAway() throws {
        let data = SampleTeam.make(now: Fixtures.now, calendar: Fixtures.calendar)
        let series = try XCTUnwrap(data.sessions.values.first { $0.recurrence != nil && $0.format == .weeklyMeeting && $0.title == "Weekly tech meeting" })
        let candidates = Rotation.candidates(for: series, in: data)
        let noah = try XCTUnwrap(data.person(handle: "noah"))
        XCTAssertFalse(candidates.contains(noah.id), "away people are skipped")
        let history = Rotation.history(of: series.id, in: data)
        XCTAssertEqual(history.map { data.people[$0.noteTaker!]!.handle }, ["ingrid", "jose", "zoe"])
        let picks = Rotation.assign(candidates: candidates, history: history)
        let served = Set(history.compactMap(\.noteTaker))
        XCTAssertFalse(served.contains(picks.noteTaker!), "someone who never took notes goes first")
        XCTAssertNotEqual(picks.facilitator, picks.noteTaker)
    }
}
