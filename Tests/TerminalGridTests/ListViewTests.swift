import TerminalGrid
import XCTest

final class ListViewTests: XCTestCase {
    func testDrawsVisibleRowsAndKeepsSelectionInView() {
        var grid = Grid(size: Size(width: 10, height: 3))
        let list = ListView(count: 100, selected: 5, offset: 0, text: { "item \($0)" })
        list.draw(in: grid.area, on: &grid)
        assertLines(grid, ["item 3    ", "item 4    ", "item 5    "])
        XCTAssertEqual(grid[0, 2].style.attributes, .reverse)
        XCTAssertEqual(grid[9, 2].style.attributes, .reverse, "the highlight fills the row")
        XCTAssertEqual(grid[0, 1].style, .plain)
    }

    func testBuildsOnlyVisibleRows() {
        final class Counter: @unchecked Sendable { var calls: [Int] = [] }
        let counter = Counter()
        var grid = Grid(size: Size(width: 12, height: 4))
        let list = ListView(count: 1_000_000, selected: 500_000, offset: 499_999) { index in
            counter.calls.append(index)
            return [Span("row \(index)")]
        }
        list.draw(in: grid.area, on: &grid)
        XCTAssertEqual(counter.calls, [499_999, 500_000, 500_001, 500_002])
        assertLines(grid, ["row 499999  ", "row 500000  ", "row 500001  ", "row 500002  "])
    }

    func testSpansHighlightSymbolAndSelectedStylePatching() {
        var grid = Grid(size: Size(width: 12, height: 2))
        let red = Style(fg: .ansi(1))
        let selected = Style(bg: .ansi(4))
        let list = ListView(count: 2, selected: 1, selectedStyle: selected, highlightSymbol: "▶ ") { index in
            [Span("n\(index) ", style: red), Span("日本語語")]
        }
        list.draw(in: grid.area, on: &grid)
        assertLines(grid, ["  n0 日本语…".replacingOccurrences(of: "语", with: "語"), "▶ n1 日本語…"])
        XCTAssertEqual(grid[2, 1].style, Style(fg: .ansi(1), bg: .ansi(4)))
        XCTAssertEqual(grid[5, 1].style, Style(bg: .ansi(4)))
        XCTAssertEqual(grid[2, 0].style, red)
    }

    func testShortListLeavesRestUntouched() {
        var grid = Grid(lines: ["....", "....", "...."])
        ListView(count: 1, text: { _ in "a" }).draw(in: grid.area, on: &grid)
        assertLines(grid, ["a   ", "....", "...."])
    }

    func testIndexAtRowForMouse() {
        let list = ListView(count: 10, selected: 9, offset: 0, text: { "\($0)" })
        let area = Rect(x: 0, y: 2, width: 5, height: 3)
        XCTAssertEqual(list.index(atRow: 2, in: area), 7)
        XCTAssertEqual(list.index(atRow: 4, in: area), 9)
        XCTAssertNil(list.index(atRow: 5, in: area))
        XCTAssertNil(list.index(atRow: 1, in: area))
    }

    func testScrollStateStaysWhileTheSelectionIsInViewAndStepsByHalfAPage() {
        XCTAssertEqual(ScrollState.offset(selected: 0, currentOffset: 0, visibleRows: 5, count: 100), 0)
        XCTAssertEqual(ScrollState.offset(selected: 4, currentOffset: 0, visibleRows: 5, count: 100), 0)
        XCTAssertEqual(ScrollState.offset(selected: 5, currentOffset: 0, visibleRows: 5, count: 100), 3, "one step past the bottom scrolls half a page")
        XCTAssertEqual(ScrollState.offset(selected: 6, currentOffset: 0, visibleRows: 6, count: 100), 3)
        XCTAssertEqual(ScrollState.offset(selected: 7, currentOffset: 0, visibleRows: 7, count: 100), 4, "the selection lands in the middle")
        XCTAssertEqual(ScrollState.offset(selected: 47, currentOffset: 48, visibleRows: 5, count: 100), 45, "one step past the top")
        XCTAssertEqual(ScrollState.offset(selected: 50, currentOffset: 48, visibleRows: 5, count: 100), 48)
        XCTAssertEqual(ScrollState.offset(selected: 10, currentOffset: 48, visibleRows: 5, count: 100), 10, "a jump scrolls just far enough")
        XCTAssertEqual(ScrollState.offset(selected: 30, currentOffset: 0, visibleRows: 5, count: 100), 26)
        XCTAssertEqual(ScrollState.offset(selected: 99, currentOffset: 0, visibleRows: 5, count: 100), 95)
        XCTAssertEqual(ScrollState.offset(selected: 99, currentOffset: 94, visibleRows: 5, count: 100), 95, "never past the end")
        XCTAssertEqual(ScrollState.offset(selected: 1, currentOffset: 2, visibleRows: 5, count: 100), 0, "never before the start")
        XCTAssertEqual(ScrollState.offset(selected: nil, currentOffset: 500, visibleRows: 5, count: 100), 95, "never past the end")
        XCTAssertEqual(ScrollState.offset(selected: 3, currentOffset: 7, visibleRows: 5, count: 4), 0, "everything fits")
        XCTAssertEqual(ScrollState.offset(selected: 3, currentOffset: 7, visibleRows: 0, count: 40), 0)
        XCTAssertEqual(ScrollState.offset(selected: 1, currentOffset: 0, visibleRows: 1, count: 40), 1)
        XCTAssertEqual(ScrollState.offset(selected: 4, currentOffset: 0, visibleRows: 5, count: 100, margin: 1), 3)
        XCTAssertEqual(ScrollState.offset(selected: 3, currentOffset: 0, visibleRows: 5, count: 100, margin: 1), 0)
        // Stepping through a list of 100 in a window of 10 scrolls about 100 / 5 times, not 90.
        var offset = 0, scrolls = 0
        for selected in 0..<100 {
            let next = ScrollState.offset(selected: selected, currentOffset: offset, visibleRows: 10, count: 100)
            XCTAssertTrue((next..<next + 10).contains(selected))
            if next != offset { scrolls += 1 }
            offset = next
        }
        XCTAssertEqual(scrolls, 18)
        var state = ScrollState()
        state.reveal(20, visibleRows: 10, count: 30)
        XCTAssertEqual(state.offset, 11)
    }
}
