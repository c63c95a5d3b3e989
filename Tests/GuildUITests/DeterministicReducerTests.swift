import Foundation
import GuildCore
@testable import GuildUI
import TerminalGrid
import XCTest

/// Reducers take the clock and new ids as inputs (`tick`, `IDSource`), never `Date()` or `UUID()`: the same state
/// and the same actions make exactly the same records, so every reducer test is deterministic.
final class DeterministicReducerTests: XCTestCase {
    /// Everything a meeting can create — notes, an action item, a parked topic promoted, an anonymous question.
    private func meetingEffects(_ start: MeetingState) -> [MeetingEffect] {
        var state = start
        var effects = MeetingReducerTests.press(&state, "right", "n")
        MeetingReducerTests.type(&state, "A note")
        effects += MeetingReducerTests.press(&state, "enter", "a")
        MeetingReducerTests.type(&state, "Write it up @zoe")
        effects += MeetingReducerTests.press(&state, "enter", "P")
        MeetingReducerTests.type(&state, "Kafka deep dive")
        effects += MeetingReducerTests.press(&state, "enter", "Q")
        MeetingReducerTests.type(&state, "Why Fridays?")
        effects += MeetingReducerTests.press(&state, "enter", "W", "t", "enter")
        return effects
    }

    func testAMeetingMakesTheSameRecordsEveryTime() {
        let start = MeetingReducerTests.meeting()
        let first = meetingEffects(start)
        XCTAssertEqual(first, meetingEffects(start))
        let created = first.compactMap { effect -> UUID? in
            // The meeting's progress record is named by the session it belongs to, not drawn from the id source.
            guard case .save(let save) = effect, save.change.before == nil, save.purpose != .meetingProgress else { return nil }
            return save.record?.id
        }
        XCTAssertEqual(created.count, 5, "\(first)")
        XCTAssertEqual(Set(created).count, created.count, "every new record has an id of its own")
    }

    func testADifferentIDSeedMakesDifferentIDs() {
        var one = MeetingReducerTests.meeting()
        var two = one
        two.ids = IDSource(seed: 8)
        MeetingReducerTests.press(&one, "right", "n")
        MeetingReducerTests.type(&one, "Same text")
        MeetingReducerTests.press(&two, "right", "n")
        MeetingReducerTests.type(&two, "Same text")
        let a = MeetingReducerTests.saved(MeetingReducerTests.press(&one, "enter"), NoteEntry.self)
        let b = MeetingReducerTests.saved(MeetingReducerTests.press(&two, "enter"), NoteEntry.self)
        XCTAssertNotNil(a)
        XCTAssertNotEqual(a?.id, b?.id)
    }

    func testADashboardFormMakesTheSameRecordEveryTime() throws {
        var one = Fixtures.state()
        var two = Fixtures.state()
        let a = try newSession(&one)
        XCTAssertEqual(a, try newSession(&two))
        XCTAssertEqual(Set(a.agenda.map(\.id)).count, 3, "each new agenda item has an id of its own")
        XCTAssertFalse(a.agenda.map(\.id).contains(a.id))
        XCTAssertNotEqual(try newSession(&one).id, a.id, "the next new record gets another id")
    }

    func testQuickAddMakesTheSameActionItemEveryTime() throws {
        var one = Fixtures.state()
        var two = Fixtures.state()
        let a = try quickAdd(&one)
        XCTAssertEqual(a, try quickAdd(&two))
        XCTAssertNotEqual(try quickAdd(&one).id, a.id)
    }

    private struct NoSave: Error {}

    private func newSession(_ state: inout AppState) throws -> Session {
        Fixtures.press(&state, "1", "n")
        EditingSupport.type(&state, "Zero-downtime migrations")
        EditingSupport.fill(&state, field: "when", with: "fri 16:00")
        EditingSupport.fill(&state, field: "agenda", with: "Intro=5; Talk=30; round:Questions=10")
        let effects = Fixtures.press(&state, "enter")
        guard let session = EditingSupport.change(effects)?.after?.as(Session.self) else {
            XCTFail("no save: \(effects)")
            throw NoSave()
        }
        EditingSupport.confirm(&state, effects)
        return session
    }

    private func quickAdd(_ state: inout AppState) throws -> ActionItem {
        Fixtures.press(&state, "a")
        EditingSupport.type(&state, "Fix flaky CI @zoe")
        let effects = Fixtures.press(&state, "enter")
        guard let item = EditingSupport.change(effects)?.after?.as(ActionItem.self) else {
            XCTFail("no save: \(effects)")
            throw NoSave()
        }
        EditingSupport.confirm(&state, effects)
        return item
    }
}
