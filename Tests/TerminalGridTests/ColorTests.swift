import Foundation
import TerminalGrid
import XCTest

final class ColorTests: XCTestCase {
    func testNamesParse() {
        XCTAssertEqual(Color(name: "red"), .ansi(1))
        XCTAssertEqual(Color(name: "Bright-Blue"), .ansi(12))
        XCTAssertEqual(Color(name: "bright_white"), .ansi(15))
        XCTAssertEqual(Color(name: "gray"), .ansi(8))
        XCTAssertEqual(Color(name: "#ff8800"), .rgb(255, 136, 0))
        XCTAssertEqual(Color(name: "#f80"), .rgb(255, 136, 0))
        XCTAssertEqual(Color(name: "208"), .indexed(208))
        XCTAssertEqual(Color(name: " default "), .default)
    }

    func testBadNamesFail() {
        for bad in ["", "reddish", "bright-pink", "#12345", "#gggggg", "256", "-1", "bright-"] {
            XCTAssertNil(Color(name: bad), bad)
        }
    }

    func testNameRoundTrips() {
        for color: Color in [.default, .ansi(3), .ansi(11), .indexed(208), .rgb(1, 2, 255)] {
            XCTAssertEqual(Color(name: color.name), color, color.name)
        }
    }

    func testCodableFromThemeJSON() throws {
        let json = Data(##"{"fg":"bright-red","bg":"#102030","attributes":3}"##.utf8)
        let style = try JSONDecoder().decode(Style.self, from: json)
        XCTAssertEqual(style, Style(fg: .ansi(9), bg: .rgb(16, 32, 48), attributes: [.bold, .dim]))
        let colors = try JSONDecoder().decode([Color].self, from: Data(#"["default","208"]"#.utf8))
        XCTAssertEqual(colors, [.default, .indexed(208)])
        XCTAssertEqual(String(decoding: try JSONEncoder().encode([Color.ansi(12)]), as: UTF8.self), #"["bright-blue"]"#)
    }

    func testCodableFailureNamesTheColour() {
        let json = Data("[\"purpleish\"]".utf8)
        XCTAssertThrowsError(try JSONDecoder().decode([Color].self, from: json)) { error in
            XCTAssertTrue("\(error)".contains("purpleish"), "\(error)")
        }
    }

    func testDowngrade() {
        XCTAssertEqual(Color.rgb(255, 0, 0).downgraded(toColors: 1 << 24), .rgb(255, 0, 0))
        XCTAssertEqual(Color.rgb(255, 0, 0).downgraded(toColors: 256), .indexed(196))
        XCTAssertEqual(Color.rgb(128, 128, 128).downgraded(toColors: 256), .indexed(244))
        XCTAssertEqual(Color.rgb(255, 0, 0).downgraded(toColors: 16), .ansi(9))
        XCTAssertEqual(Color.rgb(255, 0, 0).downgraded(toColors: 8), .ansi(1))
        XCTAssertEqual(Color.indexed(208).downgraded(toColors: 256), .indexed(208))
        XCTAssertEqual(Color.indexed(196).downgraded(toColors: 16), .ansi(9))
        XCTAssertEqual(Color.ansi(12).downgraded(toColors: 8), .ansi(4))
        XCTAssertEqual(Color.ansi(12).downgraded(toColors: 16), .ansi(12))
        XCTAssertEqual(Color.ansi(2).downgraded(toColors: 2), .default)
        XCTAssertEqual(Color.ansi(8).downgraded(toColors: 8), .default, "gray must not turn into black")
        XCTAssertEqual(Color.default.downgraded(toColors: 8), .default)
    }

    func testStylePatching() {
        let base = Style(fg: .ansi(2), bg: .ansi(0), attributes: .bold)
        let top = Style(bg: .ansi(4), attributes: .reverse)
        XCTAssertEqual(base.patched(by: top), Style(fg: .ansi(2), bg: .ansi(4), attributes: [.bold, .reverse]))
        XCTAssertEqual(base.patched(by: .plain), base)
    }
}
