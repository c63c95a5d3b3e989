@testable import GuildTestSupport
import XCTest

/// The TestStore: the whole state after each action is asserted, and an effect nobody received fails the test.
/// Failures are collected instead of reported, so each test can check that the store fails when it must.
final class TestStoreTests: XCTestCase {
    struct Counter: Equatable {
        var count = 0
        var label = "start"
    }

    enum Tap: Equatable {
        case increment, rename(String), save, nothing
    }

    enum Work: Equatable {
        case write(Int), announce(String)
    }

    static func reduce(_ state: inout Counter, _ action: Tap) -> [Work] {
        switch action {
        case .increment:
            state.count += 1
            return []
        case .rename(let label):
            state.label = label
            return [.announce(label)]
        case .save:
            return [.write(state.count), .announce("saved")]
        case .nothing:
            return []
        }
    }

    private var failures: [String] = []

    private func store(_ state: Counter = Counter()) -> TestStore<Counter, Tap, Work> {
        TestStore(initialState: state, reducer: Self.reduce, reportFailure: { [unowned self] message, _, _ in failures.append(message) })
    }

    func testAnExpectedChangePasses() {
        let store = store()
        store.send(.increment) { $0.count = 1 }
        store.send(.rename("two")) { $0.label = "two" }
        store.receive(.announce("two"))
        store.send(.nothing)
        store.finish()
        XCTAssertEqual(failures, [])
        XCTAssertEqual(store.state, Counter(count: 1, label: "two"))
    }

    func testTheWholeStateIsCheckedWithADiff() {
        let store = store()
        store.send(.increment) { $0.count = 2 }
        XCTAssertEqual(failures.count, 1)
        XCTAssertTrue(failures[0].contains("changed the state differently"), failures[0])
        XCTAssertTrue(failures[0].contains("−   count: 2,") && failures[0].contains("+   count: 1,"), failures[0])
        XCTAssertTrue(failures[0].contains("\u{2007}   label: \"start\"\n"), "an unchanged field is context, unmarked: \(failures[0])")
    }

    func testAChangeTheTestDidNotExpectFails() {
        let store = store()
        store.send(.increment)
        XCTAssertEqual(failures.count, 1)
        XCTAssertTrue(failures[0].contains("expected no change"), failures[0])
    }

    func testAClosureThatExpectsNothingOfAnActionThatDoesNothingFails() {
        let store = store()
        store.send(.nothing) { $0.count = 0 }
        XCTAssertEqual(failures.count, 1)
        XCTAssertTrue(failures[0].contains("send it without a closure"), failures[0])
    }

    func testAnUnreceivedEffectFailsAtTheNextSend() {
        let store = store()
        store.send(.save)
        store.receive(.write(0))
        store.send(.increment) { $0.count = 1 }
        XCTAssertEqual(failures.count, 1)
        XCTAssertTrue(failures[0].contains("1 effect was not received before sending TestStoreTests.Tap.increment"), failures[0])
        XCTAssertTrue(failures[0].contains("Work.announce(\"saved\")"), failures[0])
    }

    func testAnUnreceivedEffectFailsAtFinishAndWhenTheStoreGoesAway() {
        do {
            let store = store()
            store.send(.save)
            store.finish()
            XCTAssertEqual(failures.count, 1)
            XCTAssertTrue(failures[0].contains("2 effects were not received before the end"), failures[0])
        }
        failures = []
        do {
            let store = store()
            store.send(.rename("x")) { $0.label = "x" }
        }
        XCTAssertEqual(failures.count, 1, "released with an effect queued")
        XCTAssertTrue(failures.first?.contains("not received before the end of the test") ?? false, failures.first ?? "")
    }

    func testReceiveComparesInOrderAndSaysWhatDiffers() {
        let store = store()
        store.send(.save)
        store.receive(.write(1))
        XCTAssertEqual(failures.count, 1)
        XCTAssertTrue(failures[0].contains("− TestStoreTests.Work.write(1)\n+ TestStoreTests.Work.write(0)"), failures[0])
        store.receive("an announcement") { if case .announce = $0 { true } else { false } }
        store.receive(.write(0))
        XCTAssertEqual(failures.count, 2)
        XCTAssertTrue(failures[1].contains("no effect is queued"), failures[1])
    }

    func testAssertEffectsTakesThemAllAndSkipEffectsDropsThemOnPurpose() {
        let store = store()
        store.send(.save)
        store.assertEffects([.write(0), .announce("saved")])
        store.send(.save)
        store.skipEffects()
        store.send(.save)
        store.assertEffects([.write(0)])
        XCTAssertEqual(failures.count, 1)
        XCTAssertTrue(failures[0].contains("+   [1]: .announce(\"saved\")"), failures[0])
    }

    /// A state that is not Equatable (a class inside, a closure) is compared by its dump.
    func testStateThatIsNotEquatableIsComparedByItsDump() {
        final class Box { var value = 0 }
        struct Screen { var title = ""; let box = Box(); var lines: [String] = [] }
        let store = TestStore<Screen, String, Never>(
            initialState: Screen(), reducer: { state, text in state.lines.append(text); return [] },
            reportFailure: { [unowned self] message, _, _ in failures.append(message) })
        store.send("hello") { $0.lines = ["hello"] }
        XCTAssertEqual(failures, [])
        store.send("again") { $0.lines = ["hello", "again!"] }
        XCTAssertEqual(failures.count, 1)
        XCTAssertTrue(failures[0].contains("−     [1]: \"again!\"") && failures[0].contains("+     [1]: \"again\""), failures[0])
    }
}
