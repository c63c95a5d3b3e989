import Foundation
import GuildCore
@testable import GuildUI
import TerminalGrid
import XCTest

/// The communities screen builds its lines when their inputs change, not every frame of the run loop.
final class ViewMemoTests: XCTestCase {
    func testCommunitiesFramesReuseTheLinesAndAKeyBuildsOnlyWhatItChanges() {
        var state = Fixtures.state()
        Fixtures.press(&state, "C")
        let first = render(state).description
        for _ in 0..<5 { _ = render(state) }
        XCTAssertEqual(state.viewMemo.builds("communities.list"), 1, "idle frames reuse the list")
        XCTAssertEqual(state.viewMemo.builds("communities.detail"), 1, "idle frames reuse the details")
        XCTAssertEqual(state.viewMemo.builds("communities.upcoming"), 1)
        Fixtures.press(&state, "j")
        let moved = render(state).description
        _ = render(state)
        XCTAssertNotEqual(moved, first, "the next community is shown")
        XCTAssertEqual(state.viewMemo.builds("communities.detail"), 2, "a new selection builds its details once")
        XCTAssertEqual(state.viewMemo.builds("communities.upcoming"), 1, "the occurrences are listed once per data and clock")
        Fixtures.press(&state, "k")
        XCTAssertEqual(render(state).description, first, "back to the first community, as it was")
    }
}
