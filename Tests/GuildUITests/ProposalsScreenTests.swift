import Foundation
import GuildCore
import GuildTestSupport
@testable import GuildUI
import TerminalGrid
import XCTest

/// The agenda proposals screen (the dashboard's P): the coming meetings' proposals ordered by votes, live reordering
/// when a vote arrives from another terminal, Enter accepting the proposal under the cursor into the agenda, goldens.
final class ProposalsScreenTests: XCTestCase {
    private var sample: GuildData { Fixtures.sample }

    private func weekly(_ data: GuildData) -> Session {
        data.sessions.values.first { $0.title == "Weekly tech meeting" && $0.recurrence != nil }!
    }

    private func opened(_ data: GuildData = Fixtures.sample, width: Int = 120, height: Int = 40) -> AppState {
        var state = Fixtures.state(data, width: width, height: height)
        Fixtures.press(&state, "P")
        return state
    }

    private func screen(_ state: AppState) -> ProposalsState? {
        guard case .proposals(let proposals)? = state.programmeScreen else { return nil }
        return proposals
    }

    func testPOpensTheNextMeetingsProposalsByVotesAndCloses() throws {
        var state = opened()
        let proposals = try XCTUnwrap(screen(state), "P opens the proposals")
        let meeting = try XCTUnwrap(proposals.meetings.first)
        XCTAssertEqual(meeting.occurrence.session.id, weekly(sample).id)
        XCTAssertEqual(meeting.board.entries.map(\.votes), [4, 2, 1])
        XCTAssertEqual(proposals.selection?.entry.proposal.title, "Flaky CI on the payments repo: quarantine or fix?")
        Fixtures.press(&state, "j")
        XCTAssertEqual(screen(state)?.selection?.entry.proposal.title, "Postgres 17 upgrade plan")
        Fixtures.press(&state, "G")
        XCTAssertEqual(screen(state)?.selection?.entry.proposal.title, "Demo: the new on-call handbook")
        Fixtures.press(&state, "P")
        XCTAssertNil(state.programmeScreen, "P closes it")
        Fixtures.press(&state, "P", "escape")
        XCTAssertNil(state.programmeScreen, "Esc closes it")
    }

    func testAVoteFromAnotherTerminalReordersItLiveAndTheCursorStaysOnItsProposal() throws {
        var state = opened()
        Fixtures.press(&state, "G")
        let demo = try XCTUnwrap(screen(state)?.selection?.entry.proposal)
        var data = sample
        for voter in ["sam", "lilei", "dmitri", "segun"] {
            data.upsert(ProposalDot(proposalID: demo.id, voter: data.person(handle: voter)!.id, at: Fixtures.now))
        }
        _ = reduce(&state, .storeReloaded(data, problems: []))
        let after = try XCTUnwrap(screen(state))
        XCTAssertEqual(after.meetings.first?.board.entries.first?.proposal.title, "Demo: the new on-call handbook", "5 votes now: first")
        XCTAssertEqual(after.meetings.first?.board.entries.map(\.votes), [5, 4, 2])
        XCTAssertEqual(after.selection?.entry.id, demo.id, "the cursor follows its proposal")
        XCTAssertEqual(after.selected, 0)
        let text = Golden.text(of: render(state))
        XCTAssertTrue(text.contains("  ▸   5 ●●●●● "), text)
    }

    func testEnterAcceptsIntoTheHeldRecordWithItsMinutesOnceSavedAndUndoTakesItBack() throws {
        var state = opened()
        let flaky = try XCTUnwrap(screen(state)?.selection?.entry.proposal)
        let effects = Fixtures.press(&state, "enter")
        guard case .save(let change)? = effects.first else { return XCTFail("Enter saves: \(effects)") }
        XCTAssertNil(change.before, "the series' next meeting gets its held record now")
        let held = try XCTUnwrap(change.after?.as(Session.self))
        XCTAssertEqual(held.seriesID, weekly(sample).id)
        XCTAssertEqual(held.agenda.last, AgendaItem(id: flaky.id, title: flaky.title, minutes: 15, owner: flaky.proposedBy))
        XCTAssertEqual(held.agenda.count, weekly(sample).agenda.count + 1)
        XCTAssertFalse(screen(state)?.selection?.entry.accepted ?? true, "nothing shows as accepted before the store has it")
        _ = reduce(&state, .saved(change, stored: change.after))
        XCTAssertTrue(screen(state)?.selection?.entry.accepted ?? false)
        XCTAssertTrue(Golden.text(of: render(state)).contains("✓ on the agenda"))
        // Accepting again adds nothing.
        XCTAssertTrue(Fixtures.press(&state, "enter").isEmpty)
        XCTAssertTrue(state.message?.contains("already on the agenda") == true, state.message ?? "")
        // The next one goes into the same held record, against the version the store has.
        let next = Fixtures.press(&state, "j", "enter")
        guard case .save(let second)? = next.first else { return XCTFail("\(next)") }
        XCTAssertEqual(second.before?.id, held.id)
        XCTAssertEqual(second.after?.as(Session.self)?.agenda.suffix(2).map(\.minutes), [15, 10])
        _ = reduce(&state, .saved(second, stored: second.after))
        // u undoes the last acceptance: the item leaves the agenda, the proposal is open again.
        let undo = Fixtures.press(&state, "u")
        guard case .save(let undoChange)? = undo.first else { return XCTFail("u undoes: \(undo)") }
        XCTAssertEqual(undoChange.after?.as(Session.self)?.agenda.count, weekly(sample).agenda.count + 1)
        _ = reduce(&state, .saved(undoChange, stored: undoChange.after))
        XCTAssertEqual(screen(state)?.meetings.first?.board.entries.filter(\.accepted).map(\.proposal.title), [flaky.title])
    }

    func testALiveMeetingIsNotChangedFromHere() throws {
        var data = sample
        var state = opened(data)
        let meeting = try XCTUnwrap(screen(state)?.meetings.first)
        var live = HeldSession.record(for: meeting.occurrence, in: data, now: Fixtures.now)
        live.status = .live
        data.upsert(live)
        // A live meeting is not a meeting still to hold: its proposals leave the screen, nothing is saved.
        _ = reduce(&state, .storeReloaded(data, problems: []))
        XCTAssertFalse(screen(state)?.meetings.contains { $0.board.meeting == meeting.board.meeting } ?? true)
        XCTAssertTrue(Fixtures.press(&state, "enter").allSatisfy { if case .save = $0 { false } else { true } })
    }

    func testTheKeysAreInTheKeymapAndCanBeRemapped() {
        XCTAssertEqual(Keymap.standard.command(for: .char("P"), in: .home), Command.screenProposals.rawValue)
        XCTAssertEqual(Keymap.standard.command(for: .enter, in: .proposals), ProgrammeCommand.acceptProposal.rawValue)
        let (remapped, problems) = Keymap.standard.applying(
            overrides: Data(#"{"screen.proposals": ["f7"], "programme.proposals.accept": ["A"]}"#.utf8), source: "keys.json")
        XCTAssertEqual(problems, [])
        var state = Fixtures.state(keymap: remapped)
        Fixtures.press(&state, "f7")
        XCTAssertNotNil(screen(state), "the remapped key opens it")
        XCTAssertTrue(Golden.text(of: render(state)).contains("A accepts the proposal under the cursor"))
        guard case .save? = Fixtures.press(&state, "A").first else { return XCTFail("the remapped key accepts") }
    }

    func testHostileTextIsEscapedAndEverySizeDraws() {
        var data = sample
        let meeting = MeetingSlot(ProposalBoard.nextMeeting(in: data, now: Fixtures.now, calendar: Fixtures.calendar)!)
        data.upsert(AgendaProposal(id: UUID(), title: "Evil \u{1B}[2J\u{202E} title", sessionID: meeting.sessionID, slot: meeting.slot, createdAt: Fixtures.now))
        var state = opened(data)
        let text = Golden.text(of: render(state))
        XCTAssertFalse(text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" }, text)
        XCTAssertTrue(text.contains("Evil"), text)
        for size in [Size(width: 40, height: 10), Size(width: 200, height: 60), Size(width: 1, height: 1)] {
            _ = reduce(&state, .resized(size))
            XCTAssertEqual(render(state).size, size)
        }
    }

    func testWithoutProposalsItSaysHowToPropose() {
        var data = sample
        for id in data.proposals.keys { data.remove(kind: .agendaProposal, id: id) }
        let text = Golden.text(of: render(opened(data)))
        XCTAssertTrue(text.contains("No proposals yet: guild propose \"TEXT\" from any terminal."), text)
    }

    func testGoldens() {
        var wide = opened(width: 120, height: 40)
        Fixtures.press(&wide, "j")
        Fixtures.goldens.assertScreen(render(wide), named: "proposals-120x40")
        Fixtures.goldens.assertScreen(render(opened(width: 80, height: 24)), named: "proposals-80x24")
    }
}
