/// Outcomes of staging a batch's files side by side, one slot per file; each slot is written by exactly one worker.
final class StagingSlots: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Result<StagedFile, SystemError>?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    subscript(index: Int) -> Result<StagedFile, SystemError>? {
        get { slots[index] }
        set { slots[index] = newValue }
    }
}
