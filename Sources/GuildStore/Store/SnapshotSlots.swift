import Foundation

/// One optional snapshot per kind, filled by parallel readers; each slot is written by exactly one worker.
final class SnapshotSlots: @unchecked Sendable {
    private var slots: [FolderSnapshot?]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    subscript(index: Int) -> FolderSnapshot? {
        get { lock.withLock { slots[index] } }
        set { lock.withLock { slots[index] = newValue } }
    }
}
