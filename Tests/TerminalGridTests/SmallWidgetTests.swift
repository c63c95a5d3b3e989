import TerminalGrid
import XCTest

final class SmallWidgetTests: XCTestCase {
    func testStatusBarDropsHintsThatDoNotFit() {
        var grid = Grid(size: Size(width: 30, height: 1))
        let bar = StatusBar(left: ["NORMAL"], right: ["12:00"], hints: [("q", "quit"), ("?", "help"), ("/", "search")], style: .plain)
        bar.draw(in: grid.area, on: &grid)
        assertLines(grid, ["NORMAL  q quit  ? help   12:00"])
        XCTAssertEqual(grid[8, 0].style.attributes, .bold, "key")
        XCTAssertEqual(grid[10, 0].style, .plain, "label")
    }

    func testStatusBarNarrowKeepsRightAndCutsLeft() {
        var grid = Grid(size: Size(width: 12, height: 1))
        StatusBar(left: ["a very long left side"], right: ["R"], hints: [("q", "quit")]).draw(in: grid.area, on: &grid)
        assertLines(grid, ["a very lo… R"])
        XCTAssertEqual(grid[0, 0].style.attributes, .reverse)
    }

    func testSparkline() {
        var grid = Grid(size: Size(width: 9, height: 1))
        Sparkline(values: [0, 1, 2, 3, 4, 5, 6, 7, 8]).draw(in: grid.area, on: &grid)
        assertLines(grid, [" ▁▂▃▄▅▆▇█"])
        var tall = Grid(size: Size(width: 4, height: 2))
        Sparkline(values: [99, 0, 4, 8, 16], maximum: 16).draw(in: tall.area, on: &tall)
        assertLines(tall, ["   █", " ▄██"])
        var tiny = Grid(size: Size(width: 3, height: 1))
        Sparkline(values: [1000, 1, .nan]).draw(in: tiny.area, on: &tiny)
        assertLines(tiny, ["█▁ "])
    }

    func testBarGauge() {
        var grid = Grid(size: Size(width: 10, height: 1))
        BarGauge(fraction: 0.5, label: "50%").draw(in: grid.area, on: &grid)
        assertLines(grid, ["███    50%"])
        var partial = Grid(size: Size(width: 10, height: 1))
        BarGauge(fraction: 0.55, emptyCharacter: "·").draw(in: partial.area, on: &partial)
        assertLines(partial, ["█████▌····"])
        XCTAssertEqual(partial[6, 0].style.attributes, .dim)
        var full = Grid(size: Size(width: 4, height: 1))
        BarGauge(fraction: 7).draw(in: full.area, on: &full)
        assertLines(full, ["████"])
        XCTAssertEqual(BarGauge.bar(fraction: 1.0 / 16, width: 2).filled, "▏")
    }

    func testBigDigits() {
        XCTAssertEqual(BigDigits.size(of: "12:34"), Size(width: 34, height: 5))
        XCTAssertEqual(BigDigits.size(of: "12:34", compact: true), Size(width: 17, height: 3))
        XCTAssertEqual(BigDigits.size(of: "-03:05", compact: true), Size(width: 21, height: 3))
        var grid = Grid(size: Size(width: 34, height: 5))
        BigDigits("12:34").draw(in: grid.area, on: &grid)
        assertLines(grid, [
            "  ██    ██████      ██████  ██  ██",
            "████        ██  ██      ██  ██  ██",
            "  ██    ██████        ████  ██████",
            "  ██    ██      ██      ██      ██",
            "██████  ██████      ██████      ██",
        ])
    }

    func testCompactBigDigitsUseHalfBlocks() {
        var grid = Grid(size: Size(width: 9, height: 3))
        BigDigits("-1", compact: true).draw(in: grid.area, on: &grid)
        assertLines(grid, [
            "     ▄█  ",
            " ▀▀▀  █  ",
            "     ▀▀▀ ",
        ])
    }

    func testBigDigitsCentreInLargerArea() {
        var grid = Grid(size: Size(width: 7, height: 5))
        BigDigits("1", style: Style(fg: .ansi(2)), compact: true).draw(in: grid.area, on: &grid)
        assertLines(grid, ["       ", "  ▄█   ", "   █   ", "  ▀▀▀  ", "       "])
        XCTAssertEqual(grid[3, 2].style.fg, .ansi(2))
    }

    func testModalClearsBeneathAndCentres() {
        var grid = Grid(size: Size(width: 30, height: 7))
        grid.fill(grid.area, with: "x", style: .plain)
        let modal = Modal(title: "Confirm", body: ["Delete it?"], minimumWidth: 10)
        XCTAssertEqual(modal.frame(in: grid.area), Rect(x: 8, y: 2, width: 14, height: 3))
        modal.draw(in: grid.area, on: &grid)
        assertLines(grid, [
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "xxxxxxxx╭ Confirm ───╮xxxxxxxx",
            "xxxxxxxx│ Delete it? │xxxxxxxx",
            "xxxxxxxx╰────────────╯xxxxxxxx",
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        ])
        XCTAssertEqual(grid[10, 2].style.attributes, .bold, "title style defaults to a bold border style")
        XCTAssertEqual(grid[8, 2].style, .plain)
    }

    func testModalOverWideGlyphsAndTooSmallArea() {
        var grid = Grid(lines: ["日本語日本語日本語", "日本語日本語日本語", "日本語日本語日本語"])
        Modal(title: "T", body: ["a long body line"], minimumWidth: 1).draw(in: grid.area, on: &grid)
        assertLines(grid, [
            "╭ T ─────────────╮",
            "│ a long body l… │",
            "╰────────────────╯",
        ])
        assertRowWidths(grid)
    }
}
