import Foundation
@testable import GuildUI
import TerminalGrid
import XCTest

/// The one keymap as data: lookups, overrides by id, clashes per context of every screen, and problems reported by name.
final class KeymapTests: XCTestCase {
    /// Every command of every screen's vocabulary, by id.
    static let commandIDs: Set<String> = Set(Command.allCases.map(\.rawValue) + SkillsMapCommand.allCases.map(\.rawValue)
        + ProgrammeCommand.allCases.map(\.rawValue) + MeetingCommand.allCases.map(\.rawValue))

    func testEveryContextOfEveryScreenIsFreeOfClashes() {
        for screen in KeyScreen.allCases {
            for context in screen.contexts {
                XCTAssertEqual(Keymap.standard.clashes(in: context), [], "\(screen) / \(context)")
            }
        }
        XCTAssertEqual(Keymap.standard.clashes, [])
        XCTAssertEqual(Keymap.standard.keysTakenByText, [], "no printable key is bound where a text field has the keys")
    }

    func testEveryContextBelongsToOneScreen() {
        for context in KeyContext.allCases {
            XCTAssertEqual(KeyScreen.allCases.filter { $0.contexts.contains(context) }.count, 1, "\(context)")
        }
    }

    func testOneBindingPerCommandOfEveryScreenEachWithANamespacedID() {
        let ids = Keymap.standard.bindings.map(\.id)
        XCTAssertEqual(ids.count, Set(ids).count, "ids are unique")
        XCTAssertEqual(Set(ids), Self.commandIDs, "every command of every screen has a binding, and every binding a command")
        for id in ids {
            let parts = id.split(separator: ".")
            XCTAssertTrue(parts.count >= 2 && parts.allSatisfy { !$0.isEmpty }, "\(id) is namespace.name")
        }
        for (screen, namespace) in [(KeyScreen.skillsMap, "skills."), (.programme, "programme."), (.meeting, "meeting."), (.conflicts, "conflicts.")] {
            for binding in Keymap.standard.bindings(of: screen, includingShared: false) {
                XCTAssertTrue(binding.id.hasPrefix(namespace), "\(binding.id) on \(screen)")
            }
        }
        // Ids users already have in keys.json keep working.
        for id in ["app.quit", "app.help", "app.theme", "app.palette", "pane.next", "cursor.down", "item.new", "matrix.level3", "form.submit"] {
            XCTAssertNotNil(Keymap.standard.binding(id), id)
        }
    }

    func testLookupSearchesTheNarrowestContextFirst() {
        let keymap = Keymap.standard
        XCTAssertEqual(keymap.command(for: .escape, in: .home), "view.back")
        XCTAssertEqual(keymap.command(for: .escape, in: .overlay), "overlay.close")
        XCTAssertEqual(keymap.command(for: .escape, in: .filter), "filter.cancel")
        XCTAssertEqual(keymap.command(for: .char("q"), in: .home), "app.quit")
        XCTAssertEqual(keymap.command(for: .char("q"), in: .overlay), "app.quit")
        XCTAssertNil(keymap.command(for: .char("q"), in: .filter), "while typing, q is text")
        XCTAssertEqual(keymap.command(for: .char("?"), in: .meetingAgenda), "app.help", "one help binding on every screen")
        XCTAssertEqual(keymap.command(for: .char("?"), in: .skillsMatrix), "app.help")
        XCTAssertEqual(keymap.command(for: .char("q"), in: .meetingAgenda), "meeting.leave", "the meeting leaves rather than quits")
        XCTAssertEqual(keymap.command(for: .char("q"), in: .health), "app.quit")
        XCTAssertEqual(keymap.command(for: .char("r"), in: .skillsPairs), "skills.pairs.redraw")
        XCTAssertNil(keymap.command(for: .char("r"), in: .skillsMatrix), "a tab's keys stay on that tab")
        XCTAssertEqual(keymap.command(for: .char(" "), in: .meetingOverlay), "meeting.attendance.toggle")
        XCTAssertEqual(keymap.command(MeetingCommand.self, for: .char(" "), in: .meetingAgenda), .timerToggle)
    }

    func testPrintableKeysAreTextWhereAFieldHasTheKeys() {
        for context in KeyContext.allCases where context.isTextEntry {
            for character in ["a", "q", "?", ":", " ", "1", "é"] {
                XCTAssertNil(Keymap.standard.command(for: .char(Character(character)), in: context), "\(context) \(character)")
            }
        }
        XCTAssertEqual(Keymap.standard.command(for: .enter, in: .meetingCompose), "meeting.compose.save")
        // A remap that puts a printable key there is reported, and the key stays text.
        let (keymap, problems) = Keymap.standard.applying(overrides: Data(#"{"meeting.compose.save": ["s", "ctrl+s"]}"#.utf8))
        XCTAssertEqual(problems.count, 1, "\(problems)")
        XCTAssertTrue(problems[0].contains("\"meeting.compose.save\": key \"s\" is text while typing a meeting note"), problems[0])
        XCTAssertNil(keymap.command(for: .char("s"), in: .meetingCompose))
        XCTAssertEqual(keymap.command(for: .ctrl("s"), in: .meetingCompose), "meeting.compose.save")
    }

    func testOverridesReplaceKeysByID() {
        let json = #"{"pane.next": ["tab", "ctrl+n"], "app.quit": "Q"}"#
        let (keymap, problems) = Keymap.standard.applying(overrides: Data(json.utf8))
        XCTAssertEqual(problems, [])
        XCTAssertEqual(keymap.binding("pane.next")?.keys, [.tab, .ctrl("n")])
        XCTAssertEqual(keymap.command(for: .ctrl("n"), in: .home), "pane.next")
        XCTAssertEqual(keymap.command(for: .char("Q"), in: .home), "app.quit")
        XCTAssertNil(keymap.command(for: .char("q"), in: .home))
        XCTAssertEqual(keymap.command(for: .char("Q"), in: .skills), "app.quit", "one remap for every screen that quits")
        XCTAssertNil(keymap.command(for: .char("q"), in: .communities))
    }

    func testOverrideProblemsAreNamed() {
        let json = #"{"pane.nxt": ["tab"], "pane.zoom": ["hyper+z", "Z"], "app.help": 7}"#
        let (keymap, problems) = Keymap.standard.applying(overrides: Data(json.utf8), source: "keys.json")
        XCTAssertEqual(problems.count, 3, "\(problems)")
        XCTAssertTrue(problems.contains { $0.hasPrefix("keys.json: \"app.help\": expected a list of key names") })
        XCTAssertTrue(problems.contains { $0.hasPrefix("keys.json: unknown binding id \"pane.nxt\" (did you mean pane.next") }, "\(problems)")
        XCTAssertTrue(problems.contains("keys.json: \"pane.zoom\": unknown key \"hyper+z\""))
        XCTAssertEqual(keymap.binding("pane.zoom")?.keys, [.char("Z")], "the valid keys of an entry still apply")
        let (_, broken) = Keymap.standard.applying(overrides: Data("[1, 2]".utf8))
        XCTAssertEqual(broken.count, 1)
        let (_, meeting) = Keymap.standard.applying(overrides: Data(#"{"meeting.timer.togle": ["t"]}"#.utf8))
        XCTAssertTrue(meeting[0].contains("did you mean meeting.timer.toggle"), meeting[0])
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

    func testARemapThatClashesIsReportedOnEveryScreen() {
        let cases: [(json: String, clash: String)] = [
            (#"{"meeting.timer.toggle": ["A"]}"#, "key \"A\" is bound to both meeting.timer.toggle and meeting.attendance"),
            (#"{"meeting.note.decision": ["x"]}"#, "key \"x\" is bound to both meeting.round.pass and meeting.note.decision"),
            (#"{"meeting.timer.toggle": ["1"]}"#, "key \"1\" is bound to both meeting.timer.toggle and meeting.wrapUp.rate1"),
            (#"{"skills.pairs.redraw": ["j"]}"#, "key \"j\" is bound to both skills.down and skills.pairs.redraw"),
            (#"{"skills.matrix.sort": ["q"]}"#, "key \"q\" is bound to both app.quit and skills.matrix.sort"),
            (#"{"programme.switch": ["t"]}"#, "key \"t\" is bound to both app.theme and programme.switch"),
            (#"{"programme.health.scope": ["j"]}"#, "key \"j\" is bound to both programme.down and programme.health.scope"),
            (#"{"conflicts.resolve": ["?"]}"#, "key \"?\" is bound to both app.help and conflicts.resolve"),
            (#"{"app.help": ["Q"]}"#, "key \"Q\" is bound to both app.help and meeting.note.anonymousQuestion"),
        ]
        for (json, clash) in cases {
            let (_, problems) = Keymap.standard.applying(overrides: Data(json.utf8))
            XCTAssertEqual(problems, ["keys.json: " + clash], json)
        }
        // The same key on two tabs, or on two screens, is no clash: no context reaches both.
        for json in [#"{"skills.pairs.redraw": ["o"]}"#, #"{"meeting.timer.toggle": ["z"]}"#, #"{"programme.switch": ["s"]}"#] {
            XCTAssertEqual(Keymap.standard.applying(overrides: Data(json.utf8)).problems, [], json)
        }
    }

    func testDashboardHelpListsItsBindingsAndNoOtherScreens() {
        let state = Fixtures.state(width: 120, height: 200)
        let text = HelpOverlay.lines(for: state.screenContext).map { $0.map(\.text).joined() }.joined(separator: "\n")
        for binding in Keymap.standard.bindings(of: .dashboard) {
            XCTAssertTrue(text.contains(binding.id), binding.id)
            XCTAssertTrue(text.contains(binding.help), binding.help)
        }
        for group in Keymap.standard.groups(of: .dashboard) { XCTAssertTrue(text.contains(group.name)) }
        for id in ["meeting.timer.toggle", "skills.pairs.redraw", "programme.switch", "conflicts.resolve"] {
            XCTAssertFalse(text.contains(id), "\(id) is another screen's")
        }
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
        // A key a narrower context takes is not offered for the broader binding.
        XCTAssertFalse(Keymap.standard.hints(for: .meetingOverlay).contains { $0.label == "start/pause" })
        XCTAssertTrue(Keymap.standard.hints(for: .meetingAgenda).contains { $0.key == "Space" && $0.label == "start/pause" })
    }
}
