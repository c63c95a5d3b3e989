import Foundation
import XCTest

/// Expected output files under `Expected/`, compared exactly; `RECORD_EXPECTED=1` (or `RECORD_GOLDENS=1`) rewrites them on purpose.
enum ExpectedFile {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Expected")

    static var isRecording: Bool {
        let environment = ProcessInfo.processInfo.environment
        return environment["RECORD_EXPECTED"] == "1" || environment["RECORD_GOLDENS"] == "1"
    }

    /// Compares `actual` with `Expected/<path>`, failing with the first differing lines; records it when asked.
    static func assertMatches(_ actual: String, path: String, file: StaticString = #filePath, line: UInt = #line) {
        let url = folder.appendingPathComponent(path)
        if isRecording {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            XCTAssertNoThrow(try Data(actual.utf8).write(to: url), file: file, line: line)
            return
        }
        guard let data = try? Data(contentsOf: url) else {
            XCTFail("No expected file \(url.path); run with RECORD_EXPECTED=1 to record it.\n\(actual)", file: file, line: line)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != actual else { return }
        let old = expected.components(separatedBy: "\n"), new = actual.components(separatedBy: "\n")
        var report: [String] = []
        for index in 0..<max(old.count, new.count) where report.count < 20 {
            let a = index < old.count ? old[index] : "(missing)", b = index < new.count ? new[index] : "(missing)"
            if a != b { report += ["line \(index + 1) expected |\(a)|", "line \(index + 1) actual   |\(b)|"] }
        }
        XCTFail("\(path) differs (re-record with RECORD_EXPECTED=1 if intended):\n" + report.joined(separator: "\n"), file: file, line: line)
    }
}
