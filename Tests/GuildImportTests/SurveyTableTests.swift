import Foundation
@testable import GuildImport
import XCTest

/// Reading CSV the way form tools export it.
final class SurveyTableTests: XCTestCase {
    func testByteOrderMarkCRLFAndQuotedCommasAreRead() throws {
        let text = "\u{FEFF}Name,\"Kubernetes, Helm\",Go\r\n\"Ångström, Zoë\",3,\"4 - Expert\"\r\n\r\nBo,1,2\r\n"
        let table = try SurveyTable.read(Data(text.utf8))
        XCTAssertEqual(table.header, ["Name", "Kubernetes, Helm", "Go"])
        XCTAssertEqual(table.rows.map(\.fields), [["Ångström, Zoë", "3", "4 - Expert"], ["Bo", "1", "2"]])
        XCTAssertEqual(table.rows.map(\.row), [2, 4])
    }

    func testNotUTF8IsOneClearError() {
        XCTAssertThrowsError(try SurveyTable.read(Data([0x4E, 0x61, 0xFF, 0xFE, 0x0A]))) { error in
            XCTAssertTrue("\(error)".contains("UTF-8"))
        }
    }
}
