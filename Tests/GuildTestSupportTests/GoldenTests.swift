import Foundation
@testable import GuildTestSupport
import TerminalGrid
import XCTest

/// The golden helper: a match passes, a difference fails with a diff, a missing file fails, and a recording run
/// writes the file and still fails.
final class GoldenTests: XCTestCase {
    private var golden: Golden!

    override func setUpWithError() throws {
        golden = Golden(folder: try temporaryFolder(self, "golden-tests").appendingPathComponent("Goldens"))
        try FileManager.default.createDirectory(at: golden.folder, withIntermediateDirectories: true)
    }

    private func write(_ text: String, _ name: String) throws {
        try Data(text.utf8).write(to: golden.folder.appendingPathComponent(name))
    }

    private func contents(_ name: String) -> String? {
        FileManager.default.contents(atPath: golden.folder.appendingPathComponent(name).path).map { String(decoding: $0, as: UTF8.self) }
    }

    func testAMatchPasses() throws {
        try write("line one\nline two\n", "screen.txt")
        XCTAssertNil(golden.verify("line one\nline two\n", named: "screen.txt", record: .never))
    }

    func testADifferenceFailsWithALineDiffAndLeavesTheFileAlone() throws {
        try write("abc\nsame\nxyz\n", "screen.txt")
        let failure = try XCTUnwrap(golden.verify("abd\nsame\nxyz\n", named: "screen.txt", record: .never))
        XCTAssertTrue(failure.hasPrefix("Goldens/screen.txt differs"), failure)
        XCTAssertTrue(failure.contains("RECORD_GOLDENS=1"), "says how to record on purpose: \(failure)")
        XCTAssertTrue(failure.contains("−abc\n+abd"), "the changed line, old and new: \(failure)")
        XCTAssertTrue(failure.contains("Whole files: diff -u '\(golden.folder.path)/screen.txt' '"), failure)
        XCTAssertFalse(failure.contains("does not match reference"), "the library's own wording is left out: \(failure)")
        XCTAssertEqual(contents("screen.txt"), "abc\nsame\nxyz\n")
    }

    func testAMissingGoldenFailsAndIsNotWritten() {
        let failure = golden.verify("new screen\n", named: "missing.txt", record: .never)
        XCTAssertTrue(failure?.hasPrefix("No golden file Goldens/missing.txt") ?? false, failure ?? "passed")
        XCTAssertNil(contents("missing.txt"))
    }

    func testARecordingRunWritesTheGoldenAndFails() throws {
        try write("old\n", "screen.txt")
        let failure = golden.verify("new\n", named: "screen.txt", record: .all)
        XCTAssertTrue(failure?.hasPrefix("Recorded Goldens/screen.txt") ?? false, "a recording run fails: \(failure ?? "passed")")
        XCTAssertEqual(contents("screen.txt"), "new\n")
        // Recording the same text again still fails: a recording run never passes.
        XCTAssertNotNil(golden.verify("new\n", named: "screen.txt", record: .all))
        XCTAssertNil(golden.verify("new\n", named: "screen.txt", record: .never))
        // A missing golden under "record what is missing" is written and fails too.
        XCTAssertNotNil(golden.verify("fresh\n", named: "fresh.txt", record: .missing))
        XCTAssertEqual(contents("fresh.txt"), "fresh\n")
    }

    func testRecordingIsOnlyOnPurpose() {
        XCTAssertEqual(Golden.recordMode([:]), .never, "a normal run only compares")
        XCTAssertEqual(Golden.recordMode(["RECORD_GOLDENS": "1"]), .all)
        XCTAssertEqual(Golden.recordMode(["RECORD_GOLDENS": "0"]), .never)
        XCTAssertEqual(Golden.recordMode(["SNAPSHOT_TESTING_RECORD": "missing"]), .missing)
        XCTAssertEqual(Golden.recordMode(["SNAPSHOT_TESTING_RECORD": "nonsense"]), .never)
    }

    func testFilesKeepTheirNamesInSubfolders() throws {
        XCTAssertNotNil(golden.verify("# Site\n", named: "site/minutes/2026-09-10-go-generics.md", record: .all))
        XCTAssertEqual(contents("site/minutes/2026-09-10-go-generics.md"), "# Site\n")
        XCTAssertNotNil(golden.verify("a\n", named: "home-120x40.styles.txt", record: .all))
        XCTAssertEqual(contents("home-120x40.styles.txt"), "a\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: golden.folder.path).sorted(), ["home-120x40.styles.txt", "site"])
        XCTAssertNotNil(golden.verify("x", named: "no-extension", record: .all))
        XCTAssertNotNil(golden.verify("x", named: "a..txt", record: .all))
        XCTAssertFalse(FileManager.default.fileExists(atPath: golden.folder.appendingPathComponent("no-extension").path))
    }

    func testCRLFAndTrailingSpacesAreCompared() throws {
        try write("a\r\nb  \n", "calendar.ics")
        XCTAssertNil(golden.verify("a\r\nb  \n", named: "calendar.ics", record: .never))
        XCTAssertNotNil(golden.verify("a\nb  \n", named: "calendar.ics", record: .never))
        XCTAssertNotNil(golden.verify("a\r\nb\n", named: "calendar.ics", record: .never))
    }

    func testAScreenIsItsLinesAtFullWidth() {
        XCTAssertEqual(Golden.text(of: Grid(lines: ["ab", "c"])), "ab\nc \n")
    }
}
