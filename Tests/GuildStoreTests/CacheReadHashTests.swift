import Foundation
import GuildCore
@testable import GuildStore
import XCTest

/// Opening reads the load cache's files without hashing their bytes (each carries a checksum of its own); record files
/// are still hashed for their fingerprints.
final class CacheReadHashTests: XCTestCase {
    func testRecordFilesAreHashedAndCacheReadsAreNot() throws {
        let folder = ScratchFolder(self)
        let bytes = Data(repeating: 0x61, count: 10_000)
        try folder.write("file.json", bytes)
        let reader = SafeFileReader()
        guard case .contents(let data, let fingerprint) = try reader.read(path: folder.path("file.json")),
              case .contents(let unhashed, let unhashedFingerprint) = try reader.read(path: folder.path("file.json"), hashingContent: false) else {
            return XCTFail("the file should read")
        }
        XCTAssertEqual(data, bytes)
        XCTAssertEqual(unhashed, bytes)
        XCTAssertEqual(fingerprint.contentHash, ContentHash.of(bytes))
        XCTAssertEqual(unhashedFingerprint.contentHash, 0, "no pass over the bytes")
        XCTAssertEqual(unhashedFingerprint.status, fingerprint.status)
    }
}
