import GuildCore
import GuildTestSupport
@testable import GuildUI
import TerminalGrid
import XCTest

/// Whole-screen renders of the sample team compared with files under Goldens/.
final class GoldenScreenTests: XCTestCase {
    /// The home screen with its colours: `home-120x40.styles.txt` maps every cell to the theme role that draws it.
    func testHomeAt120x40() {
        let state = Fixtures.state(width: 120, height: 40)
        Fixtures.goldens.assertScreen(render(state), named: "home-120x40", styles: Fixtures.styles(of: state.theme))
    }

    func testHomeAt80x24() {
        Fixtures.goldens.assertScreen(render(Fixtures.state(width: 80, height: 24)), named: "home-80x24")
    }

    func testMatrixFocusedAt80x24() {
        var state = Fixtures.state(width: 80, height: 24)
        Fixtures.press(&state, "2", "j", "l", "l")
        Fixtures.goldens.assertScreen(render(state), named: "home-matrix-80x24")
    }

    func testHelpOverlayAt120x40() {
        var state = Fixtures.state(width: 120, height: 40)
        Fixtures.press(&state, "?")
        Fixtures.goldens.assertScreen(render(state), named: "help-120x40")
    }

    func testSessionDetailAt120x40() {
        var state = Fixtures.state(width: 120, height: 40)
        // The weekly tech meeting: agenda with timeboxes and notes of the last meeting.
        let weekly = state.shownSessions.firstIndex { $0.session.format == .weeklyMeeting }!
        for _ in 0..<weekly { Fixtures.press(&state, "j") }
        Fixtures.press(&state, "enter")
        Fixtures.goldens.assertScreen(render(state), named: "detail-session-120x40")
    }

    func testPersonDetailAt120x40() {
        var state = Fixtures.state(width: 120, height: 40)
        Fixtures.press(&state, "2", "enter")
        Fixtures.goldens.assertScreen(render(state), named: "detail-person-120x40")
    }

    func testActionDetailAt120x40() {
        var state = Fixtures.state(width: 120, height: 40)
        Fixtures.press(&state, "3", "enter")
        Fixtures.goldens.assertScreen(render(state), named: "detail-action-120x40")
    }

    func testEmptyStoreAt80x24() {
        Fixtures.goldens.assertScreen(render(Fixtures.state(GuildData(), width: 80, height: 24)), named: "empty-80x24")
    }
}
