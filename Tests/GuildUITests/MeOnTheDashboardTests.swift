import Foundation
import GuildCore
import GuildTestSupport
@testable import GuildUI
import TerminalGrid
import XCTest

/// The user of this machine on the dashboard (issue 20): the actions pane narrowed to their own items with one key
/// (`o`) and back to everyone's; new learnings and topics are theirs unless changed.
final class MeOnTheDashboardTests: XCTestCase {
    private func state(as handle: String?) -> AppState {
        var state = Fixtures.state(Fixtures.sample, width: 120, height: 40)
        if let handle { state.identity = .found(Identity(personID: Fixtures.sample.person(handle: handle)!.id, source: .config)) }
        Fixtures.press(&state, "3")
        return state
    }

    private func openOwners(_ state: AppState) -> Set<UUID?> { Set(state.home.shownActions.map(\.owner)) }

    func testOShowsOnlyTheUsersOpenActionsAndOAgainShowsEveryones() throws {
        var state = state(as: "noah")
        let noah = try XCTUnwrap(Fixtures.sample.person(handle: "noah")).id
        let everyone = state.home.shownActions.map(\.id)
        let noahs = OpenActions.list(in: Fixtures.sample, today: state.today).filter { $0.owner == noah }.map(\.id)
        XCTAssertFalse(noahs.isEmpty, "the sample gives noah open actions")
        XCTAssertGreaterThan(everyone.count, noahs.count, "and others have some too")

        Fixtures.press(&state, "o")
        XCTAssertEqual(state.home.shownActions.map(\.id), noahs, "only noah's, in the pane's order (overdue first)")
        XCTAssertEqual(state.home.actionsOwner, noah)
        XCTAssertFalse(state.messageIsError)
        let text = Golden.text(of: render(state))
        XCTAssertTrue(text.contains("mine · 1 of \(noahs.count)"), "the pane's edge says it is narrowed:\n\(text)")

        // It holds across a data change and combines with the text filter.
        Fixtures.press(&state, "/")
        for character in "zzz-no-such-action" { Fixtures.press(&state, String(character)) }
        Fixtures.press(&state, "enter")
        XCTAssertEqual(state.home.shownActions.count, 0)
        XCTAssertTrue(Golden.text(of: render(state)).contains("None of your open action items matches"))
        Fixtures.press(&state, "escape")
        XCTAssertEqual(state.home.shownActions.map(\.id), noahs)

        Fixtures.press(&state, "o")
        XCTAssertNil(state.home.actionsOwner)
        XCTAssertEqual(state.home.shownActions.map(\.id), everyone, "o again shows everyone's")
    }

    /// The actions pane narrowed to the user's own items (`o`), at both golden sizes.
    func testMineGoldens() {
        for (width, height) in [(120, 40), (80, 24)] {
            var state = Fixtures.state(Fixtures.sample, width: width, height: height)
            state.identity = .found(Identity(personID: Fixtures.sample.person(handle: "noah")!.id, source: .config))
            Fixtures.press(&state, "3", "o")
            Fixtures.goldens.assertScreen(render(state), named: "home-actions-mine-\(width)x\(height)")
        }
    }

    func testNarrowedPaneFollowsNewData() throws {
        var state = state(as: "noah")
        Fixtures.press(&state, "o")
        let noah = try XCTUnwrap(Fixtures.sample.person(handle: "noah")).id
        var data = state.data
        let others = try XCTUnwrap(data.actions.values.first { $0.owner != noah && $0.status == .open })
        var mine = others
        mine.owner = noah
        data.upsert(mine)
        state.home.reduce(.recordsChanged(data, kinds: [.action]), in: state.homeEnvironment)
        XCTAssertTrue(state.home.shownActions.contains { $0.id == mine.id }, "an item reassigned to noah appears")
        XCTAssertEqual(openOwners(state), [noah])
    }

    func testWithoutIdentityNothingChangesAndTheStatusLineSaysHow() {
        var state = state(as: nil)
        let before = state.home.shownActions.map(\.id)
        Fixtures.press(&state, "o")
        XCTAssertEqual(state.home.shownActions.map(\.id), before)
        XCTAssertNil(state.home.actionsOwner)
        XCTAssertTrue(state.messageIsError)
        XCTAssertTrue(state.message?.contains("guild config me HANDLE") == true, state.message ?? "")
    }

    func testTheKeyCanBeRemapped() {
        let (remapped, problems) = Keymap.standard.applying(overrides: Data(#"{"action.mine": ["f7"]}"#.utf8), source: "keys.json")
        XCTAssertEqual(problems, [])
        var state = Fixtures.state(keymap: remapped)
        state.identity = .found(Identity(personID: Fixtures.sample.person(handle: "noah")!.id, source: .config))
        Fixtures.press(&state, "3", "f7")
        XCTAssertNotNil(state.home.actionsOwner)
        Fixtures.press(&state, "o")
        XCTAssertNotNil(state.home.actionsOwner, "o is no longer bound to it")
    }

    // Issue 20 point 2 on the dashboard: a new learning or topic is the user's unless changed.

    private func newForm(_ kind: RecordKind, as handle: String?) -> Form? {
        var state = state(as: handle)
        guard case .form(let form)? = Dialog.blank(kind, in: state.dialogEnvironment) else { return nil }
        state.dialog = .form(form)
        return form
    }

    func testANewLearningOrTopicIsTheUsersAndStaysEditable() throws {
        XCTAssertEqual(newForm(.learning, as: "noah")?.field("author")?.value, "@noah")
        XCTAssertEqual(newForm(.topic, as: "noah")?.field("proposedBy")?.value, "@noah")
        XCTAssertEqual(newForm(.topic, as: "noah")?.field("votes")?.value, "@noah", "the proposer's vote counts, as on the command line")
        XCTAssertEqual(newForm(.learning, as: nil)?.field("author")?.value, "", "without an identity, blank as before")
        XCTAssertEqual(newForm(.action, as: "noah")?.field("owner")?.value, "", "an action's owner is never guessed")

        var state = state(as: "noah")
        let learning = try XCTUnwrap(state.data.learnings.values.first { $0.author != state.data.person(handle: "noah")?.id && $0.author != nil })
        guard case .form(let editing)? = Dialog.editing(kind: .learning, id: learning.id, in: state.dialogEnvironment) else {
            return XCTFail("no form")
        }
        XCTAssertEqual(editing.field("author")?.value, PeopleText.one(learning.author, data: state.data), "editing keeps the stored author")
        state.dialog = nil
    }
}
