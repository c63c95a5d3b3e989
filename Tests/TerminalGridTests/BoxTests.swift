import TerminalGrid
import XCTest

final class BoxTests: XCTestCase {
    func testBorderWithTitle() {
        var grid = Grid(size: Size(width: 8, height: 4))
        Box(title: "Hi").draw(in: grid.area, on: &grid)
        assertLines(grid, [
            "┌ Hi ──┐",
            "│      │",
            "│      │",
            "└──────┘",
        ])
    }

    func testLongTitleIsCutWithEllipsis() {
        var grid = Grid(size: Size(width: 10, height: 2))
        Box(title: "Skills matrix", border: .rounded).draw(in: grid.area, on: &grid)
        assertLines(grid, ["╭ Skill… ╮", "╰────────╯"])
    }

    func testFocusedStyleAndBorder() {
        var grid = Grid(size: Size(width: 6, height: 3))
        let focus = Style(fg: .ansi(6), attributes: .bold)
        Box(title: "A", isFocused: true, focusedBorder: .heavy, focusedStyle: focus).draw(in: grid.area, on: &grid)
        assertLines(grid, ["┏ A ━┓", "┃    ┃", "┗━━━━┛"])
        XCTAssertEqual(grid[0, 0].style, focus)
        XCTAssertEqual(grid[2, 0].style, focus)
        XCTAssertEqual(grid[1, 1].style, .plain, "inside is untouched")
        XCTAssertEqual(Box.inner(of: grid.area), Rect(x: 1, y: 1, width: 4, height: 1))
    }

    func testWideTitleInNarrowBoxKeepsRowWidth() {
        var grid = Grid(size: Size(width: 7, height: 2))
        Box(title: "日本語のタイトル").draw(in: grid.area, on: &grid)
        assertLines(grid, ["┌ 日… ┐", "└─────┘"])
        assertRowWidths(grid)
    }

    func testTitleIsSanitized() {
        var grid = Grid(size: Size(width: 9, height: 2))
        Box(title: "\u{1B}[31m").draw(in: grid.area, on: &grid)
        assertLines(grid, ["┌ ␛[31m ┐", "└───────┘"])
    }

    func testTinyBoxes() {
        var grid = Grid(size: Size(width: 2, height: 2))
        Box(title: "Title").draw(in: grid.area, on: &grid)
        assertLines(grid, ["┌┐", "└┘"])
        var three = Grid(size: Size(width: 3, height: 2))
        Box(title: "Title").draw(in: three.area, on: &three)
        assertLines(three, ["┌…┐", "└─┘"])
    }
}
