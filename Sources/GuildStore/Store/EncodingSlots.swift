import Foundation

/// The encoded files of a batch's changes, one slot per change; each slot is written by exactly one worker.
final class EncodingSlots: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Result<Data, any Error>?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    subscript(index: Int) -> Result<Data, any Error>? {
        get { slots[index] }
        set { slots[index] = newValue }
    }
}
