import TerminalGrid
import XCTest

/// Every widget must survive zero-size and one-cell areas and never draw outside its area.
final class DegenerateAreaTests: XCTestCase {
    private func widgets() -> [(String, (Rect, inout Grid) -> Void)] {
        [
            ("Box", { Box(title: "Title").draw(in: $0, on: &$1) }),
            ("ListView", { ListView(count: 5, selected: 3, text: { "row \($0)" }).draw(in: $0, on: &$1) }),
            ("Table", {
                Table(columns: [TableColumn("A", width: .min(3)), TableColumn("B", width: .fixed(2))], rowCount: 3, selectedRow: 2, frozenColumns: 1) { _, _ in "日本" }
                    .draw(in: $0, on: &$1)
            }),
            ("TextField", { TextField(text: "日本語").draw(in: $0, on: &$1) }),
            ("StatusBar", { StatusBar(left: ["L"], right: ["R"], hints: [("q", "quit")]).draw(in: $0, on: &$1) }),
            ("Sparkline", { Sparkline(values: [1, 2, 3]).draw(in: $0, on: &$1) }),
            ("BarGauge", { BarGauge(fraction: 0.5, label: "50%").draw(in: $0, on: &$1) }),
            ("BigDigits", { BigDigits("12:34").draw(in: $0, on: &$1) }),
            ("BigDigitsCompact", { BigDigits("-03:05", compact: true).draw(in: $0, on: &$1) }),
            ("Modal", { Modal(title: "T", body: ["body"]).draw(in: $0, on: &$1) }),
        ]
    }

    func testZeroSizeAreasDrawNothing() {
        for (name, draw) in widgets() {
            var grid = Grid(lines: ["...", "...", "..."])
            draw(Rect(x: 1, y: 1, width: 0, height: 0), &grid)
            draw(Rect(x: 1, y: 1, width: 3, height: 0), &grid)
            draw(Rect(x: 1, y: 1, width: 0, height: 3), &grid)
            assertLines(grid, ["...", "...", "..."])
            XCTAssertEqual(grid.lines().count, 3, name)
        }
    }

    func testOneCellAreasStayInside() {
        for (name, draw) in widgets() {
            var grid = Grid(lines: ["...", "...", "..."])
            draw(Rect(x: 1, y: 1, width: 1, height: 1), &grid)
            let lines = grid.lines()
            XCTAssertEqual(lines[0], "...", name)
            XCTAssertEqual(lines[2], "...", name)
            XCTAssertEqual(lines[1].first, ".", name)
            XCTAssertEqual(lines[1].last, ".", name)
            assertRowWidths(grid)
        }
    }

    func testZeroSizedGrid() {
        for (_, draw) in widgets() {
            var grid = Grid(size: .zero)
            draw(Rect(x: 0, y: 0, width: 5, height: 5), &grid)
            XCTAssertEqual(grid.lines(), [])
        }
    }

    func testAreasHangingOffTheGridAreClipped() {
        for (name, draw) in widgets() {
            var grid = Grid(lines: ["...", "...", "..."])
            grid.render(WidgetBox(draw: draw), in: Rect(x: 2, y: 2, width: 10, height: 10))
            let lines = grid.lines()
            XCTAssertEqual(lines[0], "...", name)
            XCTAssertEqual(lines[1], "...", name)
            assertRowWidths(grid)
        }
    }
}

private struct WidgetBox: Widget {
    let draw: (Rect, inout Grid) -> Void

    func draw(in area: Rect, on grid: inout Grid) {
        draw(area, &grid)
    }
}
