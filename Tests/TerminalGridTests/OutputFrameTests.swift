import TerminalGrid
import XCTest

final class OutputFrameTests: XCTestCase {
    private let text = Style(fg: .indexed(188), bg: .indexed(234))
    private let muted = Style(fg: .indexed(245), bg: .indexed(234))

    func testTheFirstFrameSendsEveryCellInItsDrawnStyle() {
        var grid = Grid(size: Size(width: 4, height: 2))
        grid.put(spans: [Span("a", style: muted), Span(" ", style: text), Span("日", style: text)], x: 0, y: 0)
        let changes = OutputFrame(grid).changes(since: nil)
        XCTAssertEqual(changes.count, 7, "eight cells less the continuation")
        XCTAssertEqual(changes[1].cell, Cell(" ", style: muted), "the blank is sent in its neighbour's colours")
        XCTAssertEqual(changes[2].cell.grapheme, "日")
        XCTAssertEqual(changes[3].y, 1)
    }

    func testOnlyVisibleChangesAreSent() {
        var grid = Grid(size: Size(width: 6, height: 2))
        grid.put(spans: [Span("ab", style: muted), Span("  ", style: text), Span("cd", style: text)], x: 0, y: 0)
        let first = OutputFrame(grid)
        XCTAssertTrue(OutputFrame(grid).changes(since: first).isEmpty)
        var recoloured = grid
        recoloured.put("  ", x: 2, y: 0, style: Style(fg: .indexed(203), bg: .indexed(234), attributes: .bold))
        XCTAssertTrue(OutputFrame(recoloured).changes(since: first).isEmpty, "a blank's foreground does not show")
        var changed = grid
        changed.put("x", x: 4, y: 1, style: text)
        XCTAssertEqual(OutputFrame(changed).changes(since: first).map { [$0.x, $0.y] }, [[4, 1]])
        var highlighted = grid
        highlighted.setStyle(Rect(x: 2, y: 0, width: 1, height: 1), Style(fg: .indexed(188), bg: .indexed(237)))
        XCTAssertEqual(OutputFrame(highlighted).changes(since: first).map { [$0.x, $0.y] }, [[2, 0], [3, 0]],
                       "a background shows, and the blank after it no longer follows its neighbour")
    }

    func testAnotherSizeSendsEverything() {
        let small = OutputFrame(Grid(size: Size(width: 2, height: 1)))
        let big = OutputFrame(Grid(size: Size(width: 3, height: 2)))
        XCTAssertEqual(big.changes(since: small).count, 6)
        XCTAssertTrue(OutputFrame(Grid(size: .zero)).changes(since: nil).isEmpty)
    }
}
