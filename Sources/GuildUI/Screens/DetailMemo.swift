import Foundation
import TerminalGrid

/// The last detail page built, so keys that only scroll it (or redraw the same screen) do not build it again: a
/// session's page wraps its details and every note, up to 20,000 characters each (`TextLimit`).
///
/// A page depends on the data, the derived lists, the clock and the theme (`AppState.contentStamp` changes with any of
/// them), the target and the width; the memo answers only for exactly those. Copies of a state share the memo, and every
/// change takes a stamp never used before, so a copy that changed differently can never be answered with another's page.
///
/// Neither the memo nor the stamp is part of what a state *is*: both dump as empty, so states compare by what they show.
final class DetailMemo: @unchecked Sendable, CustomReflectable {
    /// What a page was built for.
    struct Key: Equatable {
        var target: DetailTarget
        var width: Int
        var stamp: UInt64
        var secondStamp: UInt64

        init(target: DetailTarget, width: Int, stamp: Stamp) {
            self.target = target
            self.width = width
            self.stamp = stamp.value
            secondStamp = stamp.second
        }
    }

    /// A state's content version: a value no other state or change has had.
    /// Not `Equatable` on purpose: state comparisons (tests' dumps and diffs) never see it.
    struct Stamp: Sendable, CustomReflectable {
        fileprivate var value: UInt64
        fileprivate var second: UInt64 = 0

        /// A stamp never issued before.
        static func next() -> Stamp { Stamp(value: DetailMemo.nextStamp()) }

        /// The stamp's first part as a number, for other memos' keys (for `AppState.contentStamp`: the data, clock
        /// and theme's version).
        var number: UInt64 { value }

        /// The version of two parts of a state together (the app's data, clock and theme, and the home screen's lists):
        /// it differs from any other pair as soon as either part changed.
        func combined(with other: Stamp) -> Stamp { Stamp(value: value, second: other.value) }

        var customMirror: Mirror { Mirror(self, children: [:]) }
    }

    var customMirror: Mirror { Mirror(self, children: [:]) }

    private let lock = NSLock()
    private var key: Key?
    private var lines: [[Span]] = []

    /// The page for `key`, built by `build` unless it is the one kept.
    func lines(for key: Key, build: () -> [[Span]]) -> [[Span]] {
        lock.lock()
        if self.key == key {
            defer { lock.unlock() }
            return lines
        }
        lock.unlock()
        let built = build()
        lock.lock()
        self.key = key
        lines = built
        lock.unlock()
        return built
    }

    private static let stamps = DetailMemo()

    /// A stamp value no state has had before.
    private static func nextStamp() -> UInt64 {
        stamps.lock.lock()
        defer { stamps.lock.unlock() }
        stamps.issued &+= 1
        return stamps.issued
    }

    /// The last stamp issued (used on `stamps` only).
    private var issued: UInt64 = 0
}
