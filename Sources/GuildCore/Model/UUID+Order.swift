import Foundation

extension UUID {
    /// Whether this id comes before `other` in `uuidString` order, compared by bytes without formatting either
    /// (hex digits of a fixed width order as the bytes they stand for). For sorts that break ties by id.
    public func precedes(_ other: UUID) -> Bool {
        withUnsafeBytes(of: uuid) { a in
            withUnsafeBytes(of: other.uuid) { b in
                a.lexicographicallyPrecedes(b)
            }
        }
    }
}
