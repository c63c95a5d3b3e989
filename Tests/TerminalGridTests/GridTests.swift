import TerminalGrid
import XCTest

final class GridTests: XCTestCase {
    func testNewGridIsBlankAndRowsKeepTrailingSpaces() {
        let grid = Grid(size: Size(width: 4, height: 2))
        XCTAssertEqual(grid.lines(), ["    ", "    "])
        XCTAssertEqual(grid[0, 0], .blank)
    }

    func testPutWritesTextAndReturnsColumnsUsed() {
        var grid = Grid(size: Size(width: 8, height: 1))
        let used = grid.put("hello", x: 1, y: 0, style: Style(fg: .ansi(1)))
        XCTAssertEqual(used, 5)
        assertLines(grid, [" hello  "])
        XCTAssertEqual(grid[1, 0].style.fg, .ansi(1))
        XCTAssertEqual(grid[6, 0].style, .plain)
    }

    func testPutClipsAtGridAndMaxWidth() {
        var grid = Grid(size: Size(width: 6, height: 1))
        XCTAssertEqual(grid.put("abcdefgh", x: 2, y: 0), 4)
        assertLines(grid, ["  abcd"])
        var other = Grid(size: Size(width: 6, height: 1))
        XCTAssertEqual(other.put("abcdefgh", x: 0, y: 0, maxWidth: 3), 3)
        assertLines(other, ["abc   "])
    }

    func testOutOfRangeWritesAreIgnored() {
        var grid = Grid(size: Size(width: 3, height: 2))
        XCTAssertEqual(grid.put("x", x: 5, y: 0), 0)
        XCTAssertEqual(grid.put("x", x: 0, y: 2), 0)
        XCTAssertEqual(grid.put("x", x: 0, y: -1), 0)
        XCTAssertEqual(grid.put("x", x: 0, y: 0, maxWidth: 0), 0)
        grid[10, 10] = Cell("z")
        grid.fill(Rect(x: 7, y: 7, width: 3, height: 3), with: Style(bg: .ansi(2)))
        grid.setStyle(Rect(x: -5, y: -5, width: 2, height: 2), Style(bg: .ansi(2)))
        XCTAssertEqual(grid[10, 10], .blank)
        assertLines(grid, ["   ", "   "])
    }

    func testNegativeXClipsOnTheLeft() {
        var grid = Grid(size: Size(width: 4, height: 1))
        grid.put("abcdef", x: -2, y: 0)
        assertLines(grid, ["cdef"])
        var wide = Grid(size: Size(width: 4, height: 1))
        wide.put("日本", x: -1, y: 0)
        assertLines(wide, [" 本 "])
    }

    func testWideCharactersTakeTwoColumns() {
        var grid = Grid(size: Size(width: 8, height: 1))
        XCTAssertEqual(grid.put("日本語", x: 0, y: 0), 6)
        assertLines(grid, ["日本語  "])
        XCTAssertEqual(grid[0, 0].grapheme, "日")
        XCTAssertTrue(grid[1, 0].isContinuation)
        XCTAssertEqual(grid[2, 0].grapheme, "本")
        XCTAssertEqual(grid[4, 0].grapheme, "語")
        XCTAssertFalse(grid[6, 0].isContinuation)
    }

    func testEmojiAndAccentsLandInTheRightColumns() {
        var grid = Grid(size: Size(width: 10, height: 1))
        let decomposed = "e\u{0301}"
        grid.put("a🎉b\(decomposed)é|", x: 0, y: 0)
        assertLines(grid, ["a🎉b\(decomposed)é|   "])
        XCTAssertEqual(grid[1, 0].grapheme, "🎉")
        XCTAssertTrue(grid[2, 0].isContinuation)
        XCTAssertEqual(grid[3, 0].grapheme, "b")
        XCTAssertEqual(grid[4, 0].grapheme.unicodeScalars.count, 2, "decomposed é stays one cell")
        XCTAssertEqual(grid[5, 0].grapheme, "é")
        XCTAssertEqual(grid[6, 0].grapheme, "|")
        assertRowWidths(grid)
    }

    func testWideGlyphThatDoesNotFitBecomesASpace() {
        var grid = Grid(size: Size(width: 5, height: 1))
        grid.fill(grid.area, with: ".", style: .plain)
        XCTAssertEqual(grid.put("ab日", x: 0, y: 0, maxWidth: 3), 3)
        assertLines(grid, ["ab ..", ])
        var edge = Grid(size: Size(width: 3, height: 1))
        XCTAssertEqual(edge.put("a日", x: 1, y: 0), 2)
        assertLines(edge, [" a "])
        assertRowWidths(edge)
    }

    func testOverwritingHalfAWideGlyphRepairsTheRow() {
        var grid = Grid(size: Size(width: 6, height: 1))
        grid.put("日本語", x: 0, y: 0)
        grid.put("x", x: 1, y: 0)
        assertLines(grid, [" x本語"])
        grid.put("y", x: 2, y: 0)
        assertLines(grid, [" xy 語"])
        grid.put("中", x: 3, y: 0)
        assertLines(grid, [" xy中 "])
        assertRowWidths(grid)
    }

    func testFillAcrossHalfAWideGlyphKeepsRowWidth() {
        var grid = Grid(size: Size(width: 6, height: 1))
        grid.put("日本語", x: 0, y: 0)
        grid.fill(Rect(x: 1, y: 0, width: 2, height: 1), with: ".", style: .plain)
        assertLines(grid, [" .. 語"])
        assertRowWidths(grid)
    }

    func testPutSanitizesEscapeSequences() {
        var grid = Grid(size: Size(width: 20, height: 1))
        grid.put("\u{1B}[2J\u{1B}]0;pwned\u{07}", x: 0, y: 0)
        assertLines(grid, ["␛[2J␛]0;pwned␇      "])
        for x in 0..<20 {
            XCTAssertFalse(grid[x, 0].grapheme.unicodeScalars.contains(where: SafeText.isUnsafe), "cell \(x)")
        }
    }

    func testSubscriptSetterIsSanitizedAndWidthAware() {
        var grid = Grid(size: Size(width: 3, height: 1))
        grid[0, 0] = Cell("\u{1B}", style: Style(attributes: .bold))
        grid[1, 0] = Cell("日")
        XCTAssertEqual(grid[0, 0].grapheme, "␛")
        XCTAssertEqual(grid[0, 0].style.attributes, .bold)
        assertLines(grid, ["␛日"])
        grid[2, 0] = Cell("z")
        assertLines(grid, ["␛ z"])
    }

    func testSpansKeepTheirStyles() {
        var grid = Grid(size: Size(width: 8, height: 1))
        let bold = Style(attributes: .bold)
        let used = grid.put(spans: [Span("ab", style: bold), Span("日c")], x: 1, y: 0)
        XCTAssertEqual(used, 5)
        assertLines(grid, [" ab日c  "])
        XCTAssertEqual(grid[2, 0].style, bold)
        XCTAssertEqual(grid[3, 0].style, .plain)
    }

    func testAlignedPutInRect() {
        var grid = Grid(size: Size(width: 7, height: 3))
        grid.put("ab", in: grid.area.row(0), alignment: .left)
        grid.put("ab", in: grid.area.row(1), alignment: .center)
        grid.put("abcdefghij", in: grid.area.row(2), alignment: .right)
        assertLines(grid, ["ab     ", "  ab   ", "abcdef…"])
    }

    func testSetStyleKeepsText() {
        var grid = Grid(lines: ["abc", "def"])
        let red = Style(fg: .ansi(1))
        grid.setStyle(Rect(x: 1, y: 1, width: 5, height: 5), red)
        assertLines(grid, ["abc", "def"])
        XCTAssertEqual(grid[1, 1].style, red)
        XCTAssertEqual(grid[2, 1].style, red)
        XCTAssertEqual(grid[0, 1].style, .plain)
        grid.patchStyle(grid.area, Style(attributes: .bold))
        XCTAssertEqual(grid[2, 1].style, Style(fg: .ansi(1), attributes: .bold))
    }

    func testDiffListsOnlyChangedCellsAndSkipsContinuations() {
        let before = Grid(lines: ["abcd", "efgh"])
        var after = before
        XCTAssertTrue(after.diff(from: before).isEmpty)
        after.put("日", x: 1, y: 1)
        let changes = after.diff(from: before)
        XCTAssertEqual(changes.map { [$0.x, $0.y] }, [[1, 1]])
        XCTAssertEqual(changes.first?.cell.grapheme, "日")
        after.setStyle(Rect(x: 3, y: 0, width: 1, height: 1), Style(attributes: .reverse))
        XCTAssertEqual(after.diff(from: before).map { [$0.x, $0.y] }, [[3, 0], [1, 1]])
    }

    func testQuietBlanksTakeTheirLeftNeighboursStyleOnlyWhereNothingVisibleChanges() {
        let dark = Color.indexed(234), grey = Color.indexed(237)
        let text = Style(fg: .indexed(188), bg: dark)
        let level = Style(fg: .indexed(65), bg: dark)
        let interest = Style(fg: .indexed(176), bg: dark, attributes: .bold)
        var grid = Grid(size: Size(width: 9, height: 2))
        grid.put(spans: [Span("1", style: level), Span(" ", style: interest), Span("  ", style: text), Span("x", style: text),
                         Span(" ", style: Style(fg: .indexed(188), bg: grey)), Span(" ", style: text.adding(.underline)),
                         Span(" ", style: Style(fg: .indexed(9), bg: dark, attributes: .reverse)), Span(" ", style: text)], x: 0, y: 0)
        grid.put("日 ", x: 0, y: 1, style: level)
        let quiet = grid.withQuietBlanks()
        XCTAssertEqual(quiet.lines(), grid.lines(), "the text never changes")
        XCTAssertEqual(quiet[1, 0].style, level, "a space in another foreground takes its neighbour's style")
        XCTAssertEqual(quiet[2, 0].style, level)
        XCTAssertEqual(quiet[3, 0].style, level)
        XCTAssertEqual(quiet[4, 0].style, text, "text keeps its own style")
        XCTAssertEqual(quiet[5, 0].style, Style(fg: .indexed(188), bg: grey), "another background shows")
        XCTAssertEqual(quiet[6, 0].style, text.adding(.underline), "an underline shows on a space")
        XCTAssertEqual(quiet[7, 0].style, Style(fg: .indexed(9), bg: dark, attributes: .reverse), "so does reverse")
        XCTAssertEqual(quiet[8, 0].style, Style(fg: .indexed(188), bg: dark), "nor is either passed on")
        XCTAssertTrue(quiet[1, 1].isContinuation)
        XCTAssertEqual(quiet[2, 1].style, level)
        var framed = Grid(size: Size(width: 4, height: 1))
        framed.put(spans: [Span("┃", style: interest), Span(" ", style: text), Span("▌", style: level), Span(" ", style: text)], x: 0, y: 0)
        XCTAssertEqual(framed.withQuietBlanks(), framed, "borders and bars pass nothing on")
        XCTAssertEqual(Grid(size: Size(width: 1, height: 1)).withQuietBlanks(), Grid(size: Size(width: 1, height: 1)))
        XCTAssertEqual(Grid(size: .zero).withQuietBlanks(), Grid(size: .zero))
    }

    func testDiffAfterResizeIsEverything() {
        let small = Grid(size: Size(width: 2, height: 1))
        let big = Grid(size: Size(width: 3, height: 2))
        XCTAssertEqual(big.diff(from: small).count, 6)
    }

    func testLinesInitializerPadsToWidestLine() {
        let grid = Grid(lines: ["ab", "日本語"])
        XCTAssertEqual(grid.size, Size(width: 6, height: 2))
        assertLines(grid, ["ab    ", "日本語"])
    }

    func testZeroSizedGridTakesAnyWrite() {
        var grid = Grid(size: .zero)
        XCTAssertEqual(grid.put("abc", x: 0, y: 0), 0)
        grid.fill(Rect(x: 0, y: 0, width: 3, height: 3), with: .plain)
        XCTAssertEqual(grid.lines(), [])
        XCTAssertTrue(grid.diff(from: Grid(size: Size(width: 1, height: 1))).isEmpty)
    }
}
