/// The results of parallel work, one slot per piece: each slot is written by exactly one worker, and read once every
/// worker is done (`concurrentPerform` has returned, or the `DispatchGroup` was waited for), so no slot needs a lock.
final class WorkerSlots<Value>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Value>

    /// `count` slots, each holding `initial` until its worker writes it.
    init(count: Int, initial: Value) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: initial)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    subscript(index: Int) -> Value {
        get { slots[index] }
        set { slots[index] = newValue }
    }
}

extension WorkerSlots where Value: ExpressibleByNilLiteral {
    /// `count` empty slots: nil until a worker writes one.
    convenience init(count: Int) {
        self.init(count: count, initial: nil)
    }
}
