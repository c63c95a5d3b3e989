import Foundation

/// A fast 64-bit FNV-1a hash of file contents, used to notice that a file changed (not for security).
public enum ContentHash {
    /// Hashes `bytes`.
    public static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// Hashes the bytes of any contiguous collection.
    public static func of<Bytes: ContiguousBytes>(_ bytes: Bytes) -> UInt64 {
        bytes.withUnsafeBytes { of($0) }
    }
}
