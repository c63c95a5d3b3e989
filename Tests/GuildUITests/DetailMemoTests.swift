import Foundation
import GuildCore
@testable import GuildUI
import TerminalGrid
import XCTest

/// A detail page is built once per target, width and content: scrolling keys reuse it; any change to what it shows
/// (the data, the lists, the clock, the theme), and a copy of the state that changed differently, get a page of their own.
final class DetailMemoTests: XCTestCase {
    private func text(_ lines: [[Span]]) -> String {
        lines.map { $0.map(\.text).joined() }.joined(separator: "\n")
    }

    func testScrollingReusesThePageAndEveryChangeRebuildsIt() throws {
        var state = Fixtures.state()
        let person = try XCTUnwrap(state.data.people.values.first { $0.handle == "zoe" })
        let target = DetailTarget.person(person.id)
        let width = 80
        let first = DetailView.lines(for: target, lists: state.lists, context: state.screenContext, width: width)
        XCTAssertEqual(text(first), text(DetailView.build(for: target, lists: state.lists, context: state.screenContext, width: width)))
        let key = DetailMemo.Key(target: target, width: width, stamp: state.contentStamp)
        _ = reduce(&state, .key(.down))
        XCTAssertEqual(DetailMemo.Key(target: target, width: width, stamp: state.contentStamp), key, "moving the cursor changes nothing a page shows")

        var renamed = person
        renamed.name = "Zoë Renamed"
        var copy = state
        copy.replaceData({ var data = copy.data; data.upsert(renamed); return data }())
        XCTAssertNotEqual(DetailMemo.Key(target: target, width: width, stamp: copy.contentStamp), DetailMemo.Key(target: target, width: width, stamp: state.contentStamp))
        XCTAssertTrue(text(DetailView.lines(for: target, lists: copy.lists, context: copy.screenContext, width: width)).contains("Zoë Renamed"), "the changed copy's page")
        XCTAssertFalse(text(DetailView.lines(for: target, lists: state.lists, context: state.screenContext, width: width)).contains("Zoë Renamed"), "the original's page")
        XCTAssertEqual(text(DetailView.lines(for: target, lists: state.lists, context: state.screenContext, width: 40)), text(DetailView.build(for: target, lists: state.lists, context: state.screenContext, width: 40)))

        let before = DetailMemo.Key(target: target, width: width, stamp: state.contentStamp)
        state.moveClock(to: state.now.addingTimeInterval(86_400))
        XCTAssertNotEqual(DetailMemo.Key(target: target, width: width, stamp: state.contentStamp), before, "relative dates move with the clock")
    }
}
