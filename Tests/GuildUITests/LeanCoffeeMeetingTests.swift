import Foundation
import GuildCore
import GuildTestSupport
@testable import GuildUI
import TerminalGrid
import XCTest

/// Lean Coffee on the shared screen: when an item's timebox ends, "continue?" shows the thumbs up and down the room
/// gave from their terminals (`guild vote --continue`), counted live; more time (e) starts a fresh question.
final class LeanCoffeeMeetingTests: XCTestCase {
    /// The weekly meeting on its first item, 30 seconds over its 5-minute timebox.
    private func overtime(width: Int = 120, height: Int = 40, role: MeetingRole = .shared) -> MeetingState {
        var state = MeetingReducerTests.meeting(role: role, width: width, height: height)
        MeetingReducerTests.press(&state, "right", "space")
        MeetingReducerTests.tick(&state, seconds: 330)
        return state
    }

    /// `state`'s data with answers for the current item's timebox as it is now.
    private func answered(_ state: MeetingState, _ answers: [(String, Bool)]) -> GuildData {
        var data = state.data
        let slot = state.timer.current!
        for (handle, keepGoing) in answers {
            data.upsert(ContinueVote(sessionID: state.session.id, itemID: slot.id, timeboxSeconds: Int(slot.plannedSeconds),
                                     voter: data.person(handle: handle)!.id, keepGoing: keepGoing, at: Fixtures.now))
        }
        return data
    }

    func testTheRoomsAnswersFromTerminalsAreCountedLiveWhenTheTimeboxEnds() {
        var state = MeetingReducerTests.meeting()
        MeetingReducerTests.press(&state, "right", "space")
        MeetingReducerTests.tick(&state, seconds: 200)
        XCTAssertFalse(renderMeeting(state).description.contains("continue?"), "not while the timebox runs")
        MeetingReducerTests.tick(&state, seconds: 130)
        XCTAssertTrue(renderMeeting(state).description.contains("Time's up · continue? 👍 0  👎 0 · e/E more time · → next item"),
                      renderMeeting(state).description)
        MeetingReducerTests.send(&state, .storeReloaded(answered(state, [("zoe", true), ("noah", true), ("yuki", false)]), notes: []))
        XCTAssertTrue(renderMeeting(state).description.contains("continue? 👍 2  👎 1"), renderMeeting(state).description)
        // The facilitator gives more time: the question is asked afresh when that runs out.
        MeetingReducerTests.press(&state, "e")
        XCTAssertFalse(renderMeeting(state).description.contains("continue?"))
        MeetingReducerTests.tick(&state, seconds: 60)
        XCTAssertTrue(renderMeeting(state).description.contains("continue? 👍 0  👎 0"), renderMeeting(state).description)
    }

    func testTheNoteTakersViewSaysHowToAnswer() {
        let state = overtime(role: .notes)
        let text = renderMeeting(state).description
        if text.contains("continue?") {
            XCTAssertTrue(text.contains("guild vote --continue up|down"), text)
        }
    }

    func testGoldens() {
        var wide = overtime()
        MeetingReducerTests.send(&wide, .storeReloaded(answered(wide, [("zoe", true), ("noah", true), ("yuki", false)]), notes: []))
        Fixtures.goldens.assertScreen(renderMeeting(wide), named: "meeting-continue-120x40")
        var narrow = overtime(width: 80, height: 24)
        MeetingReducerTests.send(&narrow, .storeReloaded(answered(narrow, [("zoe", true)]), notes: []))
        Fixtures.goldens.assertScreen(renderMeeting(narrow), named: "meeting-continue-80x24")
    }
}
