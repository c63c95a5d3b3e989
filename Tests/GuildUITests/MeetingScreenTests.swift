import Foundation
import GuildCore
import GuildTestSupport
@testable import GuildUI
import TerminalGrid
import XCTest

/// The meeting screen drawn at 80×24 and 120×40: what must show, and golden screens.
final class MeetingScreenTests: XCTestCase {
    private func roundState(width: Int, height: Int) -> MeetingState {
        var state = MeetingReducerTests.meeting(width: width, height: height)
        MeetingReducerTests.press(&state, "right", "space", "]")
        MeetingReducerTests.tick(&state, seconds: 200)
        MeetingReducerTests.press(&state, "enter")
        MeetingReducerTests.tick(&state, seconds: 45)
        MeetingReducerTests.press(&state, "s")
        MeetingReducerTests.type(&state, "Shipped the rate limiter")
        MeetingReducerTests.press(&state, "enter", "Q")
        MeetingReducerTests.type(&state, "Can we record the deep dives?")
        MeetingReducerTests.press(&state, "enter")
        return state
    }

    func testRoundAt120x40() {
        let state = roundState(width: 120, height: 40)
        let text = renderMeeting(state).description
        XCTAssertTrue(text.contains("Speaking:"), text)
        XCTAssertTrue(text.contains("Not heard yet"), text)
        XCTAssertTrue(text.contains("Can we record the deep dives?"), text)
        XCTAssertTrue(text.contains("██"), "full-size digits at 120×40")
        Fixtures.goldens.assertScreen(renderMeeting(state), named: "meeting-round-120x40", styles: Fixtures.styles(of: state.theme))
    }

    func testRoundAt80x24UsesCompactDigits() {
        let state = roundState(width: 80, height: 24)
        let grid = renderMeeting(state)
        XCTAssertTrue(grid.description.contains("Speaking:"), grid.description)
        XCTAssertTrue(grid.description.contains("▀▀▀"), "compact (half-block) digits at 80×24")
        Fixtures.goldens.assertScreen(grid, named: "meeting-round-80x24")
    }

    func testOvertimeUsesWarningThenError() {
        var state = MeetingReducerTests.meeting()
        MeetingReducerTests.press(&state, "right", "space")
        MeetingReducerTests.tick(&state, seconds: 330)
        let theme = state.theme
        func digitStyle() -> Style? {
            let grid = renderMeeting(state)
            for y in 0..<grid.size.height { for x in 0..<grid.size.width where grid[x, y].grapheme == "█" { return grid[x, y].style } }
            return nil
        }
        XCTAssertEqual(digitStyle()?.fg, theme.style(.warning).fg)
        MeetingReducerTests.tick(&state, seconds: 60)
        XCTAssertEqual(digitStyle()?.fg, theme.style(.error).fg)
    }

    func testReviewWrapUpAndNotesViewAt80x24() {
        var state = MeetingReducerTests.meeting(width: 80, height: 24)
        Fixtures.goldens.assertScreen(renderMeeting(state), named: "meeting-review-80x24")
        MeetingReducerTests.press(&state, "right", "W")
        Fixtures.goldens.assertScreen(renderMeeting(state), named: "meeting-wrapup-80x24")
        let notes = MeetingReducerTests.meeting(role: .notes, width: 80, height: 24)
        XCTAssertTrue(renderMeeting(notes).description.contains("NOTES"))
    }

    func testLargeTerminalScalesTheDigitsUp() {
        var state = MeetingReducerTests.meeting(width: 200, height: 60)
        MeetingReducerTests.press(&state, "right")
        let text = renderMeeting(state).description
        XCTAssertTrue(text.contains("████████"), "scaled-up digits:\n\(text)")
        let small = renderMeeting(MeetingReducerTests.meeting(width: 40, height: 10)).description
        XCTAssertTrue(small.contains("Terminal too small"), small)
    }
}
