import Foundation

/// Two people as an unordered pair: `PairKey(a, b) == PairKey(b, a)`.
public struct PairKey: Hashable, Sendable, Comparable {
    /// The smaller id (by its bytes, which orders like its string).
    public let first: UUID
    /// The larger id.
    public let second: UUID

    public init(_ a: UUID, _ b: UUID) {
        if Self.bytesOrder(a, b) <= 0 { (first, second) = (a, b) } else { (first, second) = (b, a) }
    }

    public static func < (lhs: PairKey, rhs: PairKey) -> Bool {
        let order = bytesOrder(lhs.first, rhs.first)
        return order != 0 ? order < 0 : bytesOrder(lhs.second, rhs.second) < 0
    }

    /// Compares two ids byte by byte without building strings (the draw compares many pairs).
    static func bytesOrder(_ a: UUID, _ b: UUID) -> Int32 {
        withUnsafeBytes(of: a.uuid) { x in withUnsafeBytes(of: b.uuid) { y in memcmp(x.baseAddress!, y.baseAddress!, 16) } }
    }
}
