import Foundation
import GuildCore
import GuildTestSupport
@testable import GuildUI
import XCTest

/// The save rule's own reducer, on `SavingState` alone: a change is only sent (pending, "Saving…") until the store
/// answers; a confirmation joins the history, a refusal names the record and the reason, undo and redo are changes
/// against what was written, dated by the environment's clock.
final class SavingReducerTests: XCTestCase {
    private let environment = SavingEnvironment(data: Fixtures.sample, now: Fixtures.now, keymap: .standard)
    private var zoe: Person { EditingSupport.person("zoe") }

    private func store(_ state: SavingState = SavingState()) -> TestStore<SavingState, SavingAction, SavingEffect> {
        let environment = environment
        return TestStore(initialState: state) { saving, action in saving.reduce(action, in: environment) }
    }

    /// Zoë with another role, as an edit of the sample's Zoë.
    private var roleChange: RecordChange {
        var changed = zoe
        changed.role = "Staff engineer"
        changed.updatedAt = Fixtures.now
        return RecordChange(before: RecordValue(zoe), after: RecordValue(changed))
    }

    func testACommittedChangeIsPendingUntilTheStoreConfirmsItThenItCanBeUndone() {
        let change = roleChange
        let store = store()
        store.send(.commit(change)) { $0.pending = [change] }
        store.assertEffects([.notice("Saving…", isError: false), .save(change)])
        store.send(.saved(change)) {
            $0.pending = []
            $0.history.record(change)
        }
        store.assertEffects([.notice("Saved \(RecordValue(zoe).label(in: Fixtures.sample))", isError: false), .confirmed(change)])

        let undo = RecordChange(before: change.after, after: change.before?.touched(at: Fixtures.now), origin: .undo)
        store.send(.undoPressed) { $0.pending = [undo] }
        store.assertEffects([.notice("Saving…", isError: false), .save(undo)])
        store.send(.undoPressed)
        store.receive(.notice("Still saving the last change…", isError: false))
        store.send(.saved(undo)) {
            $0.pending = []
            $0.history.didUndo(wrote: undo.after)
        }
        store.assertEffects([.notice("Undone: \(RecordValue(zoe).label(in: Fixtures.sample)) · C-r redoes", isError: false), .confirmed(undo)])
        store.send(.undoPressed)
        store.receive(.notice("Nothing to undo", isError: false))
    }

    func testARefusalNamesTheRecordAndTheReasonAndForgetsTheChange() {
        let change = roleChange
        let failure = SaveFailure("people/zoe.json is read-only")
        let store = store()
        store.send(.commit(change)) { $0.pending = [change] }
        store.skipEffects()
        store.send(.refused(change, failure)) { $0.pending = [] }
        let refusal = SaveRefusal(change: change, failure: failure, verb: "Not saved", what: RecordValue(zoe).label(in: Fixtures.sample))
        XCTAssertEqual(refusal.reason, "Not saved: \(RecordValue(zoe).label(in: Fixtures.sample)) — people/zoe.json is read-only")
        store.assertEffects([.notice(refusal.reason, isError: true), .refused(refusal)])
        store.send(.redoPressed)
        store.receive(.notice("Nothing to redo", isError: false))
    }

    func testAnAnswerNobodyWaitsForChangesNothingAndAnEmptyChangeIsNotSent() {
        let store = store()
        store.send(.saved(roleChange))
        store.send(.commit(RecordChange(before: nil, after: nil)))
    }
}
