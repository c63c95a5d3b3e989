/// One flag per item, set by parallel workers; each slot is written by exactly one worker.
final class FlagSlots: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Bool>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: false)
    }

    deinit { slots.deallocate() }

    subscript(index: Int) -> Bool {
        get { slots[index] }
        set { slots[index] = newValue }
    }
}
