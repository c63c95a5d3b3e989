import CustomDump
import XCTest

/// Drives a reducer `(inout State, Action) -> [Effect]` in a test the way TCA's TestStore does: exhaustively.
///
/// `send(action) { expected in … }` runs the action and asserts that the **whole** state afterwards equals the state
/// before with the closure's changes applied; a `send` without a closure asserts that nothing changed. A mismatch fails
/// with a field-by-field diff (swift-custom-dump, −expected +actual). The effects an action returns queue up and must be
/// taken with `receive` (one, in order) or `assertEffects` (all): sending the next action, `finish()`, or the store
/// going away with effects still queued fails the test. `skipEffects()` drops them on purpose.
///
/// Values are compared with `==` when the type is `Equatable`, otherwise by their full custom dumps, so state types
/// need not be `Equatable`. Keep a store local to its test method: its end-of-test check runs when it is released.
public final class TestStore<State, Action, Effect> {
    /// Reports one failure; the default is `XCTFail`. Tests of the store itself collect them instead.
    public typealias FailureReporter = (_ message: String, _ file: StaticString, _ line: UInt) -> Void

    /// The state after the last action.
    public private(set) var state: State
    /// Effects returned by actions and not yet received, oldest first.
    public private(set) var queuedEffects: [Effect] = []
    private let reducer: (inout State, Action) -> [Effect]
    private let reportFailure: FailureReporter
    private let file: StaticString
    private let line: UInt

    /// A store starting at `initialState` that runs `reducer`; failures go to `reportFailure` (XCTFail by default).
    public init(
        initialState: State, reducer: @escaping (inout State, Action) -> [Effect], reportFailure: FailureReporter? = nil,
        file: StaticString = #filePath, line: UInt = #line
    ) {
        state = initialState
        self.reducer = reducer
        self.reportFailure = reportFailure ?? { XCTFail($0, file: $1, line: $2) }
        self.file = file
        self.line = line
    }

    deinit {
        failOnQueuedEffects(at: "the end of the test", file: file, line: line)
    }

    /// Sends `action` and asserts that it changed nothing at all.
    public func send(_ action: Action, file: StaticString = #filePath, line: UInt = #line) {
        run(action, expecting: nil, file: file, line: line)
    }

    /// Sends `action` and asserts that the whole state afterwards is the previous state changed by `updateExpected`.
    public func send(
        _ action: Action, file: StaticString = #filePath, line: UInt = #line, _ updateExpected: (inout State) throws -> Void
    ) rethrows {
        var expected = state
        try updateExpected(&expected)
        if Self.same(expected, state) {
            run(action, expecting: nil, file: file, line: line)
            if Self.same(expected, state) {
                reportFailure(
                    "The closure describes no change and \(Self.describe(action)) changed nothing: send it without a closure.", file, line
                )
            }
            return
        }
        run(action, expecting: expected, file: file, line: line)
    }

    /// Takes the oldest queued effect and asserts that it is `expected`.
    public func receive(_ expected: Effect, file: StaticString = #filePath, line: UInt = #line) {
        guard !queuedEffects.isEmpty else {
            return reportFailure("Expected the effect \(Self.describe(expected)), but no effect is queued.", file, line)
        }
        let actual = queuedEffects.removeFirst()
        guard !Self.same(expected, actual) else { return }
        reportFailure("The next effect differs from the expected one (−expected, +actual):\n\(Self.difference(expected, actual))", file, line)
    }

    /// Takes the oldest queued effect and asserts that `matches` accepts it (for effects with values made inside the reducer).
    public func receive(
        _ description: String, file: StaticString = #filePath, line: UInt = #line, where matches: (Effect) throws -> Bool
    ) rethrows {
        guard !queuedEffects.isEmpty else {
            return reportFailure("Expected an effect (\(description)), but no effect is queued.", file, line)
        }
        let actual = queuedEffects.removeFirst()
        if try !matches(actual) {
            reportFailure("The next effect is not \(description):\n\(Self.describe(actual))", file, line)
        }
    }

    /// Takes every queued effect and asserts that they are exactly `expected`, in order.
    public func assertEffects(_ expected: [Effect], file: StaticString = #filePath, line: UInt = #line) {
        let actual = queuedEffects
        queuedEffects = []
        guard !Self.same(expected, actual) else { return }
        reportFailure("The queued effects differ from the expected ones (−expected, +actual):\n\(Self.difference(expected, actual))", file, line)
    }

    /// Drops every queued effect on purpose (the test does not care about them).
    public func skipEffects() {
        queuedEffects = []
    }

    /// Asserts that no effect is left unreceived; also runs when the store is released.
    public func finish(file: StaticString = #filePath, line: UInt = #line) {
        failOnQueuedEffects(at: "the end", file: file, line: line)
    }

    private func run(_ action: Action, expecting expected: State?, file: StaticString, line: UInt) {
        failOnQueuedEffects(at: "sending \(Self.describe(action))", file: file, line: line)
        let before = state
        queuedEffects = reducer(&state, action)
        let wanted = expected ?? before
        guard !Self.same(wanted, state) else { return }
        let what = expected == nil ? "changed the state, but the test expected no change" : "changed the state differently from the expected change"
        reportFailure("\(Self.describe(action)) \(what) (−expected, +actual):\n\(Self.difference(wanted, state))", file, line)
    }

    private func failOnQueuedEffects(at moment: String, file: StaticString, line: UInt) {
        guard !queuedEffects.isEmpty else { return }
        let count = queuedEffects.count
        let listed = queuedEffects.map { "  " + Self.describe($0) }.joined(separator: "\n")
        queuedEffects = []
        reportFailure(
            "\(count) effect\(count == 1 ? " was" : "s were") not received before \(moment) (take them with receive or assertEffects, "
                + "or drop them with skipEffects):\n\(listed)", file, line
        )
    }

    /// Whether two values are the same: `==` for `Equatable` types, otherwise equal custom dumps.
    static func same<Value>(_ a: Value, _ b: Value) -> Bool {
        if let a = a as? any Equatable { return a.isEqual(to: b) }
        return diff(a, b) == nil
    }

    /// A −expected/+actual diff of two values (swift-custom-dump), or both dumps when the dumps cannot tell them apart.
    static func difference<Value>(_ expected: Value, _ actual: Value) -> String {
        diff(expected, actual, format: .proportional)
            ?? "(equal dumps, but == says they differ)\nexpected: \(String(customDumping: expected))\nactual: \(String(customDumping: actual))"
    }

    /// A value's one-line custom dump, shortened for messages.
    static func describe<Value>(_ value: Value) -> String {
        var text = ""
        customDump(value, to: &text, maxDepth: 2)
        let line = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            .replacingOccurrences(of: "( ", with: "(").replacingOccurrences(of: " )", with: ")")
        return line.count > 300 ? String(line.prefix(300)) + "…" : line
    }
}

extension Equatable {
    /// `self == other` when `other` has this type.
    fileprivate func isEqual(to other: Any) -> Bool {
        (other as? Self).map { $0 == self } ?? false
    }
}
