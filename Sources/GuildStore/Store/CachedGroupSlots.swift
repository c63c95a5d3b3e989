import GuildCore

/// Records of a parallel group scan, one slot per group folder of a batch; each slot is written by exactly one worker.
final class CachedGroupSlots<R: Record>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<[R]?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    subscript(index: Int) -> [R]? {
        get { slots[index] }
        set { slots[index] = newValue }
    }
}
