import Foundation
import GuildCore
import GuildTestSupport
@testable import GuildUI
import XCTest

/// The conflicts screen's own reducer, on `ConflictsScreenState` alone: what it asks of the dashboard comes back as a
/// `ConflictsOutcome` (the store's one effect), never as a change to anything but the screen.
final class ConflictsReducerTests: XCTestCase {
    private var person: Person { Fixtures.sample.people.values.min { $0.handle < $1.handle }! }

    private var items: [ConflictItem] {
        [
            ConflictItem(path: "people/\(person.id.uuidString.lowercased()).json", kind: .person, recordID: person.id,
                         choosesWholeVersion: false, isEditAgainstDelete: false,
                         fields: [ConflictField(name: "name", options: ["A", "B", "C"]), ConflictField(name: "team", options: ["Platform", "Infra"])],
                         versionCount: 3),
            ConflictItem(path: "actions/x.json", kind: .action, recordID: person.id, choosesWholeVersion: true, isEditAgainstDelete: true,
                         fields: [ConflictField(name: "title", options: ["(deleted)", "Write it"])], versionCount: 2),
        ]
    }

    private func store(readOnly: Bool = false) -> TestStore<ConflictsScreenState, Command, ConflictsOutcome> {
        let items = items
        return TestStore(initialState: ConflictsScreenState()) { screen, command in
            let outcome = screen.reduce(command, conflicts: items, isReadOnly: readOnly)
            return outcome == .stay ? [] : [outcome]
        }
    }

    func testChoosingAndResolvingAsksTheDashboardToWrite() {
        let store = store()
        let path = items[0].path
        store.send(.conflictsDown) { $0.field = 1 }
        store.send(.conflictsOptionNext) { $0.choices[path] = ["team": 1] }
        store.send(.conflictsUp) { $0.field = 0 }
        store.send(.conflictsOptionPrevious) { $0.choices[path] = ["team": 1, "name": 2] }
        store.send(.conflictsResolve) { $0.resolving = path }
        store.receive(.resolve(ConflictChoice(path: path, fieldChoices: ["team": 1, "name": 2], version: nil), notice: "Saving the chosen values…"))
        store.send(.conflictsResolve)
        store.receive(.notice("Still saving the last resolution…", isError: false))
    }

    func testWholeVersionsCloseAndSharedKeys() {
        let store = store(readOnly: true)
        store.send(.conflictsNext) { $0.selected = 1 }
        store.send(.conflictsOptionNext) { $0.choices["actions/x.json"] = [ConflictsScreenState.wholeVersionKey: 1] }
        store.send(.conflictsResolve)
        store.receive(.notice("The store is read-only: conflicts cannot be resolved here", isError: true))
        store.send(.appHelp)
        store.receive(.notMine)
        store.send(.conflictsClose)
        store.receive(.close)
    }

    func testNewConflictsKeepTheCursorOnItsRecordAndNoneLeftCloses() {
        var screen = ConflictsScreenState()
        _ = screen.reduce(.conflictsNext, conflicts: items, isReadOnly: false)
        XCTAssertEqual(screen.selected, 1)
        XCTAssertTrue(screen.conflictsChanged(from: items, to: [items[1]]))
        XCTAssertEqual(screen.selected, 0, "the action item is still shown")
        XCTAssertFalse(screen.conflictsChanged(from: [items[1]], to: []))
    }
}
