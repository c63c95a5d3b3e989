import Foundation
import GuildCore
import GuildTestSupport
@testable import GuildUI
import TerminalGrid
import XCTest

/// The session detail view shows materials and key takeaways, and says when a held session is not yet documented.
final class SessionMaterialsDetailTests: XCTestCase {
    private func detail(of title: String, height: Int = 60) throws -> String {
        var state = Fixtures.state(Fixtures.sample, width: 120, height: height)
        let session = try XCTUnwrap(state.data.sessions.values.first { $0.title.hasPrefix(title) })
        state.overlay = .detail(.session(id: session.id, start: session.start), scroll: 0)
        return EditingSupport.screen(state)
    }

    func testADocumentedSessionShowsItsLinksAndTakeaways() throws {
        let text = try detail(of: "Tech talk: observability")
        XCTAssertTrue(text.contains("Materials and takeaways"), text)
        XCTAssertTrue(text.contains("Recording    https://media.example.com/guild/observability-on-a-budget"), text)
        XCTAssertTrue(text.contains("Key takeaways"), text)
        XCTAssertTrue(text.contains("- Count a label's values before you add it"), text)
        XCTAssertFalse(text.contains("Not yet documented"), text)
    }

    func testAHeldSessionWithoutThemSaysHowToDocumentIt() throws {
        let text = try detail(of: "Security threat modelling")
        XCTAssertTrue(text.contains("Not yet documented: add key takeaways or a recording (e edits the session"), text)
        XCTAssertFalse(try detail(of: "Hands-on Terraform").contains("Materials and takeaways"), "a planned session without them shows nothing")
    }

    /// The detail of a documented session, scrolled to its materials and takeaways, at both golden sizes.
    func testGoldens() throws {
        for (width, height) in [(120, 40), (80, 24)] {
            var state = Fixtures.state(Fixtures.sample, width: width, height: height)
            let session = try XCTUnwrap(state.data.sessions.values.first { $0.title.hasPrefix("Tech talk: observability") })
            state.overlay = .detail(.session(id: session.id, start: session.start), scroll: 0)
            var pressed = 0
            while !Golden.text(of: render(state)).contains("Materials and takeaways"), pressed < 80 {
                Fixtures.press(&state, "j")
                pressed += 1
            }
            // Once it shows at the bottom, scroll on so it sits near the top, with what follows it.
            if pressed > 0 { for _ in 0..<(height - 10) { Fixtures.press(&state, "j") } }
            let text = Golden.text(of: render(state))
            XCTAssertTrue(text.contains("Materials and takeaways") && text.contains("Recording"), text)
            Fixtures.goldens.assertScreen(render(state), named: "detail-session-materials-\(width)x\(height)")
        }
    }
}
