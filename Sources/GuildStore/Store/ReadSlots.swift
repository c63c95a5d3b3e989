/// Results of a parallel read, one slot per task; each slot is written by exactly one worker.
final class ReadSlots: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<LoadedFile?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    subscript(index: Int) -> LoadedFile? {
        get { slots[index] }
        set { slots[index] = newValue }
    }
}
