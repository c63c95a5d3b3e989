import TerminalGrid
import XCTest

final class KeyTests: XCTestCase {
    func testSpecsParse() {
        let cases: [(String, Key)] = [
            ("q", .char("q")), ("Q", .char("Q")), ("?", .char("?")), ("space", .char(" ")),
            ("ctrl+r", .ctrl("r")), ("C-r", .ctrl("r")), ("ctrl+R", .ctrl("r")), ("^r", .ctrl("r")),
            ("alt+f", .alt("f")), ("M-b", .alt("b")),
            ("tab", .tab), ("shift+tab", .backTab), ("S-Tab", .backTab), ("backtab", .backTab),
            ("pgdn", .pageDown), ("PgUp", .pageUp), ("pagedown", .pageDown),
            ("enter", .enter), ("return", .enter), ("esc", .escape), ("Escape", .escape),
            ("up", .up), ("down", .down), ("left", .left), ("right", .right), ("home", .home), ("end", .end),
            ("f1", .function(1)), ("F12", .function(12)), ("backspace", .backspace), ("del", .delete),
            ("shift+a", .char("A")), ("ctrl+i", .tab), ("ctrl+m", .enter), ("ctrl+h", .backspace), ("ctrl+space", .ctrl(" ")),
            ("日", .char("日")),
        ]
        for (spec, key) in cases {
            XCTAssertEqual(Key(spec: spec), key, spec)
        }
    }

    func testUnknownSpecsAreNil() {
        for spec in ["", "ctrl+", "hyper+x", "f0", "f99", "pgsideways", "ctrl+é", "ctrl+1", "qq", "shift+?"] {
            XCTAssertNil(Key(spec: spec), spec)
        }
    }

    func testDisplayNames() {
        XCTAssertEqual(Key.tab.displayName, "Tab")
        XCTAssertEqual(Key.backTab.displayName, "S-Tab")
        XCTAssertEqual(Key.pageUp.displayName, "PgUp")
        XCTAssertEqual(Key.ctrl("r").displayName, "C-r")
        XCTAssertEqual(Key.alt("f").displayName, "M-f")
        XCTAssertEqual(Key.char("?").displayName, "?")
        XCTAssertEqual(Key.char(" ").displayName, "Space")
        XCTAssertEqual(Key.enter.displayName, "Enter")
        XCTAssertEqual(Key.escape.displayName, "Esc")
        XCTAssertEqual(Key.up.displayName, "↑")
        XCTAssertEqual(Key.function(5).displayName, "F5")
        XCTAssertEqual(Key.char("\u{1B}").displayName, "␛")
    }

    func testSpecRoundTrips() {
        let keys: [Key] = [.char("q"), .char(" "), .ctrl("r"), .alt("x"), .tab, .backTab, .pageDown, .function(3), .escape, .enter, .delete]
        for key in keys {
            XCTAssertEqual(key.spec.flatMap { Key(spec: $0) }, key, "\(key)")
        }
        XCTAssertNil(Key.resize(Size(width: 1, height: 1)).spec)
        XCTAssertNil(Key.paste("x").spec)
    }
}
