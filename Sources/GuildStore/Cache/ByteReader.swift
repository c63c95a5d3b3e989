import Foundation

/// Reads what `ByteWriter` wrote from a byte buffer, throwing `CacheFormatError` instead of reading past the end.
struct ByteReader {
    private let base: UnsafeRawBufferPointer
    private(set) var offset: Int

    init(_ base: UnsafeRawBufferPointer, offset: Int = 0) {
        self.base = base
        self.offset = offset
    }

    /// Bytes not read yet.
    var remaining: Int { base.count - offset }

    private mutating func take(_ size: Int) throws(CacheFormatError) -> Int {
        guard size >= 0, size <= base.count - offset else { throw CacheFormatError("truncated at byte \(offset)") }
        let start = offset
        offset += size
        return start
    }

    mutating func u8() throws(CacheFormatError) -> UInt8 {
        base[try take(1)]
    }

    mutating func bool() throws(CacheFormatError) -> Bool {
        switch try u8() {
        case 0: return false
        case 1: return true
        default: throw CacheFormatError("bad boolean at byte \(offset - 1)")
        }
    }

    mutating func u32() throws(CacheFormatError) -> UInt32 {
        UInt32(littleEndian: base.loadUnaligned(fromByteOffset: try take(4), as: UInt32.self))
    }

    mutating func u64() throws(CacheFormatError) -> UInt64 {
        UInt64(littleEndian: base.loadUnaligned(fromByteOffset: try take(8), as: UInt64.self))
    }

    mutating func i64() throws(CacheFormatError) -> Int64 { Int64(bitPattern: try u64()) }

    mutating func int() throws(CacheFormatError) -> Int { Int(try i64()) }

    mutating func count() throws(CacheFormatError) -> Int { Int(try u32()) }

    mutating func uuid() throws(CacheFormatError) -> UUID {
        let start = try take(16)
        return UUID(uuid: base.loadUnaligned(fromByteOffset: start, as: uuid_t.self))
    }

    mutating func date() throws(CacheFormatError) -> Date {
        Date(timeIntervalSinceReferenceDate: Double(bitPattern: try u64()))
    }

    mutating func string() throws(CacheFormatError) -> String {
        let length = try count()
        let start = try take(length)
        return String(decoding: UnsafeRawBufferPointer(rebasing: base[start..<(start + length)]), as: UTF8.self)
    }

    /// A raw slice of `length` bytes.
    mutating func slice(_ length: Int) throws(CacheFormatError) -> UnsafeRawBufferPointer {
        let start = try take(length)
        return UnsafeRawBufferPointer(rebasing: base[start..<(start + length)])
    }

    /// A value written with `ByteWriter.optional`.
    mutating func optional<T>(_ read: (inout ByteReader) throws(CacheFormatError) -> T) throws(CacheFormatError) -> T? {
        try bool() ? try read(&self) : nil
    }

    /// Values written with `ByteWriter.array`.
    mutating func array<T>(_ read: (inout ByteReader) throws(CacheFormatError) -> T) throws(CacheFormatError) -> [T] {
        let count = try count()
        // Every element takes at least one byte: a corrupt count cannot make us reserve gigabytes.
        guard count <= remaining else { throw CacheFormatError("bad count \(count) at byte \(offset - 4)") }
        var values: [T] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try read(&self)) }
        return values
    }

    /// A raw-value enum stored as its raw string.
    mutating func raw<T: RawRepresentable>(_ type: T.Type) throws(CacheFormatError) -> T where T.RawValue == String {
        let text = try string()
        guard let value = T(rawValue: text) else { throw CacheFormatError("unknown \(T.self) \"\(text)\"") }
        return value
    }
}
