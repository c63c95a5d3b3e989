import Foundation
import XCTest

/// A fresh temporary folder, removed when the test ends.
public func temporaryFolder(_ test: XCTestCase, _ name: String = "guild-test") throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
    return url
}
