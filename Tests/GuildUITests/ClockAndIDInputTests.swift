import Foundation
import XCTest

/// The UI module reads neither the clock nor a random source: `now` comes in `.tick` actions and state, new ids from
/// `IDSource`. A scan of `Sources/GuildUI` keeps it so (the reducer tests show the result: same actions, same records).
final class ClockAndIDInputTests: XCTestCase {
    func testGuildUINeverReadsTheClockOrMakesRandomIDs() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/GuildUI")
        let forbidden = ["UUID()", "Date()", "Date.now", ".random(", "SystemRandomNumberGenerator", "ProcessInfo"]
        var found: [String] = []
        let files = try XCTUnwrap(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
        var scanned = 0
        for case let file as URL in files where file.pathExtension == "swift" {
            scanned += 1
            let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
            for (number, line) in lines.enumerated() where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                for word in forbidden where line.contains(word) {
                    found.append("\(file.lastPathComponent):\(number + 1): \(word)")
                }
            }
        }
        XCTAssertGreaterThan(scanned, 100, "the sources were found")
        XCTAssertEqual(found, [])
    }
}
