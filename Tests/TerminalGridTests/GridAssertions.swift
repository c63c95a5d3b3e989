import TerminalGrid
import XCTest

/// Fails with a row-by-row picture when `grid` does not show exactly `expected`.
func assertLines(_ grid: Grid, _ expected: [String], file: StaticString = #filePath, line: UInt = #line) {
    let actual = grid.lines()
    guard actual != expected else { return }
    var report = "grid differs (| marks the edges):\n"
    for row in 0..<max(actual.count, expected.count) {
        let got = row < actual.count ? actual[row] : "<missing>"
        let want = row < expected.count ? expected[row] : "<missing>"
        report += (got == want ? "   " : " ≠ ") + "got  |\(got)|\n"
        if got != want { report += "    want |\(want)|\n" }
    }
    XCTFail(report, file: file, line: line)
}

/// Every row of `grid` must be exactly its width in display columns.
func assertRowWidths(_ grid: Grid, file: StaticString = #filePath, line: UInt = #line) {
    for (y, row) in grid.lines().enumerated() {
        XCTAssertEqual(DisplayWidth.of(row), grid.size.width, "row \(y) is \(row)", file: file, line: line)
    }
}
