import Foundation
import GuildCore

/// The load cache of a kind's group folders (every session's notes folder): one `FolderSnapshot` per group folder,
/// all in one file (`notes.groups.cache`), read and rewritten by `GuildStore.scanGroups`.
///
/// Layout: magic, format version, kind, the number of groups, then each group's id and its snapshot exactly as a
/// kind folder's cache file holds one (with its own checksum), and a checksum of everything before it.
struct GroupSnapshots: Sendable {
    static let magic: [UInt8] = Array("GUILDGC\u{0}".utf8)
    static let formatVersion: UInt32 = 1

    let kind: RecordKind
    /// The file's bytes.
    let bytes: Data
    /// Where each group's encoded snapshot lies in `bytes`.
    let ranges: [UUID: Range<Int>]

    /// The snapshot of one group folder, or nil when the file has none (or it does not decode).
    func snapshot(of group: UUID) -> FolderSnapshot? {
        guard let range = ranges[group] else { return nil }
        return bytes.withUnsafeBytes { all in
            try? FolderSnapshot.decode(UnsafeRawBufferPointer(rebasing: all[range]), kind: kind)
        }
    }

    /// The encoded snapshot of one group folder, as it lies in the file.
    func encoded(_ group: UUID) -> Data? {
        guard let range = ranges[group] else { return nil }
        return bytes.withUnsafeBytes { all in Data(all[range]) }
    }

    /// Reads the index of a cache file for `kind`; throws for anything but an intact file of this format.
    static func decode(_ bytes: Data, kind: RecordKind) throws(CacheFormatError) -> GroupSnapshots {
        let ranges = try bytes.withUnsafeBytes { all in Result { () throws(CacheFormatError) in try index(all, kind: kind) } }.get()
        return GroupSnapshots(kind: kind, bytes: bytes, ranges: ranges)
    }

    /// Where each group's snapshot lies in an intact file for `kind`.
    private static func index(_ all: UnsafeRawBufferPointer, kind: RecordKind) throws(CacheFormatError) -> [UUID: Range<Int>] {
        guard all.count >= magic.count + 8, all.prefix(magic.count).elementsEqual(magic) else {
            throw CacheFormatError("not a group cache file")
        }
        let body = UnsafeRawBufferPointer(rebasing: all[..<(all.count - 8)])
        let stored = UInt64(littleEndian: all.loadUnaligned(fromByteOffset: all.count - 8, as: UInt64.self))
        guard SnapshotChecksum.of(body) == stored else { throw CacheFormatError("checksum mismatch (truncated or damaged)") }
        var r = ByteReader(body, offset: magic.count)
        guard try r.u32() == formatVersion, try r.string() == kind.rawValue else { throw CacheFormatError("written by another version") }
        let count = try r.count()
        guard count <= r.remaining else { throw CacheFormatError("bad group count") }
        var ranges: [UUID: Range<Int>] = [:]
        ranges.reserveCapacity(count)
        for _ in 0..<count {
            let group = try r.uuid()
            let length = try r.count()
            let start = body.count - r.remaining
            _ = try r.slice(length)
            ranges[group] = start..<(start + length)
        }
        guard r.remaining == 0 else { throw CacheFormatError("trailing bytes") }
        return ranges
    }

    /// Hands the bytes of a cache file holding `groups` (each id with its encoded snapshot) to `sink`, piece by piece.
    static func encode<Failure: Error>(kind: RecordKind, groups: [(id: UUID, snapshot: Data)],
                                       into sink: (UnsafeRawBufferPointer) throws(Failure) -> Void) throws(Failure) {
        var checksum = SnapshotChecksum()
        func emit(_ piece: UnsafeRawBufferPointer) throws(Failure) {
            checksum.add(piece)
            try sink(piece)
        }
        func emit(_ w: ByteWriter) throws(Failure) {
            let failure: Failure? = w.bytes.withUnsafeBytes { piece in
                do throws(Failure) { try emit(piece) } catch { return error }
                return nil
            }
            if let failure { throw failure }
        }
        func emit(_ data: Data) throws(Failure) {
            let failure: Failure? = data.withUnsafeBytes { piece in
                do throws(Failure) { try emit(piece) } catch { return error }
                return nil
            }
            if let failure { throw failure }
        }
        var w = ByteWriter()
        w.raw(magic)
        w.u32(formatVersion)
        w.string(kind.rawValue)
        w.count(groups.count)
        try emit(w)
        for group in groups {
            w.removeAll()
            w.uuid(group.id)
            w.count(group.snapshot.count)
            try emit(w)
            try emit(group.snapshot)
        }
        w.removeAll()
        w.u64(checksum.value)
        let failure: Failure? = w.bytes.withUnsafeBytes { piece in
            do throws(Failure) { try sink(piece) } catch { return error }
            return nil
        }
        if let failure { throw failure }
    }

    /// One snapshot encoded on its own (what `encoded` returns for it once written).
    static func encode(_ snapshot: FolderSnapshot) -> Data {
        var bytes = Data()
        snapshot.encode { (piece: UnsafeRawBufferPointer) in bytes.append(contentsOf: piece) }
        return bytes
    }
}
