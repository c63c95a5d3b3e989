@testable import GuildTestSupport
import TerminalGrid
import XCTest

/// The style layer of a golden: symbols in order of first appearance, a legend with colours, attributes and names.
final class StyleMapTests: XCTestCase {
    func testSymbolsFollowFirstAppearanceAndTheLegendNamesEachStyle() {
        let title = Style(fg: .ansi(15), bg: .rgb(0x1a, 0x1b, 0x26), attributes: [.bold, .underline])
        let error = Style(fg: .ansi(1))
        var grid = Grid(size: Size(width: 6, height: 2))
        grid.put("Title", x: 0, y: 0, style: title)
        grid.put("界!", x: 1, y: 1, style: error)
        let map = StyleMap(names: [title: ["title", "header"], .plain: ["text"]])
        XCTAssertEqual(map.text(of: grid), """
            a  fg=bright-white bg=#1a1b26 bold underline  title, header
            b  fg=default bg=default  text
            c  fg=red bg=default

            aaaaab
            bcccbb

            """)
    }

    func testStylesBeyondTheSymbolsShareOne() {
        var grid = Grid(size: Size(width: 80, height: 1))
        for x in 0..<80 { grid.put("x", x: x, y: 0, style: Style(fg: .indexed(UInt8(x)))) }
        let text = StyleMap().text(of: grid)
        XCTAssertTrue(text.hasSuffix(String(StyleMap.symbols) + String(repeating: "¤", count: 80 - StyleMap.symbols.count) + "\n"), text)
    }
}
