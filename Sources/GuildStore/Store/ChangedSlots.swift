/// One slot per piece of a parallel `lstat` check, each written by exactly one worker: the changed files it found.
final class ChangedSlots: @unchecked Sendable {
    typealias Changed = [(path: String, fingerprint: FileFingerprint)]
    private let slots: UnsafeMutableBufferPointer<Changed?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    subscript(index: Int) -> Changed? {
        get { slots[index] }
        set { slots[index] = newValue }
    }
}
