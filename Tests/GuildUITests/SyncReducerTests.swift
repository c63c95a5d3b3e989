import Foundation
import GuildCore
import GuildTestSupport
import TerminalGrid
@testable import GuildUI
import XCTest

/// The sync feature's own reducer, on `SyncState` alone: the sync key asks the runtime for a sync (another one while
/// one runs), the outcome is remembered and said, and the conflicted records it is told about are kept, with the
/// dashboard asked to let the conflicts screen follow.
final class SyncReducerTests: XCTestCase {
    private let environment = SyncEnvironment(data: Fixtures.sample, keymap: .standard)

    private func store(_ sync: SyncState = SyncState()) -> TestStore<SyncState, SyncAction, SyncEffect> {
        let environment = environment
        return TestStore(initialState: sync) { sync, action in sync.reduce(action, in: environment) }
    }

    private var item: ConflictItem {
        let person = EditingSupport.person("zoe")
        return ConflictItem(path: "people/\(person.id.uuidString.lowercased()).json", kind: .person, recordID: person.id, choosesWholeVersion: false,
                            isEditAgainstDelete: false, fields: [ConflictField(name: "team", options: ["Platform", "Infra"])], versionCount: 2)
    }

    func testTheSyncKeyAsksForASyncAndAnotherWhileOneRuns() {
        let store = store()
        store.send(.syncPressed) { $0.isRunning = true }
        store.assertEffects([.notice("Syncing with git…", isError: false), .sync])
        store.send(.syncPressed)
        store.assertEffects([.notice("A sync is running; another follows it to share what changed since", isError: false), .sync])
        let outcome = SyncOutcome(at: Fixtures.now, summary: "pulled 2 changes", failed: false)
        store.send(.finished(outcome)) {
            $0.isRunning = false
            $0.lastOutcome = outcome
        }
        store.receive(.notice("Synced: pulled 2 changes", isError: false))
        store.send(.started) { $0.isRunning = true }
    }

    func testConflictsAreKeptNamedAfterASyncAndLeaveWhenResolved() {
        let item = item
        let store = store()
        store.send(.conflictsFound([item])) { $0.conflicts = [item] }
        store.receive(.conflictsChanged(from: [], to: [item]))
        let failed = SyncOutcome(at: Fixtures.now, summary: "1 conflict to resolve", failed: true)
        store.send(.finished(failed)) { $0.lastOutcome = failed }
        store.receive(.notice("Sync failed: 1 conflict to resolve — press M to resolve", isError: true))
        store.send(.resolved(path: item.path)) { $0.conflicts = [] }
        store.assertEffects([.conflictsChanged(from: [item], to: []),
                             .notice("Resolved “\(SafeText.sanitize(item.title(in: Fixtures.sample)))” — press S to share it", isError: false)])
    }
}
