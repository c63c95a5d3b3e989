import TerminalGrid
import XCTest

final class TextFieldTests: XCTestCase {
    private func typed(_ text: String) -> TextField {
        var field = TextField()
        for c in text { XCTAssertTrue(field.handle(.char(c))) }
        return field
    }

    func testTypingAndCursorMovement() {
        var field = typed("hello")
        XCTAssertEqual(field.text, "hello")
        XCTAssertEqual(field.cursor, 5)
        XCTAssertTrue(field.handle(.left))
        XCTAssertTrue(field.handle(.left))
        XCTAssertTrue(field.handle(.char("X")))
        XCTAssertEqual(field.text, "helXlo")
        XCTAssertEqual(field.cursor, 4)
        XCTAssertTrue(field.handle(.home))
        XCTAssertEqual(field.cursor, 0)
        XCTAssertTrue(field.handle(.left))
        XCTAssertEqual(field.cursor, 0)
        XCTAssertTrue(field.handle(.end))
        XCTAssertEqual(field.cursor, 6)
        XCTAssertTrue(field.handle(.right))
        XCTAssertEqual(field.cursor, 6)
        XCTAssertTrue(field.handle(.ctrl("a")))
        XCTAssertEqual(field.cursor, 0)
        XCTAssertTrue(field.handle(.ctrl("e")))
        XCTAssertEqual(field.cursor, 6)
    }

    func testBackspaceAndDelete() {
        var field = typed("abc")
        XCTAssertTrue(field.handle(.backspace))
        XCTAssertEqual(field.text, "ab")
        XCTAssertTrue(field.handle(.home))
        XCTAssertTrue(field.handle(.backspace))
        XCTAssertEqual(field.text, "ab")
        XCTAssertTrue(field.handle(.delete))
        XCTAssertEqual(field.text, "b")
        XCTAssertEqual(field.cursor, 0)
        XCTAssertTrue(field.handle(.end))
        XCTAssertTrue(field.handle(.delete))
        XCTAssertEqual(field.text, "b")
    }

    func testWordMotionAndDeletion() {
        var field = typed("hello big world")
        XCTAssertTrue(field.handle(.alt("b")))
        XCTAssertEqual(field.cursor, 10)
        XCTAssertTrue(field.handle(.alt("b")))
        XCTAssertEqual(field.cursor, 6)
        XCTAssertTrue(field.handle(.alt("f")))
        XCTAssertEqual(field.cursor, 9)
        XCTAssertTrue(field.handle(.ctrl("w")))
        XCTAssertEqual(field.text, "hello  world")
        XCTAssertEqual(field.cursor, 6)
        XCTAssertTrue(field.handle(.alt("d")))
        XCTAssertEqual(field.text, "hello ")
        XCTAssertTrue(field.handle(.ctrl("u")))
        XCTAssertEqual(field.text, "")
        XCTAssertEqual(field.cursor, 0)
    }

    func testCtrlWDeletesBackToWhitespaceAndCtrlUKillsToStart() {
        var field = typed("cd path/to/dir")
        XCTAssertTrue(field.handle(.ctrl("w")))
        XCTAssertEqual(field.text, "cd ")
        field = typed("one two")
        XCTAssertTrue(field.handle(.left))
        XCTAssertTrue(field.handle(.ctrl("u")))
        XCTAssertEqual(field.text, "o")
        XCTAssertEqual(field.cursor, 0)
        field = typed("one two")
        field.moveCursor(to: 3)
        XCTAssertTrue(field.handle(.ctrl("k")))
        XCTAssertEqual(field.text, "one")
    }

    func testPasteIsFlattenedAndSanitized() {
        var field = typed("a")
        XCTAssertTrue(field.handle(.paste("b\nc\td\u{1B}[2J")))
        XCTAssertEqual(field.text, "ab c d␛[2J")
        XCTAssertEqual(field.cursor, 10)
    }

    func testWideCharactersAndEmojiAreOneStepEach() {
        var field = typed("日本🎉")
        XCTAssertEqual(field.cursor, 3)
        XCTAssertTrue(field.handle(.backspace))
        XCTAssertEqual(field.text, "日本")
        XCTAssertTrue(field.handle(.left))
        XCTAssertTrue(field.handle(.char("e")))
        XCTAssertTrue(field.handle(.char("\u{0301}")))
        XCTAssertEqual(field.text, "日e\u{0301}本")
        XCTAssertEqual(field.characters.count, 3, "a combining mark joins the grapheme before it")
        XCTAssertEqual(field.cursor, 2)
    }

    func testUnknownKeysAreLeftToTheCaller() {
        var field = typed("x")
        XCTAssertFalse(field.handle(.enter))
        XCTAssertFalse(field.handle(.escape))
        XCTAssertFalse(field.handle(.up))
        XCTAssertFalse(field.handle(.ctrl("r")))
        XCTAssertEqual(field.text, "x")
    }

    func testDrawScrollsToKeepCursorVisible() {
        var grid = Grid(size: Size(width: 5, height: 1))
        let field = typed("abcdefgh")
        field.draw(in: grid.area, on: &grid)
        assertLines(grid, ["efgh "])
        XCTAssertEqual(grid[4, 0].style.attributes, .reverse)
        XCTAssertEqual(grid[0, 0].style, .plain)
        XCTAssertEqual(field.cursorColumn(width: 5), 4)
    }

    func testDrawWideText() {
        var field = typed("日本語")
        var grid = Grid(size: Size(width: 5, height: 1))
        field.draw(in: grid.area, on: &grid)
        assertLines(grid, ["本語 "])
        XCTAssertTrue(field.handle(.home))
        grid = Grid(size: Size(width: 5, height: 1))
        field.draw(in: grid.area, on: &grid)
        assertLines(grid, ["日本 "])
        XCTAssertEqual(grid[0, 0].style.attributes, .reverse)
        XCTAssertEqual(grid[0, 0].grapheme, "日")
        assertRowWidths(grid)
    }

    func testPlaceholder() {
        var grid = Grid(size: Size(width: 8, height: 1))
        TextField().draw(in: grid.area, on: &grid, placeholder: "search")
        assertLines(grid, ["search  "])
        XCTAssertEqual(grid[0, 0].style.attributes, [.dim, .reverse])
        XCTAssertEqual(grid[1, 0].style.attributes, .dim)
    }
}
