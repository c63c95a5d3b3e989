import Foundation

/// What a screen derived last, one slot per kind of thing (a list's lines, a detail, a list of occurrences), each kept
/// with exactly the inputs it was built from, so frames, idle rounds and keys that change none of them reuse it.
///
/// Keys carry a stamp of `AppState` (never reused), so copies of a state sharing the memo are never answered with
/// another copy's result. Like `DetailMemo`, it is not part of what a state *is*: it dumps as empty.
final class ViewMemo: @unchecked Sendable, CustomReflectable {
    private let lock = NSLock()
    private var slots: [String: (key: AnyHashable, value: Any)] = [:]
    private var counted: [String: Int] = [:]

    var customMirror: Mirror { Mirror(self, children: [:]) }

    /// The value of `slot` for `key`, built by `build` unless it is the one kept.
    func value<Value>(_ slot: String, for key: AnyHashable, build: () -> Value) -> Value {
        lock.lock()
        if let kept = slots[slot], kept.key == key, let value = kept.value as? Value {
            lock.unlock()
            return value
        }
        lock.unlock()
        let value = build()
        lock.lock()
        slots[slot] = (key, value)
        counted[slot, default: 0] += 1
        lock.unlock()
        return value
    }

    /// How many times `slot` was built (tests check frames and idle rounds build nothing new).
    func builds(_ slot: String) -> Int {
        lock.lock()
        defer { lock.unlock() }
        return counted[slot] ?? 0
    }
}
