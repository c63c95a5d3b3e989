/// The load cache's checksum, fed in pieces of any size: a fast 64-bit hash of little-endian words, then the bytes
/// left over and the length. It notices truncation and damage; it is not for security.
///
/// Streaming lets a snapshot be written as it is encoded, without holding the whole file in memory a second time.
struct SnapshotChecksum {
    private var hash: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var count = 0
    /// Bytes of an unfinished word, lowest first.
    private var pending: UInt64 = 0
    private var pendingCount = 0

    private static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// The checksum of `bytes` in one go.
    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var checksum = SnapshotChecksum()
        checksum.add(bytes)
        return checksum.value
    }

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        count += bytes.count
        var offset = 0
        while pendingCount > 0, offset < bytes.count {
            takeByte(bytes[offset])
            offset += 1
        }
        while offset + 8 <= bytes.count {
            mix(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset += 8
        }
        while offset < bytes.count {
            takeByte(bytes[offset])
            offset += 1
        }
    }

    /// The checksum of everything added so far.
    var value: UInt64 {
        var result = self
        if result.pendingCount > 0 { result.mix(result.pending ^ (UInt64(result.pendingCount) << 56)) }
        result.mix(UInt64(result.count))
        return result.hash
    }

    private mutating func takeByte(_ byte: UInt8) {
        pending |= UInt64(byte) << (8 * UInt64(pendingCount))
        pendingCount += 1
        if pendingCount == 8 {
            mix(pending)
            pending = 0
            pendingCount = 0
        }
    }

    private mutating func mix(_ word: UInt64) {
        hash = (hash ^ word) &* Self.prime
        hash ^= hash >> 29
    }
}
