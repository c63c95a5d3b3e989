import Foundation

/// An id as two big-endian integers: orders exactly as its `uuidString` does, without formatting a string.
///
/// For sorts and `max`/`min` that break ties by id: `($0.start, $0.id.orderKey) < ($1.start, $1.id.orderKey)`.
public struct UUIDOrderKey: Comparable, Hashable, Sendable {
    let high: UInt64
    let low: UInt64

    /// The key of `id`.
    public init(_ id: UUID) {
        let bytes = id.uuid
        high = UInt64(bytes.0) << 56 | UInt64(bytes.1) << 48 | UInt64(bytes.2) << 40 | UInt64(bytes.3) << 32
            | UInt64(bytes.4) << 24 | UInt64(bytes.5) << 16 | UInt64(bytes.6) << 8 | UInt64(bytes.7)
        low = UInt64(bytes.8) << 56 | UInt64(bytes.9) << 48 | UInt64(bytes.10) << 40 | UInt64(bytes.11) << 32
            | UInt64(bytes.12) << 24 | UInt64(bytes.13) << 16 | UInt64(bytes.14) << 8 | UInt64(bytes.15)
    }

    public static func < (a: UUIDOrderKey, b: UUIDOrderKey) -> Bool {
        a.high != b.high ? a.high < b.high : a.low < b.low
    }
}

extension UUID {
    /// This id's sort key: the same order as `uuidString`, at the cost of two integer compares.
    public var orderKey: UUIDOrderKey { UUIDOrderKey(self) }
}
