import Foundation

/// Reads what `ByteWriter` wrote from a byte buffer, throwing `CacheFormatError` instead of reading past the end.
public struct ByteReader {
    @usableFromInline let base: UnsafeRawBufferPointer
    /// How many bytes were read.
    public internal(set) var offset: Int {
        get { position }
        set { position = newValue }
    }
    @usableFromInline var position: Int

    @inlinable public init(_ base: UnsafeRawBufferPointer, offset: Int = 0) {
        self.base = base
        position = offset
    }

    /// Bytes not read yet.
    @inlinable public var remaining: Int { base.count - position }

    @inlinable mutating func take(_ size: Int) throws(CacheFormatError) -> Int {
        guard size >= 0, size <= base.count - position else { throw CacheFormatError("truncated at byte \(position)") }
        let start = position
        position += size
        return start
    }

    @inlinable public mutating func u8() throws(CacheFormatError) -> UInt8 {
        base[try take(1)]
    }

    @inlinable public mutating func bool() throws(CacheFormatError) -> Bool {
        switch try u8() {
        case 0: return false
        case 1: return true
        default: throw CacheFormatError("bad boolean at byte \(position - 1)")
        }
    }

    @inlinable public mutating func u32() throws(CacheFormatError) -> UInt32 {
        UInt32(littleEndian: base.loadUnaligned(fromByteOffset: try take(4), as: UInt32.self))
    }

    @inlinable public mutating func u64() throws(CacheFormatError) -> UInt64 {
        UInt64(littleEndian: base.loadUnaligned(fromByteOffset: try take(8), as: UInt64.self))
    }

    @inlinable public mutating func i64() throws(CacheFormatError) -> Int64 { Int64(bitPattern: try u64()) }

    @inlinable public mutating func int() throws(CacheFormatError) -> Int { Int(try i64()) }

    @inlinable public mutating func count() throws(CacheFormatError) -> Int { Int(try u32()) }

    @inlinable public mutating func uuid() throws(CacheFormatError) -> UUID {
        let start = try take(16)
        return UUID(uuid: base.loadUnaligned(fromByteOffset: start, as: uuid_t.self))
    }

    @inlinable public mutating func date() throws(CacheFormatError) -> Date {
        Date(timeIntervalSinceReferenceDate: Double(bitPattern: try u64()))
    }

    @inlinable public mutating func string() throws(CacheFormatError) -> String {
        let length = try count()
        let start = try take(length)
        return String(decoding: UnsafeRawBufferPointer(rebasing: base[start..<(start + length)]), as: UTF8.self)
    }

    /// A raw slice of `length` bytes.
    @inlinable public mutating func slice(_ length: Int) throws(CacheFormatError) -> UnsafeRawBufferPointer {
        let start = try take(length)
        return UnsafeRawBufferPointer(rebasing: base[start..<(start + length)])
    }

    /// A value written with `ByteWriter.optional`.
    @inlinable public mutating func optional<T>(_ read: (inout ByteReader) throws(CacheFormatError) -> T) throws(CacheFormatError) -> T? {
        try bool() ? try read(&self) : nil
    }

    /// Values written with `ByteWriter.array`.
    @inlinable public mutating func array<T>(_ read: (inout ByteReader) throws(CacheFormatError) -> T) throws(CacheFormatError) -> [T] {
        let count = try count()
        // Every element takes at least one byte: a corrupt count cannot make us reserve gigabytes.
        guard count <= remaining else { throw CacheFormatError("bad count \(count) at byte \(position - 4)") }
        var values: [T] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try read(&self)) }
        return values
    }

    /// A raw-value enum stored as its raw string.
    @inlinable public mutating func raw<T: RawRepresentable>(_ type: T.Type) throws(CacheFormatError) -> T where T.RawValue == String {
        let text = try string()
        guard let value = T(rawValue: text) else { throw CacheFormatError("unknown \(T.self) \"\(text)\"") }
        return value
    }
}
