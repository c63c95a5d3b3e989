import Foundation
import GuildCore
import GuildTestSupport
@testable import GuildUI
import TerminalGrid
import XCTest

/// The sync key and the conflicts screen: the effects they ask for, choosing values, what the title bar says, goldens.
final class ConflictsScreenTests: XCTestCase {
    private var zoe: Person { Fixtures.sample.people.values.first { $0.handle == "zoe" } ?? Fixtures.sample.people.values.min { $0.handle < $1.handle }! }
    private var action: ActionItem { Fixtures.sample.actions.values.min { $0.id.uuidString < $1.id.uuidString }! }

    /// Two conflicted files: a person whose name and team both changed on two machines, and an action item that one
    /// machine deleted while another edited it.
    private var items: [ConflictItem] {
        [
            ConflictItem(path: "actions/\(action.id.uuidString.lowercased()).json", kind: .action, recordID: action.id,
                         choosesWholeVersion: true, isEditAgainstDelete: true,
                         fields: [ConflictField(name: "title", options: ["(deleted)", "Write the \u{1b}[2Jrunbook"])], versionCount: 2),
            ConflictItem(path: "people/\(zoe.id.uuidString.lowercased()).json", kind: .person, recordID: zoe.id,
                         choosesWholeVersion: false, isEditAgainstDelete: false,
                         fields: [ConflictField(name: "name", options: ["Zoë Ångström", "Zoe Angstrom", "Z. Angstrom"]),
                                  ConflictField(name: "team", options: ["Platform", "Infra"])], versionCount: 3),
        ]
    }

    func testSyncKeyAsksForASyncAndTheOutcomeShowsInTheTitleBar() {
        var state = Fixtures.state()
        XCTAssertEqual(Fixtures.press(&state, "S"), [.sync])
        XCTAssertTrue(state.sync.isRunning)
        XCTAssertTrue(Golden.text(of: render(state)).split(separator: "\n")[0].contains("⇅ syncing…"))
        XCTAssertEqual(Fixtures.press(&state, "S"), [.sync], "a second S while one runs asks for one more after it")
        XCTAssertEqual(state.message, "A sync is running; another follows it to share what changed since")
        let at = Fixtures.now.addingTimeInterval(90)
        _ = reduce(&state, .syncFinished(SyncOutcome(at: at, summary: "committed: 1 change; pushed to origin", failed: false)))
        XCTAssertFalse(state.sync.isRunning)
        XCTAssertEqual(state.message, "Synced: committed: 1 change; pushed to origin")
        XCTAssertTrue(Golden.text(of: render(state)).split(separator: "\n")[0].contains("⇅ synced 10:01"))
        _ = reduce(&state, .syncFinished(SyncOutcome(at: at, summary: "git push: could not reach the remote", failed: true)))
        XCTAssertTrue(state.messageIsError)
        XCTAssertTrue(Golden.text(of: render(state)).split(separator: "\n")[0].contains("⇅ sync failed 10:01"))
        // A round of --pull-every shows as running too.
        _ = reduce(&state, .syncStarted)
        XCTAssertTrue(state.sync.isRunning)
    }

    func testConflictsAreCountedInTheTitleBarAndMOpensTheScreen() {
        var state = Fixtures.state()
        Fixtures.press(&state, "M")
        XCTAssertNil(state.conflictsScreen)
        XCTAssertEqual(state.message, "No conflicts: every record merged cleanly")
        _ = reduce(&state, .conflictsFound(items))
        XCTAssertTrue(Golden.text(of: render(state)).split(separator: "\n")[0].contains("⚠ 2 conflicts (M)"))
        _ = reduce(&state, .syncFinished(SyncOutcome(at: Fixtures.now, summary: "2 conflicts to resolve", failed: false)))
        XCTAssertEqual(state.message, "Synced: 2 conflicts to resolve — press M to resolve")
        Fixtures.press(&state, "M")
        XCTAssertEqual(state.conflictsScreen?.selected, 0)
        Fixtures.press(&state, "escape")
        XCTAssertNil(state.conflictsScreen)
    }

    func testChoosingValuesAndKeepingThemAsksTheRuntimeToResolve() {
        var state = Fixtures.state()
        _ = reduce(&state, .conflictsFound(items))
        Fixtures.press(&state, "M", "tab")
        XCTAssertEqual(state.conflictsScreen?.selected, 1, "Tab goes to the person")
        // name: l twice → option 2; team: j then l → option 1; h wraps backwards.
        Fixtures.press(&state, "l", "l", "j", "l", "l", "h")
        XCTAssertEqual(state.conflictsScreen?.choices[items[1].path], ["name": 2, "team": 1])
        // Keys of the panes underneath do nothing here.
        XCTAssertEqual(Fixtures.press(&state, "D"), [])
        XCTAssertEqual(Fixtures.press(&state, "enter"),
                       [.resolveConflict(ConflictChoice(path: items[1].path, fieldChoices: ["name": 2, "team": 1], version: nil))])
        XCTAssertEqual(state.conflictsScreen?.resolving, items[1].path)
        XCTAssertEqual(Fixtures.press(&state, "enter"), [], "no second write while the first is unanswered")
        _ = reduce(&state, .conflictResolved(path: items[1].path))
        XCTAssertEqual(state.sync.conflicts.map(\.path), [items[0].path])
        XCTAssertEqual(state.conflictsScreen?.selected, 0)
        XCTAssertNil(state.conflictsScreen?.resolving)
        XCTAssertTrue(state.message?.hasPrefix("Resolved “\(zoe.name) (@\(zoe.handle))”; 1 left") == true, state.message ?? "")
        // Edit against delete: one choice for the whole record; the default keeps this machine's (deleted) version.
        Fixtures.press(&state, "l")
        XCTAssertEqual(Fixtures.press(&state, "enter"),
                       [.resolveConflict(ConflictChoice(path: items[0].path, fieldChoices: [:], version: 1))])
        _ = reduce(&state, .conflictResolveFailed(path: items[0].path, message: "the file changed since it was read"))
        XCTAssertTrue(state.messageIsError)
        XCTAssertNil(state.conflictsScreen?.resolving)
        _ = reduce(&state, .conflictsFound([]))
        XCTAssertNil(state.conflictsScreen, "the screen closes when nothing is left")
    }

    func testReadOnlyStoreRefusesToResolve() {
        var state = Fixtures.state()
        state.isReadOnly = true
        _ = reduce(&state, .conflictsFound(items))
        Fixtures.press(&state, "M")
        XCTAssertEqual(Fixtures.press(&state, "enter"), [])
        XCTAssertTrue(state.messageIsError)
    }

    func testHelpAndKeymapKnowTheSyncKeys() {
        XCTAssertEqual(Keymap.standard.clashes, [])
        let help = HelpOverlay.lines(for: Fixtures.state().screenContext).map { $0.map(\.text).joined() }.joined(separator: "\n")
        XCTAssertTrue(help.contains("sync through git now: commit, merge, push"), help)
        XCTAssertTrue(help.contains("resolve merge conflicts left by a sync"), help)
        // The conflicts screen's own keys are in its own help, opened with ? on it.
        var state = Fixtures.state(width: 120, height: 60)
        _ = reduce(&state, .conflictsFound(items))
        Fixtures.press(&state, "M", "?")
        let screen = Golden.text(of: render(state))
        XCTAssertTrue(screen.contains("Conflicts keys"), screen)
        XCTAssertTrue(screen.contains("keep the chosen values and save the record"), screen)
        XCTAssertFalse(screen.contains("pane.next"), screen)
        Fixtures.press(&state, "escape")
        XCTAssertNil(state.overlay)
        XCTAssertNotNil(state.conflictsScreen, "Esc closes the help, not the conflicts screen")
    }

    func testScreenGoldensAtBothSizesShowEveryValueAndNoEscapes() {
        for (width, height) in [(120, 40), (80, 24)] {
            var state = Fixtures.state(width: width, height: height)
            _ = reduce(&state, .conflictsFound(items))
            Fixtures.press(&state, "M")
            let whole = render(state)
            Fixtures.goldens.assertScreen(whole, named: "conflicts-edit-delete-\(width)x\(height)")
            Fixtures.press(&state, "tab", "j", "l")
            let fields = render(state)
            Fixtures.goldens.assertScreen(fields, named: "conflicts-fields-\(width)x\(height)")
            let text = Golden.text(of: fields) + Golden.text(of: whole)
            for value in ["Zoë Ångström", "Zoe Angstrom", "Z. Angstrom", "Platform", "Infra", "(deleted)"] {
                XCTAssertTrue(text.contains(value), "\(value) at \(width)x\(height)")
            }
            XCTAssertFalse(text.contains("\u{1b}"))
        }
        // Every size draws without a crash.
        var state = Fixtures.state()
        _ = reduce(&state, .conflictsFound(items))
        Fixtures.press(&state, "M")
        for width in [1, 10, 40, 200] {
            for height in [1, 5, 10, 60] {
                _ = reduce(&state, .resized(Size(width: width, height: height)))
                _ = render(state)
            }
        }
    }
}
