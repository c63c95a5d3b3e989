import Foundation
import TerminalGrid
import XCTest

/// Golden screens: plain-text renders kept under `Goldens/`, compared exactly; `RECORD_GOLDENS=1` rewrites them.
enum Golden {
    /// The folder holding the golden files, next to this source file.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")

    /// Whether this run re-records goldens instead of comparing.
    static var isRecording: Bool {
        ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1"
    }

    /// The text form of a grid: its lines (each exactly `width` columns), newline-terminated.
    static func text(of grid: Grid) -> String {
        grid.lines().map { $0 + "\n" }.joined()
    }

    /// Compares `grid` with `Goldens/<name>.txt`, failing with a line-by-line diff; records it when asked or missing.
    static func assertMatches(_ grid: Grid, named name: String, file: StaticString = #filePath, line: UInt = #line) {
        let url = folder.appendingPathComponent(name + ".txt")
        let actual = text(of: grid)
        if isRecording {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            XCTAssertNoThrow(try actual.write(to: url, atomically: true, encoding: .utf8), file: file, line: line)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            XCTFail("No golden \(url.path); run with RECORD_GOLDENS=1 to record it.\n\(actual)", file: file, line: line)
            return
        }
        guard expected != actual else { return }
        XCTFail("Screen differs from \(name).txt (re-record with RECORD_GOLDENS=1 if the change is intended):\n" + diff(expected: expected, actual: actual),
                file: file, line: line)
    }

    /// A readable line-by-line diff: each differing line number with the expected and actual text between bars.
    static func diff(expected: String, actual: String) -> String {
        let old = expected.components(separatedBy: "\n")
        let new = actual.components(separatedBy: "\n")
        var report: [String] = []
        for index in 0..<max(old.count, new.count) {
            let a = index < old.count ? old[index] : "(missing)"
            let b = index < new.count ? new[index] : "(missing)"
            guard a != b else { continue }
            report.append(String(format: "line %3d expected |%@|", index + 1, a))
            report.append(String(format: "line %3d actual   |%@|", index + 1, b))
        }
        return report.joined(separator: "\n")
    }
}
