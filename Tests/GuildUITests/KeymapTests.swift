import Foundation
@testable import GuildUI
import TerminalGrid
import XCTest

/// The keymap as data: lookups, overrides by id, and problems reported by name.
final class KeymapTests: XCTestCase {
    func testStandardKeymapHasNoClashesAndCoversEveryCommand() {
        XCTAssertEqual(Keymap.standard.clashes, [])
        XCTAssertEqual(Set(Keymap.standard.bindings.map(\.id)), Set(Command.allCases.map(\.rawValue)))
        XCTAssertEqual(Keymap.standard.bindings.count, Command.allCases.count, "one binding per command")
    }

    func testLookupSearchesTheNarrowestContextFirst() {
        let keymap = Keymap.standard
        XCTAssertEqual(keymap.command(for: .escape, in: .home), "view.back")
        XCTAssertEqual(keymap.command(for: .escape, in: .overlay), "overlay.close")
        XCTAssertEqual(keymap.command(for: .escape, in: .filter), "filter.cancel")
        XCTAssertEqual(keymap.command(for: .char("q"), in: .home), "app.quit")
        XCTAssertEqual(keymap.command(for: .char("q"), in: .overlay), "app.quit")
        XCTAssertNil(keymap.command(for: .char("q"), in: .filter), "while typing, q is text")
    }

    func testOverridesReplaceKeysByID() {
        let json = #"{"pane.next": ["tab", "ctrl+n"], "app.quit": "Q"}"#
        let (keymap, problems) = Keymap.standard.applying(overrides: Data(json.utf8))
        XCTAssertEqual(problems, [])
        XCTAssertEqual(keymap.binding("pane.next")?.keys, [.tab, .ctrl("n")])
        XCTAssertEqual(keymap.command(for: .ctrl("n"), in: .home), "pane.next")
        XCTAssertEqual(keymap.command(for: .char("Q"), in: .home), "app.quit")
        XCTAssertNil(keymap.command(for: .char("q"), in: .home))
    }

    func testOverrideProblemsAreNamed() {
        let json = #"{"pane.nxt": ["tab"], "pane.zoom": ["hyper+z", "Z"], "app.help": 7}"#
        let (keymap, problems) = Keymap.standard.applying(overrides: Data(json.utf8), source: "keys.json")
        XCTAssertEqual(problems.count, 3, "\(problems)")
        XCTAssertTrue(problems.contains { $0.hasPrefix("keys.json: \"app.help\": expected a list of key names") })
        XCTAssertTrue(problems.contains { $0.hasPrefix("keys.json: unknown binding id \"pane.nxt\"") })
        XCTAssertTrue(problems.contains("keys.json: \"pane.zoom\": unknown key \"hyper+z\""))
        XCTAssertEqual(keymap.binding("pane.zoom")?.keys, [.char("Z")], "the valid keys of an entry still apply")
        let (_, broken) = Keymap.standard.applying(overrides: Data("[1, 2]".utf8))
        XCTAssertEqual(broken.count, 1)
    }

    func testClashesAreReportedByNameAndTheOverrideWins() {
        let (keymap, problems) = Keymap.standard.applying(overrides: Data(#"{"pane.zoom": ["q"]}"#.utf8))
        XCTAssertEqual(problems, ["keys.json: key \"q\" is bound to both pane.zoom and app.quit"])
        XCTAssertEqual(keymap.command(for: .char("q"), in: .home), "pane.zoom", "the narrower context wins")
        let (same, sameProblems) = Keymap.standard.applying(overrides: Data(#"{"pane.zoom": ["tab"]}"#.utf8))
        XCTAssertEqual(sameProblems, ["keys.json: key \"tab\" is bound to both pane.next and pane.zoom"])
        XCTAssertEqual(same.command(for: .tab, in: .home), "pane.zoom", "within one context the user's override wins")
        // Keys in contexts that never meet do not clash.
        let (_, none) = Keymap.standard.applying(overrides: Data(#"{"overlay.close": ["z"]}"#.utf8))
        XCTAssertEqual(none, [])
    }

    func testHelpOverlayListsEveryBinding() {
        let state = Fixtures.state(width: 120, height: 200)
        let text = HelpOverlay.lines(for: state).map { $0.map(\.text).joined() }.joined(separator: "\n")
        for binding in Keymap.standard.bindings {
            XCTAssertTrue(text.contains(binding.id), binding.id)
            XCTAssertTrue(text.contains(binding.help), binding.help)
        }
        for group in Keymap.standard.groups { XCTAssertTrue(text.contains(group.name)) }
        // At a tall size every line shows at once.
        var open = state
        Fixtures.press(&open, "?")
        let screen = render(open).lines().joined(separator: "\n")
        XCTAssertTrue(screen.contains("app.quit") && screen.contains("pane.next"))
    }

    func testStatusHintsAreGeneratedFromTheKeymap() {
        let hints = Keymap.standard.hints(for: .home).map { "\($0.key) \($0.label)" }
        XCTAssertEqual(hints, ["Tab pane", "Enter open", "/ filter", "z zoom", ": commands", "? help", "t theme", "q quit", "a add", "u undo"])
        XCTAssertEqual(Keymap.standard.hints(for: .filter).map(\.label), ["keep", "clear"])
        let status = render(Fixtures.state()).lines().last!
        XCTAssertTrue(status.contains(hints.joined(separator: "  ")), status)
    }
}
