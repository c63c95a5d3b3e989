import TerminalGrid
import XCTest

final class RectTests: XCTestCase {
    func testBasics() {
        let r = Rect(x: 2, y: 3, width: 4, height: 5)
        XCTAssertTrue(r.contains(x: 2, y: 3))
        XCTAssertTrue(r.contains(x: 5, y: 7))
        XCTAssertFalse(r.contains(x: 6, y: 3))
        XCTAssertFalse(r.contains(x: 1, y: 3))
        XCTAssertFalse(r.isEmpty)
        XCTAssertTrue(Rect(x: 0, y: 0, width: 0, height: 3).isEmpty)
        XCTAssertEqual(Rect(x: 0, y: 0, width: -4, height: 2).width, 0)
    }

    func testInset() {
        let r = Rect(x: 0, y: 0, width: 10, height: 4)
        XCTAssertEqual(r.inset(by: 1), Rect(x: 1, y: 1, width: 8, height: 2))
        XCTAssertTrue(r.inset(by: 2).isEmpty)
        XCTAssertTrue(Rect(x: 0, y: 0, width: 1, height: 1).inset(by: 1).isEmpty)
        XCTAssertEqual(r.inset(left: 3), Rect(x: 3, y: 0, width: 7, height: 4))
    }

    func testIntersection() {
        let a = Rect(x: 0, y: 0, width: 5, height: 5)
        XCTAssertEqual(a.intersection(Rect(x: 3, y: 2, width: 5, height: 5)), Rect(x: 3, y: 2, width: 2, height: 3))
        XCTAssertTrue(a.intersection(Rect(x: 6, y: 0, width: 2, height: 2)).isEmpty)
    }

    func testCentered() {
        XCTAssertEqual(Rect(x: 0, y: 0, width: 10, height: 5).centered(Size(width: 4, height: 1)), Rect(x: 3, y: 2, width: 4, height: 1))
        XCTAssertEqual(Rect(x: 0, y: 0, width: 3, height: 2).centered(Size(width: 10, height: 10)), Rect(x: 0, y: 0, width: 3, height: 2))
    }

    func testSplitColumnsByLengthAndFill() {
        let r = Rect(x: 0, y: 0, width: 20, height: 3)
        let parts = r.splitColumns([.length(5), .fill(1), .length(3)])
        XCTAssertEqual(parts.map(\.width), [5, 12, 3])
        XCTAssertEqual(parts.map(\.x), [0, 5, 17])
        XCTAssertEqual(parts[1].height, 3)
    }

    func testSplitRowsByRatioPercentageAndWeights() {
        let r = Rect(x: 0, y: 10, width: 4, height: 12)
        XCTAssertEqual(r.splitRows([.ratio(1, 3), .fill(1)]).map(\.height), [4, 8])
        XCTAssertEqual(r.splitRows([.percentage(50), .fill(1), .fill(2)]).map(\.height), [6, 2, 4])
        XCTAssertEqual(r.splitRows([.fill(1), .fill(1)]).map(\.y), [10, 16])
        XCTAssertEqual(r.split(.vertical, [.length(1), .min(3), .length(1)]).map(\.height), [1, 10, 1])
    }

    func testSplitWithSpacingAndOverflow() {
        let r = Rect(x: 0, y: 0, width: 10, height: 1)
        XCTAssertEqual(r.splitColumns([.fill(1), .fill(1)], spacing: 2).map(\.x), [0, 6])
        XCTAssertEqual(r.splitColumns([.length(8), .length(8)]).map(\.width), [8, 2])
        XCTAssertEqual(Rect.zero.splitColumns([.length(3), .fill(1)]).map(\.width), [0, 0])
        XCTAssertEqual(r.split(.horizontal, []).count, 0)
    }
}
