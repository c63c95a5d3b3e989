import Foundation
import SnapshotTesting
import TerminalGrid
import XCTest

/// A folder of golden files — screens as text, their styles, expected outputs — compared exactly with what a test makes.
///
/// Files are kept and compared by swift-snapshot-testing. A mismatch fails with a line diff; a missing file fails.
/// `RECORD_GOLDENS=1` writes every golden the run reaches **and fails each of those tests**, so a golden is never
/// re-recorded silently: record, read the files' diff in git, commit, run again.
/// (`SNAPSHOT_TESTING_RECORD=all|missing|failed` works too; every mode that writes a file fails the test.)
public struct Golden: Sendable {
    /// The folder holding the files.
    public let folder: URL

    /// Golden files in `folder`.
    public init(folder: URL) {
        self.folder = folder
    }

    /// Golden files in the folder `name` next to the calling source file (`Golden("Goldens")`).
    public init(_ name: String, besides sourceFile: StaticString = #filePath) {
        folder = URL(fileURLWithPath: "\(sourceFile)").deletingLastPathComponent().appendingPathComponent(name)
    }

    /// The plain-text form of a grid: its lines (each exactly `width` columns), newline-terminated.
    public static func text(of grid: Grid) -> String {
        grid.lines().map { $0 + "\n" }.joined()
    }

    /// Compares `grid` with `<name>.txt`; with `styles`, also each cell's style with `<name>.styles.txt` (`StyleMap`).
    public func assertScreen(
        _ grid: Grid, named name: String, styles: StyleMap? = nil, file: StaticString = #filePath, line: UInt = #line
    ) {
        assertText(Self.text(of: grid), named: name + ".txt", file: file, line: line)
        if let styles {
            assertText(styles.text(of: grid), named: name + ".styles.txt", file: file, line: line)
        }
    }

    /// Compares `text` with the file `path` (relative to the folder, as "site/README.md"), failing with a diff.
    public func assertText(_ text: String, named path: String, file: StaticString = #filePath, line: UInt = #line) {
        if let failure = verify(text, named: path, record: Self.recordMode(ProcessInfo.processInfo.environment)) {
            XCTFail(failure, file: file, line: line)
        }
    }

    /// The failure message for `text` against the file `path`, or nil when they match; `record: .all` writes the
    /// file and still returns a message (the test fails), `.never` only compares.
    public func verify(_ text: String, named path: String, record: SnapshotTestingConfiguration.Record) -> String? {
        let url = folder.appendingPathComponent(path)
        guard let place = Self.snapshotPlace(of: url.lastPathComponent) else {
            return "Golden file name \"\(url.lastPathComponent)\" must be NAME.EXT or NAME.KIND.EXT with NAME and KIND made of letters, "
                + "digits, \"_\" and single \"-\"."
        }
        let existed = FileManager.default.fileExists(atPath: url.path)
        // The library's message names the two files through its diff tool: make that a command one can paste.
        let wholeFiles = SnapshotTestingConfiguration.DiffTool { "diff -u '\($0)' '\($1)'" }
        let failure = withSnapshotTesting(diffTool: wholeFiles) {
            verifySnapshot(
                of: text, as: Snapshotting(pathExtension: place.pathExtension, diffing: .lines), named: place.name, record: record,
                snapshotDirectory: url.deletingLastPathComponent().path, testName: place.testName
            )
        }
        guard let failure else { return nil }
        let shown = url.path.replacingOccurrences(of: folder.deletingLastPathComponent().path + "/", with: "")
        let recorded = record == .all || record == .failed || (!existed && record == .missing)
        if recorded {
            return "Recorded \(shown). A recording run fails on purpose: review the file's diff in git, commit it, "
                + "and run again without RECORD_GOLDENS.\n\n\(failure)"
        }
        if !existed {
            return "No golden file \(shown). Record it on purpose with RECORD_GOLDENS=1 swift test --filter …, then review and commit it."
                + "\n\n\(text)"
        }
        // The library says: "Snapshot … does not match reference.", the diff command, then the changed lines.
        let paragraphs = failure.components(separatedBy: "\n\n")
        let details = paragraphs.count >= 3 && paragraphs[1].hasPrefix("diff -u ")
            ? paragraphs[2...].joined(separator: "\n\n") + "\n\nWhole files: " + paragraphs[1]
            : failure
        return "\(shown) differs from what the test made (−golden, +actual). If the change is intended, record it on purpose "
            + "(RECORD_GOLDENS=1 swift test --filter …) and review the file's diff.\n\n\(details)"
    }

    /// The record mode an environment asks for: everything with `RECORD_GOLDENS=1`, swift-snapshot-testing's own
    /// `SNAPSHOT_TESTING_RECORD=all|missing|failed|never`, and otherwise compare only (`.never`).
    public static func recordMode(_ environment: [String: String]) -> SnapshotTestingConfiguration.Record {
        if environment["RECORD_GOLDENS"] == "1" { return .all }
        return environment["SNAPSHOT_TESTING_RECORD"].flatMap(SnapshotTestingConfiguration.Record.init(rawValue:)) ?? .never
    }

    /// How swift-snapshot-testing must be called so that its file, "<testName>.<name>[.<pathExtension>]", is exactly
    /// `fileName`: "home-120x40.txt" is (home-120x40, txt, none), "home-120x40.styles.txt" is (home-120x40, styles, txt).
    static func snapshotPlace(of fileName: String) -> (testName: String, name: String, pathExtension: String?)? {
        let parts = fileName.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        // The library replaces every run of non-word characters with "-": names that survive that unchanged map 1:1.
        let word = /[A-Za-z0-9_]+(-[A-Za-z0-9_]+)*/
        guard (2...3).contains(parts.count), parts.allSatisfy({ $0.wholeMatch(of: word) != nil }) else { return nil }
        return (parts[0], parts[1], parts.count == 3 ? parts[2] : nil)
    }
}
