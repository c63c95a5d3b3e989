import TerminalGrid
import XCTest

final class TableTests: XCTestCase {
    private let names = ["Alice", "Bob", "Christopher"]
    private let columns = [
        TableColumn("Name", width: .min(6)),
        TableColumn("A", width: .fixed(3)),
        TableColumn("B", width: .fixed(3)),
        TableColumn("C", width: .fixed(3)),
    ]

    private func table(selectedRow: Int? = nil, selectedColumn: Int? = nil, columnOffset: Int = 1) -> Table {
        let names = self.names
        return Table(
            columns: columns, rowCount: names.count, selectedRow: selectedRow, selectedColumn: selectedColumn,
            columnOffset: columnOffset, frozenColumns: 1
        ) { row, column in
            column == 0 ? Span(names[row]) : Span("\(row)\(column)")
        }
    }

    func testHeaderAndRowsWithTruncation() {
        var grid = Grid(size: Size(width: 14, height: 4))
        table().draw(in: grid.area, on: &grid)
        assertLines(grid, [
            "Name   A   B  ",
            "Alice  01  02 ",
            "Bob    11  12 ",
            "Chris… 21  22 ",
        ])
        XCTAssertEqual(grid[0, 0].style.attributes, .bold)
        XCTAssertEqual(grid[0, 1].style, .plain)
    }

    func testFrozenFirstColumnWhenScrolledRight() {
        var grid = Grid(size: Size(width: 14, height: 2))
        table(columnOffset: 2).draw(in: grid.area, on: &grid)
        assertLines(grid, ["Name   B   C  ", "Alice  02  03 "])
    }

    func testSpareRoomGoesToGrowableColumns() {
        var grid = Grid(size: Size(width: 22, height: 2))
        table().draw(in: grid.area, on: &grid)
        assertLines(grid, ["Name       A   B   C  ", "Alice      01  02  03 "])
    }

    func testVerticalScrollKeepsHeaderAndSelectedCell() {
        var grid = Grid(size: Size(width: 14, height: 3))
        table(selectedRow: 2, selectedColumn: 2).draw(in: grid.area, on: &grid)
        assertLines(grid, [
            "Name   A   B  ",
            "Bob    11  12 ",
            "Chris… 21  22 ",
        ])
        XCTAssertEqual(grid[0, 2].style.attributes, .reverse, "selected row")
        XCTAssertEqual(grid[11, 2].style.attributes, [.reverse, .bold], "selected cell")
        XCTAssertEqual(grid[0, 1].style, .plain)
    }

    func testOnlyVisibleCellsAreBuilt() {
        final class Counter: @unchecked Sendable { var cells = 0 }
        let counter = Counter()
        let many = (0..<500).map { TableColumn("S\($0)", width: .fixed(3)) }
        let table = Table(columns: [TableColumn("Name", width: .fixed(5))] + many, rowCount: 10_000, frozenColumns: 1) { row, column in
            counter.cells += 1
            return Span("\(row % 10)")
        }
        var grid = Grid(size: Size(width: 20, height: 5))
        table.draw(in: grid.area, on: &grid)
        XCTAssertEqual(counter.cells, 4 * 4, "4 rows × (name + 3 skill columns)")
    }

    func testColumnOffsetRevealsAColumn() {
        let width = 14
        XCTAssertEqual(Table.columnOffset(revealing: 3, currentOffset: 1, columns: columns, frozenColumns: 1, width: width), 2)
        XCTAssertEqual(Table.columnOffset(revealing: 1, currentOffset: 2, columns: columns, frozenColumns: 1, width: width), 1)
        XCTAssertEqual(Table.columnOffset(revealing: 2, currentOffset: 1, columns: columns, frozenColumns: 1, width: width), 1)
        XCTAssertEqual(Table.columnOffset(revealing: 0, currentOffset: 2, columns: columns, frozenColumns: 1, width: width), 2)
        XCTAssertTrue(table().hasColumnsRight(width: width))
        XCTAssertFalse(table(columnOffset: 2).hasColumnsRight(width: width))
    }

    func testNarrowAreaShowsACutColumn() {
        var grid = Grid(size: Size(width: 4, height: 2))
        table().draw(in: grid.area, on: &grid)
        assertLines(grid, ["Name", "Ali…"])
    }
}
