import Foundation
@testable import GuildCLI
import XCTest

/// An exported site's pages are written like any document (sanitised, replaced whole), each folder made once, and the
/// folder holds nothing else afterwards (no temporary files).
final class SiteFilesTests: XCTestCase {
    func testPagesAreWrittenWholeAndReplacedWithNoTemporaryFilesLeft() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("site-files-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        var files = SiteFiles(root: root)
        try files.write("README.md", "# Index\n")
        try files.write("minutes/a.md", "old\n")
        try files.write("minutes/a.md", "new \u{1B}[31mred\n")
        try files.write("minutes/b.md", "b\n")
        XCTAssertEqual(files.count, 4)
        XCTAssertEqual(try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8), "# Index\n")
        let page = try String(contentsOf: root.appendingPathComponent("minutes/a.md"), encoding: .utf8)
        XCTAssertTrue(page.hasPrefix("new "), page)
        XCTAssertFalse(page.contains("\u{1B}"), "escape sequences are taken out as from any document")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("minutes").path).sorted(), ["a.md", "b.md"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted(), ["README.md", "minutes"])
    }
}
