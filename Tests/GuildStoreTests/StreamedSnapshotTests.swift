import Foundation
import GuildCore
@testable import GuildStore
import XCTest

/// The load cache is written piece by piece as it is encoded (so a folder of ten thousand records is never held as
/// bytes a second time): the pieces make exactly the file `encoded()` gives, whatever their size, the checksum fed in
/// pieces equals the checksum of the whole, and a write that fails midway leaves the old file whole.
final class StreamedSnapshotTests: XCTestCase {
    func snapshot(records: Int) -> FolderSnapshot {
        let status = FileStatus(device: 1, inode: 2, size: 3, modifiedNanoseconds: 4, changedNanoseconds: 5, type: 6)
        let entries = (0..<records).map { index in
            let item = ActionItem(id: Fixtures.id(1_000 + index), title: "Action \(index) " + String(repeating: "é", count: index % 50),
                                  owner: Fixtures.id(1), createdAt: Fixtures.now)
            return FolderSnapshot.Entry(id: item.id, fingerprint: FileFingerprint(status: status, contentHash: UInt64(index)),
                                        record: index % 7 == 3 ? nil : item)
        }
        return FolderSnapshot(kind: .action, stamp: status, stampTrusted: true, groups: [Fixtures.id(9)], entries: entries)
    }

    func testPiecesOfAnySizeMakeTheSameFileAndItDecodes() throws {
        let snapshot = snapshot(records: 300)
        let whole = snapshot.encoded()
        XCTAssertGreaterThan(whole.count, 300 * 40)
        for pieceSize in [1, 7, 8, 100, 4_096, 1 << 20] {
            var pieces: [[UInt8]] = []
            snapshot.encode(pieceSize: pieceSize) { (piece: UnsafeRawBufferPointer) -> Void in pieces.append(Array(piece)) }
            XCTAssertEqual(pieces.flatMap { $0 }, whole, "pieces of \(pieceSize)")
            if pieceSize < 4_096 { XCTAssertGreaterThan(pieces.count, 10, "pieces of \(pieceSize) are not one buffer") }
            XCTAssertLessThan(pieces.dropLast().map(\.count).max() ?? 0, pieceSize + 1_024, "no piece grows far past \(pieceSize)")
        }
        let decoded = try whole.withUnsafeBytes { try FolderSnapshot.decode($0, kind: .action) }
        XCTAssertEqual(decoded.entries.map(\.id), snapshot.entries.map(\.id))
        XCTAssertEqual(decoded.entries.map { $0.record as? ActionItem }, snapshot.entries.map { $0.record as? ActionItem })
        XCTAssertEqual(decoded.groups, [Fixtures.id(9)])
    }

    func testTheChecksumFedInPiecesEqualsTheChecksumOfTheWhole() {
        var generator = SystemRandomNumberGenerator()
        for length in [0, 1, 7, 8, 9, 63, 64, 65, 1_000] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let whole = bytes.withUnsafeBytes { SnapshotChecksum.of($0) }
            for _ in 0..<20 {
                var checksum = SnapshotChecksum()
                var start = 0
                while start < length {
                    let end = min(length, start + Int.random(in: 1...17, using: &generator))
                    bytes[start..<end].withUnsafeBytes { checksum.add($0) }
                    start = end
                }
                XCTAssertEqual(checksum.value, whole, "\(length) bytes")
            }
            if length > 0 {
                var changed = bytes
                changed[length / 2] ^= 0x10
                XCTAssertNotEqual(changed.withUnsafeBytes { SnapshotChecksum.of($0) }, whole, "one bit of \(length) bytes")
                XCTAssertNotEqual(bytes.dropLast().withUnsafeBytes { SnapshotChecksum.of($0) }, whole, "\(length) bytes less one")
            }
            var zeros = bytes
            zeros.append(0)
            XCTAssertNotEqual(zeros.withUnsafeBytes { SnapshotChecksum.of($0) }, whole, "a zero byte more after \(length) bytes")
        }
    }

    func testAStreamedWriteThatFailsMidwayLeavesTheOldFileWhole() throws {
        let folder = ScratchFolder(self)
        try folder.write("kept.cache", "the old file")
        XCTAssertThrowsError(try DurableFile.write(folder: folder.url.path, name: "kept.cache") { (emit) throws(SystemError) in
            try send([UInt8](repeating: 1, count: 10), to: emit)
            throw SystemError("encode", path: "kept.cache", code: EIO)
        })
        XCTAssertEqual(String(decoding: folder.bytes("kept.cache"), as: UTF8.self), "the old file")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
        XCTAssertEqual(left, ["kept.cache"], "no temporary file is left behind")
        // And one that succeeds replaces it with every piece, in order.
        try DurableFile.write(folder: folder.url.path, name: "kept.cache") { (emit) throws(SystemError) in
            for text in ["new ", "file ", "in pieces"] {
                try send(Array(text.utf8), to: emit)
            }
        }
        XCTAssertEqual(String(decoding: folder.bytes("kept.cache"), as: UTF8.self), "new file in pieces")
    }

    /// Hands `bytes` to a durable write's `emit`.
    func send(_ bytes: [UInt8], to emit: (UnsafeRawBufferPointer) throws(SystemError) -> Void) throws(SystemError) {
        var failure: SystemError?
        bytes.withUnsafeBytes { piece in
            do throws(SystemError) { try emit(piece) } catch { failure = error }
        }
        if let failure { throw failure }
    }
}

extension FolderSnapshot {
    /// The whole file at once, as the pieces `encode` hands out make it.
    func encoded() -> [UInt8] {
        var bytes: [UInt8] = []
        encode { (piece: UnsafeRawBufferPointer) -> Void in bytes.append(contentsOf: piece) }
        return bytes
    }
}
