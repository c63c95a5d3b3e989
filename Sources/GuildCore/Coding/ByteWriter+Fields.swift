import Foundation

extension ByteWriter {
    /// A count, then each UUID.
    @inlinable public mutating func uuids(_ values: [UUID]) { array(values) { $0.uuid($1) } }

    /// A time interval, bit for bit.
    @inlinable public mutating func seconds(_ value: TimeInterval) { u64(value.bitPattern) }
}

extension ByteReader {
    /// What `ByteWriter.uuids` wrote.
    @inlinable public mutating func uuids() throws(CacheFormatError) -> [UUID] {
        try array { (r: inout ByteReader) throws(CacheFormatError) in try r.uuid() }
    }

    /// What `ByteWriter.seconds` wrote.
    @inlinable public mutating func seconds() throws(CacheFormatError) -> TimeInterval {
        TimeInterval(bitPattern: try u64())
    }

    /// An optional UUID.
    @inlinable public mutating func optionalUUID() throws(CacheFormatError) -> UUID? {
        try optional { (r: inout ByteReader) throws(CacheFormatError) in try r.uuid() }
    }

    /// An optional string.
    @inlinable public mutating func optionalString() throws(CacheFormatError) -> String? {
        try optional { (r: inout ByteReader) throws(CacheFormatError) in try r.string() }
    }

    /// An optional yes/no.
    @inlinable public mutating func optionalBool() throws(CacheFormatError) -> Bool? {
        try optional { (r: inout ByteReader) throws(CacheFormatError) in try r.bool() }
    }

    /// An optional whole number.
    @inlinable public mutating func optionalInt() throws(CacheFormatError) -> Int? {
        try optional { (r: inout ByteReader) throws(CacheFormatError) in try r.int() }
    }

    /// An optional list of whole numbers.
    @inlinable public mutating func optionalInts() throws(CacheFormatError) -> [Int]? {
        try optional { (r: inout ByteReader) throws(CacheFormatError) in
            try r.array { (r: inout ByteReader) throws(CacheFormatError) in try r.int() }
        }
    }

    /// An optional date.
    @inlinable public mutating func optionalDate() throws(CacheFormatError) -> Date? {
        try optional { (r: inout ByteReader) throws(CacheFormatError) in try r.date() }
    }
}
