import Foundation
import GuildCore
import GuildTestSupport
@testable import GuildUI
import XCTest

/// The overlay's own reducer, on `Overlay?` alone: help toggles, a detail opens at the top, scrolling stays within the
/// lines the environment says there are, and deleting the record shown closes its detail.
final class OverlayReducerTests: XCTestCase {
    private func store(_ overlay: Overlay? = nil, lines: Int = 50, visible: Int = 10) -> TestStore<Overlay?, OverlayAction, Never> {
        let environment = OverlayEnvironment(lineCount: { lines }, visibleLines: visible)
        return TestStore(initialState: overlay) { overlay, action in
            Overlay.reduce(&overlay, action, in: environment)
            return []
        }
    }

    func testHelpTogglesAndScrollsWithinItsLines() {
        let store = store()
        store.send(.scrolledLines(3))
        store.send(.helpToggled) { $0 = .help(scroll: 0) }
        store.send(.scrolledLines(-1))
        store.send(.scrolledLines(3)) { $0 = .help(scroll: 3) }
        store.send(.scrolledPages(1)) { $0 = .help(scroll: 12) }
        store.send(.scrolledToBottom) { $0 = .help(scroll: 40) }
        store.send(.scrolledPages(1))
        store.send(.scrolledPages(-2)) { $0 = .help(scroll: 22) }
        store.send(.scrolledToTop) { $0 = .help(scroll: 0) }
        store.send(.helpToggled) { $0 = nil }
    }

    func testADetailOpensAtTheTopAndClosesWhenItsRecordIsDeleted() {
        let person = EditingSupport.person("zoe")
        let store = store(lines: 5)
        store.send(.detailOpened(.person(person.id))) { $0 = .detail(.person(person.id), scroll: 0) }
        store.send(.scrolledToBottom)
        store.send(.recordDeleted(UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1))))
        store.send(.recordDeleted(person.id)) { $0 = nil }
        store.send(.helpToggled) { $0 = .help(scroll: 0) }
        store.send(.closed) { $0 = nil }
    }
}
