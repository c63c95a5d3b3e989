import Foundation

/// Two people as an unordered pair: `PairKey(a, b) == PairKey(b, a)`.
public struct PairKey: Hashable, Sendable, Comparable {
    /// The smaller id (by its string).
    public let first: UUID
    /// The larger id.
    public let second: UUID

    public init(_ a: UUID, _ b: UUID) {
        if a.uuidString <= b.uuidString { (first, second) = (a, b) } else { (first, second) = (b, a) }
    }

    public static func < (lhs: PairKey, rhs: PairKey) -> Bool {
        (lhs.first.uuidString, lhs.second.uuidString) < (rhs.first.uuidString, rhs.second.uuidString)
    }
}
