import Foundation
import GuildTestSupport
import GuildCore
@testable import GuildUI
import TerminalGrid
import XCTest

/// The one keymap on every screen: `keys.json` remaps drive each screen's reducer, and `?`, the palette and the status-bar
/// hints of each screen come from it.
final class KeymapScreensTests: XCTestCase {
    /// The standard keymap with `json` applied, which must be free of problems.
    private func remapped(_ json: String, file: StaticString = #filePath, line: UInt = #line) -> Keymap {
        let (keymap, problems) = Keymap.standard.applying(overrides: Data(json.utf8))
        XCTAssertEqual(problems, [], file: file, line: line)
        return keymap
    }

    /// The rendered screen as text.
    private func screen(_ state: AppState) -> String { Golden.text(of: render(state)) }

    private func statusLine(_ state: AppState) -> String { render(state).lines().last ?? "" }

    /// A conflict on one person's team, so the conflicts screen has something to show.
    private var conflict: ConflictItem {
        let person = Fixtures.sample.people.values.min { $0.handle < $1.handle }!
        return ConflictItem(path: "people/\(person.id.uuidString.lowercased()).json", kind: .person, recordID: person.id, choosesWholeVersion: false,
                            isEditAgainstDelete: false, fields: [ConflictField(name: "team", options: ["Platform", "Infra"])], versionCount: 2)
    }

    // MARK: - keys.json on every screen (reducer level)

    func testARemappedMeetingKeyRunsItsCommandAndTheOldKeyNoLongerDoes() {
        let keymap = remapped(#"{"meeting.timer.toggle": ["T"], "meeting.item.next": ["ctrl+n"]}"#)
        var state = MeetingReducerTests.meeting(keymap: keymap)
        MeetingReducerTests.press(&state, "enter")
        XCTAssertEqual(state.step, .agenda, "the review's own keys are untouched")
        let start = state.timer.currentIndex
        MeetingReducerTests.press(&state, "right")
        XCTAssertEqual(state.timer.currentIndex, start, "→ no longer moves on")
        MeetingReducerTests.press(&state, "space")
        XCTAssertFalse(state.timer.isRunning, "Space no longer starts the timer")
        MeetingReducerTests.press(&state, "T")
        XCTAssertTrue(state.timer.isRunning, "T does")
        let first = state.timer.currentIndex
        MeetingReducerTests.press(&state, "ctrl+n")
        XCTAssertEqual(state.timer.currentIndex, first + 1)
        let status = renderMeeting(state).lines().last ?? ""
        XCTAssertTrue(status.contains("T start/pause") && status.contains("C-n next"), status)
        XCTAssertFalse(status.contains("Space start/pause"), status)
    }

    func testARemappedSkillsMapKeyRunsItsCommandAndTheOldKeyNoLongerDoes() {
        var state = Fixtures.state(keymap: remapped(#"{"skills.pairs.redraw": ["R"], "skills.tab.next": ["ctrl+n"]}"#))
        Fixtures.press(&state, "p")
        let seed = state.skillsMap!.pairingSeed
        Fixtures.press(&state, "r")
        XCTAssertEqual(state.skillsMap?.pairingSeed, seed, "r no longer draws again")
        Fixtures.press(&state, "R")
        XCTAssertEqual(state.skillsMap?.pairingSeed, seed + 1)
        XCTAssertTrue(statusLine(state).contains("R redraw"), statusLine(state))
        Fixtures.press(&state, "tab")
        XCTAssertEqual(state.skillsMap?.tab, .pairs, "Tab no longer moves on")
        Fixtures.press(&state, "ctrl+n")
        XCTAssertEqual(state.skillsMap?.tab, .who)
    }

    func testARemappedProgrammeKeyRunsItsCommandAndTheOldKeyNoLongerDoes() {
        var state = Fixtures.state(ProgrammeScreenTests.rated, keymap: remapped(#"{"programme.switch": ["s"], "programme.close": ["x"]}"#))
        Fixtures.press(&state, "C")
        Fixtures.press(&state, "tab")
        guard case .communities? = state.programmeScreen else { return XCTFail("Tab no longer switches") }
        XCTAssertTrue(statusLine(state).contains("s switch"), statusLine(state))
        Fixtures.press(&state, "s")
        guard case .health? = state.programmeScreen else { return XCTFail("s switches") }
        Fixtures.press(&state, "escape")
        XCTAssertNotNil(state.programmeScreen, "Esc no longer closes")
        Fixtures.press(&state, "x")
        XCTAssertNil(state.programmeScreen)
    }

    func testARemappedConflictsKeyRunsItsCommandAndTheOldKeyNoLongerDoes() {
        var state = Fixtures.state(keymap: remapped(#"{"conflicts.optionNext": ["v"]}"#))
        _ = reduce(&state, .conflictsFound([conflict]))
        Fixtures.press(&state, "M", "right")
        XCTAssertEqual(state.conflictsScreen?.choices, [:], "→ no longer chooses")
        Fixtures.press(&state, "v")
        XCTAssertEqual(state.conflictsScreen?.choices[conflict.path]?["team"], 1)
    }

    func testSharedBindingsAreRemappedOnceForEveryScreen() {
        let keymap = remapped(#"{"app.help": ["f1"], "app.quit": ["ctrl+q"]}"#)
        var meeting = MeetingReducerTests.meeting(keymap: keymap)
        MeetingReducerTests.press(&meeting, "?")
        XCTAssertNil(meeting.overlay, "? no longer opens the meeting's help")
        MeetingReducerTests.press(&meeting, "f1")
        XCTAssertEqual(meeting.overlay, .help(scroll: 0))
        var state = Fixtures.state(ProgrammeScreenTests.rated, keymap: keymap)
        for open in ["s", "H"] {
            Fixtures.press(&state, open, "?")
            XCTAssertNil(state.overlay, "? no longer opens help after \(open)")
            Fixtures.press(&state, "f1")
            XCTAssertEqual(state.overlay, .help(scroll: 0), open)
            XCTAssertEqual(Fixtures.press(&state, "escape", "q"), [], "q no longer quits after \(open)")
            XCTAssertEqual(Fixtures.press(&state, "ctrl+q"), [.quit])
            state = Fixtures.state(ProgrammeScreenTests.rated, keymap: keymap)
        }
    }

    // MARK: - `?` lists the real bindings of the screen it is on

    func testHelpOnEachScreenListsThatScreensBindingsAndNoOthers() {
        var skills = Fixtures.state(width: 120, height: 80)
        Fixtures.press(&skills, "s", "?")
        var health = Fixtures.state(ProgrammeScreenTests.rated, width: 120, height: 80)
        Fixtures.press(&health, "H", "?")
        var conflicts = Fixtures.state(width: 120, height: 80)
        _ = reduce(&conflicts, .conflictsFound([conflict]))
        Fixtures.press(&conflicts, "M", "?")
        for (state, keyScreen) in [(skills, KeyScreen.skillsMap), (health, .programme), (conflicts, .conflicts)] {
            XCTAssertEqual(state.keyScreen, keyScreen)
            let lines = HelpOverlay.lines(for: state.screenContext).map { $0.map(\.text).joined() }.joined(separator: "\n")
            assertLists(lines, screen: keyScreen)
            XCTAssertTrue(screen(state).contains(keyScreen.title + " keys"), screen(state))
        }
        var meeting = MeetingReducerTests.meeting(height: 80)
        MeetingReducerTests.press(&meeting, "?")
        let lines = MeetingOverlays(state: meeting).helpLines().map { $0.map(\.text).joined() }.joined(separator: "\n")
        assertLists(lines, screen: .meeting)
        XCTAssertTrue(renderMeeting(meeting).description.contains("Live meeting keys"))
    }

    /// `text` names every binding of `screen` (with its keys) and no binding that works only on another screen.
    private func assertLists(_ text: String, screen: KeyScreen, file: StaticString = #filePath, line: UInt = #line) {
        let listed = Keymap.standard.bindings(of: screen)
        for binding in listed {
            XCTAssertTrue(text.contains(binding.id) && text.contains(binding.help.prefix(20)), "\(screen) lists \(binding.id)", file: file, line: line)
        }
        let ids = Set(listed.map(\.id))
        for binding in Keymap.standard.bindings where !ids.contains(binding.id) {
            XCTAssertFalse(text.contains(" " + binding.id + "\n") || text.hasSuffix(" " + binding.id), "\(screen) leaves out \(binding.id)",
                           file: file, line: line)
        }
    }

    func testHelpFollowsARemapOnEveryScreen() {
        var meeting = MeetingReducerTests.meeting(height: 80, keymap: remapped(#"{"meeting.round.pass": ["ctrl+p"]}"#))
        MeetingReducerTests.press(&meeting, "?")
        let row = MeetingOverlays(state: meeting).helpLines().map { $0.map(\.text).joined() }.first { $0.contains("meeting.round.pass") }
        XCTAssertTrue(row?.contains("C-p") ?? false, row ?? "no row")
        var skills = Fixtures.state(width: 120, height: 80, keymap: remapped(#"{"skills.matrix.sort": ["O"]}"#))
        Fixtures.press(&skills, "s", "?")
        let sort = HelpOverlay.lines(for: skills.screenContext).map { $0.map(\.text).joined() }.first { $0.contains("skills.matrix.sort") }
        XCTAssertTrue(sort?.trimmingCharacters(in: .whitespaces).hasPrefix("O ") ?? false, sort ?? "no row")
    }

    // MARK: - The palette and the hints on the other screens

    func testThePaletteOnTheSkillsMapListsAndRunsItsBindings() {
        var state = Fixtures.state()
        Fixtures.press(&state, "s", ":")
        guard case .palette(let palette)? = state.dialog else { return XCTFail(": opens the palette on the skills map") }
        XCTAssertEqual(palette.screen, .skillsMap)
        let entries = Palette.entries(keymap: state.keymap, themes: [], origin: palette.origin, screen: palette.screen)
        XCTAssertEqual(entries.first { $0.run == .binding("skills.matrix.sort") }?.isAvailable, true)
        XCTAssertEqual(entries.first { $0.run == .binding("skills.pairs.redraw") }?.isAvailable, false, "a pairs key, listed but not here")
        XCTAssertNil(entries.first { $0.run == .binding("pane.next") }, "the dashboard's own keys are not this screen's")
        XCTAssertNil(entries.first { $0.run == .binding("meeting.timer.toggle") })
        EditingSupport.type(&state, "next view")
        Fixtures.press(&state, "enter")
        XCTAssertNil(state.dialog)
        XCTAssertEqual(state.skillsMap?.tab, .gaps, "running “next view” moves the skills map on")
    }

    func testThePaletteOnTheProgrammeAndConflictsScreensRunsTheirBindings() {
        var state = Fixtures.state(ProgrammeScreenTests.rated)
        Fixtures.press(&state, "C", ":")
        EditingSupport.type(&state, "switch between")
        Fixtures.press(&state, "enter")
        guard case .health? = state.programmeScreen else { return XCTFail("the palette switched to health") }
        var conflicts = Fixtures.state()
        _ = reduce(&conflicts, .conflictsFound([conflict]))
        Fixtures.press(&conflicts, "M", ":")
        EditingSupport.type(&conflicts, "choose the next value")
        Fixtures.press(&conflicts, "enter")
        XCTAssertEqual(conflicts.conflictsScreen?.choices[conflict.path]?["team"], 1)
    }

    func testEveryScreensHintsComeFromTheKeymap() {
        var skills = Fixtures.state()
        Fixtures.press(&skills, "s")
        let hints = Keymap.standard.hints(for: .skillsMatrix).map { "\($0.key) \($0.label)" }
        XCTAssertEqual(Array(hints.prefix(3)), ["v skill", "o sort", "T team"])
        var meeting = MeetingReducerTests.meeting(role: .notes)
        let notes = renderMeeting(meeting).lines().last ?? ""
        XCTAssertFalse(notes.contains("start/pause"), "the note-taker's view leaves out the shared screen's clock: \(notes)")
        XCTAssertTrue(notes.contains("n note"), notes)
        MeetingReducerTests.press(&meeting, "A")
        XCTAssertTrue(renderMeeting(meeting).description.contains("Space toggles"))
        var remappedMeeting = MeetingReducerTests.meeting(keymap: remapped(#"{"meeting.review.finish": ["ctrl+f"]}"#))
        XCTAssertTrue(renderMeeting(remappedMeeting).description.contains("then C-f for the agenda"))
        MeetingReducerTests.press(&remappedMeeting, "ctrl+f")
        XCTAssertEqual(remappedMeeting.step, .agenda)
    }
}
