import Foundation
import GuildCore

/// What one kind folder held when it was last listed: its stamp, its group folders and every record file with its
/// fingerprint and (when usable and not too fresh to trust) its decoded record. One load cache file each.
struct FolderSnapshot: Sendable {
    /// One record file of the folder.
    struct Entry: Sendable {
        var id: UUID
        var fingerprint: FileFingerprint
        /// Nil for a file that must be read again (a bad file, or one changed too recently to trust its stamp).
        var record: (any Record)?
        /// Whether the cache file holds the record (true with `record` nil when the file was read as a listing only).
        var stored: Bool

        init(id: UUID, fingerprint: FileFingerprint, record: (any Record)?, stored: Bool? = nil) {
            self.id = id
            self.fingerprint = fingerprint
            self.record = record
            self.stored = stored ?? (record != nil)
        }
    }

    static let magic: [UInt8] = Array("GUILDLC\u{0}".utf8)
    /// Bumped whenever the layout below changes (2: the checksum is fed in pieces and ends with the length).
    static let formatVersion: UInt32 = 2

    var kind: RecordKind
    /// The folder's `lstat` when it was listed.
    var stamp: FileStatus
    /// Whether `stamp` alone proves the listing is still current: no odd entries, no temporary files, and the
    /// folder had not changed within `LoadCache.racyMargin` before it was listed.
    var stampTrusted: Bool
    /// Group sub-folders (a session's notes) present at the listing.
    var groups: [UUID]
    var entries: [Entry]

    /// Hands the file's bytes to `sink` in pieces of about `pieceSize` bytes, as they are encoded: header, folder,
    /// entries, then a checksum of all of it. A folder of ten thousand records is never held as bytes all at once.
    func encode<Failure: Error>(pieceSize: Int = 64 << 10, into sink: (UnsafeRawBufferPointer) throws(Failure) -> Void) throws(Failure) {
        var checksum = SnapshotChecksum()
        var w = ByteWriter(capacity: pieceSize + 4096)
        func flush() throws(Failure) {
            let failure: Failure? = w.bytes.withUnsafeBytes { piece in
                checksum.add(piece)
                do throws(Failure) { try sink(piece) } catch { return error }
                return nil
            }
            if let failure { throw failure }
            w.removeAll()
        }
        let coding = CachedRecordCodec.coding(of: kind)
        w.raw(Self.magic)
        w.u32(Self.formatVersion)
        w.u64(CachedRecordCodec.signature(kind))
        w.u32(UInt32(Schema.current))
        w.string(kind.rawValue)
        Self.write(stamp, &w)
        w.bool(stampTrusted)
        w.array(groups) { $0.uuid($1) }
        w.count(entries.count)
        var record = ByteWriter()
        for entry in entries {
            w.uuid(entry.id)
            Self.write(entry.fingerprint.status, &w)
            w.u64(entry.fingerprint.contentHash)
            record.removeAll()
            if let value = entry.record, let coding, coding.encode(value, &record) {
                w.u8(1)
                w.count(record.bytes.count)
                w.raw(record.bytes)
            } else {
                w.u8(0)
            }
            if w.bytes.count >= pieceSize { try flush() }
        }
        try flush()
        w.u64(checksum.value)
        try flush()
    }

    /// Decodes a cache file for `kind`; throws for anything but an intact file of this format, layout and schema.
    /// Without `records`, the records are skipped, not decoded (each entry says only whether one is stored).
    static func decode(_ bytes: UnsafeRawBufferPointer, kind: RecordKind, records: Bool = true) throws(CacheFormatError) -> FolderSnapshot {
        guard bytes.count >= magic.count + 8, bytes.prefix(magic.count).elementsEqual(magic) else {
            throw CacheFormatError("not a load cache file")
        }
        let body = UnsafeRawBufferPointer(rebasing: bytes[..<(bytes.count - 8)])
        let stored = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self))
        guard SnapshotChecksum.of(body) == stored else { throw CacheFormatError("checksum mismatch (truncated or damaged)") }
        var r = ByteReader(body, offset: magic.count)
        guard try r.u32() == formatVersion, try r.u64() == CachedRecordCodec.signature(kind), try r.u32() == UInt32(Schema.current),
              try r.string() == kind.rawValue else {
            throw CacheFormatError("written by another version")
        }
        let stamp = try status(&r)
        let trusted = try r.bool()
        let groups = try r.array { (r: inout ByteReader) throws(CacheFormatError) in try r.uuid() }
        let count = try r.count()
        guard count <= r.remaining else { throw CacheFormatError("bad entry count") }
        guard let coding = CachedRecordCodec.coding(of: kind) else { throw CacheFormatError("no cache coding for \(kind.folder)") }
        var entries: [Entry] = []
        entries.reserveCapacity(count)
        for _ in 0..<count {
            let id = try r.uuid()
            let fingerprint = FileFingerprint(status: try status(&r), contentHash: try r.u64())
            var record: (any Record)?
            let stored = try r.bool()
            if stored {
                let length = try r.count()
                let slice = try r.slice(length)
                if records {
                    var inner = ByteReader(slice)
                    let value = try coding.decode(&inner)
                    guard inner.remaining == 0, value.id == id else { throw CacheFormatError("bad record for \(id)") }
                    record = value
                }
            }
            entries.append(Entry(id: id, fingerprint: fingerprint, record: record, stored: stored))
        }
        guard r.remaining == 0 else { throw CacheFormatError("trailing bytes") }
        return FolderSnapshot(kind: kind, stamp: stamp, stampTrusted: trusted, groups: groups, entries: entries)
    }

    private static func write(_ status: FileStatus, _ w: inout ByteWriter) {
        w.u64(status.device); w.u64(status.inode); w.i64(status.size)
        w.i64(status.modifiedNanoseconds); w.i64(status.changedNanoseconds); w.u32(status.type)
    }

    private static func status(_ r: inout ByteReader) throws(CacheFormatError) -> FileStatus {
        FileStatus(device: try r.u64(), inode: try r.u64(), size: try r.i64(), modifiedNanoseconds: try r.i64(),
                   changedNanoseconds: try r.i64(), type: try r.u32())
    }
}
