import Foundation

/// Appends little-endian numbers, UUIDs, dates and length-prefixed UTF-8 to a byte buffer (the load cache's format).
public struct ByteWriter: Sendable {
    /// The bytes written so far.
    public internal(set) var bytes: [UInt8] {
        get { storage }
        set { storage = newValue }
    }
    @usableFromInline var storage: [UInt8] = []

    @inlinable public init(capacity: Int = 0) {
        storage.reserveCapacity(capacity)
    }

    @inlinable public mutating func u8(_ value: UInt8) { storage.append(value) }

    @inlinable public mutating func bool(_ value: Bool) { storage.append(value ? 1 : 0) }

    @inlinable public mutating func u32(_ value: UInt32) {
        withUnsafeBytes(of: value.littleEndian) { storage.append(contentsOf: $0) }
    }

    @inlinable public mutating func u64(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { storage.append(contentsOf: $0) }
    }

    @inlinable public mutating func i64(_ value: Int64) { u64(UInt64(bitPattern: value)) }

    @inlinable public mutating func int(_ value: Int) { i64(Int64(value)) }

    /// A count or length; callers never store more than `UInt32.max` of anything.
    @inlinable public mutating func count(_ value: Int) { u32(UInt32(truncatingIfNeeded: value)) }

    @inlinable public mutating func uuid(_ value: UUID) {
        withUnsafeBytes(of: value.uuid) { storage.append(contentsOf: $0) }
    }

    /// The exact bits of the date, so a decoded date compares equal.
    @inlinable public mutating func date(_ value: Date) { u64(value.timeIntervalSinceReferenceDate.bitPattern) }

    @inlinable public mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            count(utf8.count)
            storage.append(contentsOf: utf8)
        }
    }

    @inlinable public mutating func raw(_ other: [UInt8]) { storage.append(contentsOf: other) }

    /// Empties the buffer, keeping its capacity for the next piece.
    @inlinable public mutating func removeAll() { storage.removeAll(keepingCapacity: true) }

    /// A presence byte, then the value when there is one.
    @inlinable public mutating func optional<T>(_ value: T?, _ write: (inout ByteWriter, T) -> Void) {
        guard let value else { return u8(0) }
        u8(1)
        write(&self, value)
    }

    /// A count, then each element.
    @inlinable public mutating func array<T>(_ values: [T], _ write: (inout ByteWriter, T) -> Void) {
        count(values.count)
        for value in values { write(&self, value) }
    }
}
