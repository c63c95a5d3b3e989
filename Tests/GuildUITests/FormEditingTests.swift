import Foundation
import GuildCore
@testable import GuildUI
import TerminalGrid
import XCTest

/// Forms for every record kind: fields, completion, inline validation that keeps typed text, $EDITOR, save and undo.
final class FormEditingTests: XCTestCase {
    func testNewSessionWithAgendaRolesAndRecurrence() throws {
        var state = Fixtures.state()
        Fixtures.press(&state, "1", "n")
        XCTAssertEqual(EditingSupport.form(state)?.title, "New session")
        EditingSupport.type(&state, "Zero-downtime migrations")
        EditingSupport.focus(&state, field: "format")
        XCTAssertEqual(state.keyContext, .formChoice)
        Fixtures.press(&state, "right")
        XCTAssertEqual(EditingSupport.form(state)?.field("format")?.value, SessionFormat.workshop.name)
        Fixtures.press(&state, "left")
        EditingSupport.fill(&state, field: "when", with: "fri 16:00")
        XCTAssertTrue(EditingSupport.screen(state).contains("→ Fri 27 Nov 2026 16:00 (in 5 days)"))
        EditingSupport.fill(&state, field: "minutes", with: "45")
        EditingSupport.fill(&state, field: "facilitator", with: "zo")
        Fixtures.press(&state, "tab")
        XCTAssertEqual(EditingSupport.form(state)?.field("facilitator")?.value, "@zoe", "Tab completes the name")
        EditingSupport.fill(&state, field: "presenters", with: "@noah, ingrid")
        EditingSupport.fill(&state, field: "noteTaker", with: "Amara Okafor")
        EditingSupport.fill(&state, field: "agenda", with: "Intro=5; Talk=30 @noah; round:Questions=10")
        XCTAssertTrue(EditingSupport.screen(state).contains("→ 3 items, 45 min of 45"))
        EditingSupport.focus(&state, field: "repeats")
        Fixtures.press(&state, "space")
        EditingSupport.fill(&state, field: "until", with: "2027-03-31")

        let effects = Fixtures.press(&state, "enter")
        guard let session = EditingSupport.change(effects)?.after?.as(Session.self) else { return XCTFail("\(effects) \(String(describing: EditingSupport.form(state)?.error))") }
        XCTAssertEqual(session.title, "Zero-downtime migrations")
        XCTAssertEqual(session.format, .techTalk)
        XCTAssertEqual(session.start, Fixtures.calendar.date(from: DateComponents(year: 2026, month: 11, day: 27, hour: 16)))
        XCTAssertEqual(session.durationMinutes, 45)
        XCTAssertEqual(session.facilitator, EditingSupport.person("zoe").id)
        XCTAssertEqual(session.presenters, [EditingSupport.person("noah").id, EditingSupport.person("ingrid").id])
        XCTAssertEqual(session.noteTaker, EditingSupport.person("amara").id)
        XCTAssertEqual(session.agenda.map(\.title), ["Intro", "Talk", "Questions"])
        XCTAssertEqual(session.agenda.map(\.minutes), [5, 30, 10])
        XCTAssertEqual(session.agenda.map(\.isRound), [false, false, true])
        XCTAssertEqual(session.agenda[1].owner, EditingSupport.person("noah").id)
        XCTAssertEqual(session.recurrence?.frequency, .weekly)
        XCTAssertEqual(session.recurrence.flatMap(\.until).map { Day($0, in: Fixtures.calendar) }, Day(year: 2027, month: 3, day: 31))
        XCTAssertEqual(session.timeZone, Fixtures.calendar.timeZone.identifier, "a new session keeps the zone its time was typed in")

        EditingSupport.confirm(&state, effects)
        XCTAssertNil(state.dialog)
        XCTAssertEqual(state.data.sessions[session.id], session)
        XCTAssertEqual(state.shownSessions[state.cursor(.sessions).row].session.id, session.id, "the new session is selected")
        EditingSupport.pressSaving(&state, "u")
        XCTAssertNil(state.data.sessions[session.id], "undo of a create deletes it")
    }

    func testErrorsShowUnderTheirFieldAndNeverLoseText() throws {
        var state = Fixtures.state()
        Fixtures.press(&state, "1", "n")
        EditingSupport.fill(&state, field: "when", with: "fri 16:00")
        EditingSupport.fill(&state, field: "location", with: "Room 4 — 日本 🎉")
        XCTAssertEqual(Fixtures.press(&state, "enter"), [], "an empty title is refused")
        var form = try XCTUnwrap(EditingSupport.form(state))
        XCTAssertEqual(form.error?.field, "title")
        XCTAssertEqual(form.focused?.id, "title", "focus jumps to the field to fix")
        XCTAssertEqual(form.field("location")?.value, "Room 4 — 日本 🎉")
        XCTAssertTrue(EditingSupport.screen(state).contains("✗ title must not be empty"))

        EditingSupport.type(&state, "Kafka deep dive")
        EditingSupport.fill(&state, field: "presenters", with: "@nobody")
        Fixtures.press(&state, "enter")
        form = try XCTUnwrap(EditingSupport.form(state))
        XCTAssertEqual(form.error?.field, "presenters")
        XCTAssertEqual(form.error?.message, "unknown person “@nobody” (Tab completes from the suggestions)")
        XCTAssertEqual(form.field("title")?.value, "Kafka deep dive")

        EditingSupport.fill(&state, field: "presenters", with: "")
        EditingSupport.fill(&state, field: "agenda", with: "Intro=5; Talk")
        Fixtures.press(&state, "enter")
        XCTAssertEqual(EditingSupport.form(state)?.error?.field, "agenda")
        EditingSupport.fill(&state, field: "agenda", with: "Intro=0")
        Fixtures.press(&state, "enter")
        form = try XCTUnwrap(EditingSupport.form(state))
        XCTAssertEqual(form.error?.field, "agenda", "the record's own validate() points at the agenda")
        XCTAssertTrue(form.error?.message.contains("timebox") ?? false, form.error?.message ?? "")

        EditingSupport.fill(&state, field: "agenda", with: "")
        EditingSupport.fill(&state, field: "when", with: "tomorrow")
        Fixtures.press(&state, "enter")
        XCTAssertEqual(EditingSupport.form(state)?.error?.message, "when needs a time of day, e.g. fri 14:00")
        XCTAssertTrue(EditingSupport.screen(state).contains("add a time of day"))
    }

    func testARefusedSaveKeepsTheFormAndItsText() throws {
        var state = Fixtures.state()
        Fixtures.press(&state, "2", "n")
        EditingSupport.type(&state, "Grace Hopper")
        EditingSupport.fill(&state, field: "handle", with: "grace")
        let effects = Fixtures.press(&state, "enter")
        guard let change = EditingSupport.change(effects) else { return XCTFail("\(effects)") }
        XCTAssertTrue(EditingSupport.screen(state).contains("Saving…"))
        _ = reduce(&state, .saveFailed(change, SaveFailure("people/x.json changed on disk since it was loaded")))
        let form = try XCTUnwrap(EditingSupport.form(state))
        XCTAssertFalse(form.isSaving)
        XCTAssertEqual(form.field("name")?.value, "Grace Hopper")
        XCTAssertEqual(form.error?.message, "Not saved: person “Grace Hopper” — people/x.json changed on disk since it was loaded")
        XCTAssertNil(state.data.person(handle: "grace"))
        XCTAssertTrue(EditingSupport.screen(state).contains("✗ Not saved: person “Grace Hopper” — people/x.json"))
        // Try again: now it works.
        EditingSupport.confirm(&state, Fixtures.press(&state, "enter"))
        XCTAssertNil(state.dialog)
        XCTAssertEqual(state.data.person(handle: "grace")?.name, "Grace Hopper")
    }

    func testPersonFormChecksTheHandle() throws {
        var state = Fixtures.state()
        Fixtures.press(&state, "2", "n")
        EditingSupport.type(&state, "Zoe Two")
        EditingSupport.fill(&state, field: "handle", with: "zoe")
        Fixtures.press(&state, "enter")
        XCTAssertEqual(EditingSupport.form(state)?.error?.message, "@zoe is already Zoë Ångström's handle")
        EditingSupport.fill(&state, field: "handle", with: "zoe two")
        Fixtures.press(&state, "enter")
        XCTAssertEqual(EditingSupport.form(state)?.error?.field, "handle")
        XCTAssertTrue(EditingSupport.form(state)?.error?.message.contains("is not a handle") ?? false)
    }

    func testEditingAPersonFromTheMatrixAndItsDetailView() throws {
        var state = Fixtures.state()
        Fixtures.press(&state, "2", "e")
        let form = try XCTUnwrap(EditingSupport.form(state))
        XCTAssertEqual(form.title, "Edit person")
        let person = try XCTUnwrap(state.matrixCell?.person)
        XCTAssertEqual(form.field("handle")?.value, person.handle)
        EditingSupport.focus(&state, field: "away")
        Fixtures.press(&state, "space")
        EditingSupport.pressSaving(&state, "enter")
        XCTAssertEqual(state.data.people[person.id]?.isAway, true)
        XCTAssertEqual(state.data.people[person.id]?.name, person.name)

        Fixtures.press(&state, "enter")
        guard case .detail(.person, _)? = state.overlay else { return XCTFail() }
        Fixtures.press(&state, "e")
        XCTAssertEqual(EditingSupport.form(state)?.title, "Edit person")
        Fixtures.press(&state, "escape")
        XCTAssertNil(state.dialog)
        XCTAssertNotNil(state.overlay, "closing the form goes back to the detail view")
    }

    func testUnchangedFormSavesNothing() {
        var state = Fixtures.state()
        Fixtures.press(&state, "1", "e")
        XCTAssertEqual(Fixtures.press(&state, "enter"), [])
        XCTAssertNil(state.dialog)
        XCTAssertEqual(state.message, "No changes to save")
    }

    func testEditingASessionKeepsAgendaItemIDs() throws {
        var state = Fixtures.state()
        let index = try XCTUnwrap(state.shownSessions.firstIndex { $0.session.agenda.count >= 2 })
        for _ in 0..<index { Fixtures.press(&state, "j") }
        let original = state.shownSessions[index].session
        Fixtures.press(&state, "e")
        XCTAssertEqual(EditingSupport.form(state)?.field("agenda")?.value, AgendaText.format(original.agenda, data: state.data))
        EditingSupport.fill(&state, field: "title", with: "Renamed")
        let effects = Fixtures.press(&state, "enter")
        guard let saved = EditingSupport.change(effects)?.after?.as(Session.self) else { return XCTFail("\(effects) \(String(describing: EditingSupport.form(state)?.error))") }
        XCTAssertEqual(saved.title, "Renamed")
        XCTAssertEqual(saved.agenda, original.agenda, "same items, same ids: notes keep pointing at them")
        XCTAssertEqual(saved.start, original.start)
        XCTAssertEqual(saved.id, original.id)
    }

    func testMovingAHeldMeetingKeepsTheStartTheSeriesGaveIt() throws {
        var data = Fixtures.sample
        let series = try XCTUnwrap(data.sessions.values.filter { $0.recurrence != nil && $0.status == .planned }.min { $0.id.uuidString < $1.id.uuidString })
        let occurrence = try XCTUnwrap(UpcomingSessions.occurrences(of: series, from: Fixtures.now, to: Fixtures.now.addingTimeInterval(40 * 86_400),
                                                                    calendar: Fixtures.calendar).first)
        var held = HeldSession.record(for: occurrence, in: data, now: Fixtures.now)
        held.originalStart = nil // as records held before the field existed
        held.title = "The held one"
        data.upsert(held)
        var state = Fixtures.state(data)
        let index = try XCTUnwrap(state.shownSessions.firstIndex { $0.session.id == held.id })
        for _ in 0..<index { Fixtures.press(&state, "j") }
        Fixtures.press(&state, "e")
        let moved = Day(occurrence.start, in: Fixtures.calendar).adding(days: 1).start(in: Fixtures.calendar).addingTimeInterval(9 * 3600)
        EditingSupport.fill(&state, field: "when", with: DateText.input(moved, calendar: Fixtures.calendar))
        let effects = Fixtures.press(&state, "enter")
        guard let saved = EditingSupport.change(effects)?.after?.as(Session.self) else { return XCTFail("\(effects) \(String(describing: EditingSupport.form(state)?.error))") }
        XCTAssertEqual(saved.start, moved)
        XCTAssertEqual(saved.originalStart, occurrence.start, "the export's RECURRENCE-ID and the series' own slot")
        EditingSupport.confirm(&state, effects)
        let shown = state.shownSessions.filter { $0.session.id == series.id || $0.session.id == held.id }.map(\.start)
        XCTAssertTrue(shown.contains(moved))
        XCTAssertFalse(shown.contains(occurrence.start), "the moved meeting shows once, at its new time")
    }

    func testAnAllDaySessionStaysAllDayWhenEdited() throws {
        var data = Fixtures.sample
        let day = Day(Fixtures.now, in: Fixtures.calendar).adding(days: 3)
        let offsite = Session(title: "Offsite", format: .other, start: day.start(in: UpcomingSessions.utcCalendar), durationMinutes: 2 * 24 * 60,
                              allDay: true, updatedAt: Fixtures.now)
        data.upsert(offsite)
        var state = Fixtures.state(data)
        let index = try XCTUnwrap(state.shownSessions.firstIndex { $0.session.id == offsite.id })
        XCTAssertEqual(DateText.relative(state.shownSessions[index], now: Fixtures.now, calendar: Fixtures.calendar).hasSuffix("all day"), true)
        for _ in 0..<index { Fixtures.press(&state, "j") }
        Fixtures.press(&state, "e")
        XCTAssertEqual(EditingSupport.form(state)?.field("when")?.value, day.description, "the day, no time")
        EditingSupport.fill(&state, field: "title", with: "Team offsite")
        let effects = Fixtures.press(&state, "enter")
        guard let saved = EditingSupport.change(effects)?.after?.as(Session.self) else { return XCTFail("\(effects) \(String(describing: EditingSupport.form(state)?.error))") }
        XCTAssertEqual(saved.allDay, true)
        XCTAssertEqual(saved.start, offsite.start)
        XCTAssertEqual(saved.durationMinutes, offsite.durationMinutes)
    }

    func testMultilineFieldGoesThroughTheEditor() throws {
        var state = Fixtures.state()
        Fixtures.press(&state, "1", "e")
        EditingSupport.focus(&state, field: "details")
        let effects = Fixtures.press(&state, "ctrl+x")
        guard case .editText(let request)? = effects.first else { return XCTFail("\(effects)") }
        XCTAssertEqual(request.fileName, "guild-details.md")
        _ = reduce(&state, .textEdited("First line\n\nThird line\n"))
        let field = try XCTUnwrap(EditingSupport.form(state)?.field("details"))
        XCTAssertEqual(field.value, "First line\n\nThird line")
        XCTAssertTrue(EditingSupport.screen(state).contains("First line (+2 lines)"))
        // Typing into several lines is refused with a hint, the text stays.
        Fixtures.press(&state, "x")
        XCTAssertEqual(EditingSupport.form(state)?.field("details")?.value, "First line\n\nThird line")
        XCTAssertTrue(state.message?.contains("C-x") ?? false)
        let save = Fixtures.press(&state, "enter")
        guard let session = EditingSupport.change(save)?.after?.as(Session.self) else { return XCTFail() }
        XCTAssertEqual(session.details, "First line\n\nThird line")

        // The agenda goes to the editor one item a line and comes back as one line.
        EditingSupport.confirm(&state, save)
        Fixtures.press(&state, "e")
        EditingSupport.fill(&state, field: "agenda", with: "A=5; B=10")
        guard case .editText(let agenda)? = Fixtures.press(&state, "ctrl+x").first else { return XCTFail() }
        XCTAssertEqual(agenda.text, "A=5\nB=10\n")
        _ = reduce(&state, .textEdited("A=5\nB=10\nC=15\n"))
        XCTAssertEqual(EditingSupport.form(state)?.field("agenda")?.value, "A=5; B=10; C=15")
        _ = reduce(&state, .textEditFailed("vi exited with status 1"))
        XCTAssertEqual(EditingSupport.form(state)?.field("agenda")?.value, "A=5; B=10; C=15")
        XCTAssertTrue(state.messageIsError)
    }

    func testEveryFormRendersCleanlyAtBothSizes() throws {
        for (width, height) in [(120, 40), (80, 24), (40, 10)] {
            for keys in [["1", "n"], ["1", "e"], ["2", "n"], ["2", "e"], ["3", "n"], ["3", "e"], ["3", "r"], ["a"], [":"], ["3", "D"]] {
                var state = Fixtures.state(width: width, height: height)
                for key in keys { Fixtures.press(&state, key) }
                XCTAssertNotNil(state.dialog, "\(keys)")
                EditingSupport.assertClean(state, "\(keys) at \(width)x\(height)")
                // Move through every field so each preview is drawn.
                for _ in 0..<16 {
                    Fixtures.press(&state, "tab")
                    EditingSupport.assertClean(state, "\(keys) tabbed at \(width)x\(height)")
                }
            }
        }
    }

    func testTheFocusedFieldStaysInViewOnASmallScreen() throws {
        var state = Fixtures.state(width: 80, height: 16)
        Fixtures.press(&state, "1", "e")
        EditingSupport.focus(&state, field: "details")
        let screen = EditingSupport.screen(state)
        XCTAssertTrue(screen.contains("▸ Details"), screen)
        XCTAssertTrue(screen.contains("↓") || screen.contains("↑"), "the box says it scrolls")
    }

    func testASessionsMaterialsAndTakeawaysAreEditedInItsForm() throws {
        var state = Fixtures.state()
        let original = try XCTUnwrap(state.shownSessions.first).session
        Fixtures.press(&state, "e")
        XCTAssertEqual(EditingSupport.form(state)?.field("materials")?.value, SessionForm.materialsText(original.materials))

        EditingSupport.fill(&state, field: "materials", with: "podcast https://media.example.com/x")
        XCTAssertTrue(EditingSupport.change(Fixtures.press(&state, "enter")) == nil, "nothing is saved")
        XCTAssertTrue(EditingSupport.form(state)?.error?.message.contains("start with recording, slides, demo, document or other") == true,
                      String(describing: EditingSupport.form(state)?.error))
        XCTAssertEqual(EditingSupport.form(state)?.field("materials")?.value, "podcast https://media.example.com/x", "what was typed stays")
        EditingSupport.fill(&state, field: "materials", with: "recording javascript:alert(1)")
        XCTAssertNil(EditingSupport.change(Fixtures.press(&state, "enter")))
        XCTAssertTrue(EditingSupport.form(state)?.error?.message.contains("is not an http:// or https:// address") == true)

        EditingSupport.fill(&state, field: "materials", with: "rec https://media.example.com/x Part 1")
        EditingSupport.fill(&state, field: "takeaways", with: "- Start from data flows")
        let effects = Fixtures.press(&state, "enter")
        guard let saved = EditingSupport.change(effects)?.after?.as(Session.self) else {
            return XCTFail("\(effects) \(String(describing: EditingSupport.form(state)?.error))")
        }
        XCTAssertEqual(saved.links, [SessionLink(kind: .recording, url: "https://media.example.com/x", title: "Part 1")])
        XCTAssertEqual(saved.takeaways, "- Start from data flows")
        XCTAssertTrue(saved.isDocumented)
        XCTAssertEqual(SessionForm.materialsText(saved.materials), "recording https://media.example.com/x Part 1")
    }
}
