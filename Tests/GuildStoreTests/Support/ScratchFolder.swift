import Foundation
import XCTest

/// A temporary folder for one test, removed when the test ends.
final class ScratchFolder {
    let url: URL

    init(_ test: XCTestCase, file: StaticString = #filePath) {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("guild-store-tests-\(getpid())-\(UUID().uuidString.prefix(8))", isDirectory: true)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        let url = self.url
        test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
    }

    /// The absolute path of `relative` inside the folder.
    func path(_ relative: String) -> String { url.appendingPathComponent(relative).path }

    /// The bytes of a file (empty when missing).
    func bytes(_ relative: String) -> Data { FileManager.default.contents(atPath: path(relative)) ?? Data() }

    /// Writes raw bytes, creating folders.
    func write(_ relative: String, _ data: Data) throws {
        let target = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: target)
    }

    /// Writes text.
    func write(_ relative: String, _ text: String) throws { try write(relative, Data(text.utf8)) }

    /// Every file below the folder (relative paths), including hidden ones.
    func allFiles() -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: url.path) else { return [] }
        var result: [String] = []
        while let next = walker.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path(next), isDirectory: &isFolder), !isFolder.boolValue { result.append(next) }
        }
        return result.sorted()
    }

    /// Temporary files left by writers anywhere in the folder.
    func temporaryFiles() -> [String] { allFiles().filter { ($0 as NSString).lastPathComponent.contains(".tmp-") } }

    /// The modification time in nanoseconds, or nil.
    func modified(_ relative: String) -> Int64? {
        var info = stat()
        guard lstat(path(relative), &info) == 0 else { return nil }
        return Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    }
}
