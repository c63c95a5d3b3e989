import Foundation
import GuildCore
import XCTest

/// Minutes rendered from data, the held record of a series occurrence, the opening review's list and anonymous questions.
final class MeetingMinutesTests: XCTestCase {
    private let data = SampleTeam.make(now: Fixtures.now, calendar: Fixtures.calendar)

    private var series: Session {
        data.sessions.values.first { $0.recurrence != nil && $0.title == "Weekly tech meeting" }!
    }

    private func nextOccurrence() -> SessionOccurrence {
        UpcomingSessions.list(in: data, now: Fixtures.now, calendar: Fixtures.calendar).first { $0.session.id == series.id }!
    }

    func testHeldRecordOfAnOccurrenceIsItsOwnSessionInTheSeries() {
        let occurrence = nextOccurrence()
        let held = HeldSession.record(for: occurrence, in: data, now: Fixtures.now)
        XCTAssertNotEqual(held.id, series.id)
        XCTAssertEqual(held.seriesID, series.id)
        XCTAssertEqual(held.start, occurrence.start)
        XCTAssertNil(held.recurrence)
        XCTAssertEqual(held.agenda, series.agenda)
        XCTAssertEqual(held.facilitator, series.facilitator)
        var withHeld = data
        withHeld.upsert(held)
        XCTAssertEqual(HeldSession.record(for: occurrence, in: withHeld, now: Fixtures.now).id, held.id, "found again, not made twice")
        var live = held
        live.status = .live
        withHeld.upsert(live)
        XCTAssertFalse(UpcomingSessions.list(in: withHeld, now: Fixtures.now, calendar: Fixtures.calendar)
            .contains { $0.session.id == series.id && $0.start == occurrence.start }, "the series' own repeat is replaced by the held record")
        XCTAssertEqual(HeldSession.today(in: withHeld, now: Fixtures.now, calendar: Fixtures.calendar)?.session.id, held.id, "a live meeting is today's")
    }

    func testOpeningReviewListsOpenActionsOfEarlierMeetingsOfTheSeries() {
        let held = HeldSession.record(for: nextOccurrence(), in: data, now: Fixtures.now)
        let open = HeldSession.openActions(before: held, in: data, today: Fixtures.today)
        XCTAssertEqual(Set(open.map(\.title)), [
            "Quarantine the five flakiest payments tests", "Write the Terraform state migration plan",
            "Record the Kafka deep dive for other time zones", "Share the accessibility audit checklist",
            "Set up the cross-team pairing roulette", "Move the solutions document into the repo",
            "Refresh the staging database snapshot", "Draft the onboarding guide for Kubernetes", "Review pg_repack runbook",
        ])
        XCTAssertEqual(open.first?.title, "Quarantine the five flakiest payments tests", "overdue first")
        // Last week's round order is recorded: its last round's first speaker, not whoever wrote the earliest round note.
        let lastWeek = HeldSession.earlier(than: held, in: data).last { $0.seriesID == held.seriesID }!
        let recorded = data.meetings[lastWeek.id]!.rounds.last!.order.first
        XCTAssertEqual(HeldSession.lastRoundFirst(before: held, in: data, notes: Array(data.notes.values)), recorded)
        XCTAssertNotEqual(recorded, data.person(handle: "sam")!.id, "the earliest round note (Sam's) no longer decides")
        // A meeting held before progress was recorded: the earliest round note's author, as before.
        var older = data
        older.meetings[lastWeek.id] = nil
        XCTAssertEqual(HeldSession.lastRoundFirst(before: held, in: older, notes: Array(data.notes.values)), data.person(handle: "sam")!.id)
    }

    func testAnonymousQuestionCarriesNoAuthorAndTheSessionStartAsItsTime() {
        let held = HeldSession.record(for: nextOccurrence(), in: data, now: Fixtures.now)
        let one = AnonymousQuestion.note("  Why Fridays?\n", session: held, id: UUID())
        let two = AnonymousQuestion.note("Who owns CI?", session: held, id: UUID())
        XCTAssertNil(one.author)
        XCTAssertEqual(one.kind, .question)
        XCTAssertEqual(one.text, "Why Fridays?")
        XCTAssertEqual(one.createdAt, held.start)
        XCTAssertEqual(one.updatedAt, held.start)
        XCTAssertEqual(one.createdAt, two.createdAt, "every question has the same time, so the order says nothing")
        XCTAssertNotEqual(one.id, two.id)
        XCTAssertNil(one.agendaItemID)
    }

    func testMinutesMarkdown() throws {
        var data = GuildData()
        let ada = Person(name: "Ada Lovelace", handle: "ada", updatedAt: Fixtures.now)
        let bob = Person(name: "Bob Li", handle: "bob", updatedAt: Fixtures.now)
        data.upsert(ada)
        data.upsert(bob)
        let round = AgendaItem(title: "Round", minutes: 10, isRound: true)
        let topic = AgendaItem(title: "Topic | deep", minutes: 5)
        let session = Session(title: "Weekly", format: .weeklyMeeting, start: Fixtures.date(2026, 11, 27, 15), facilitator: ada.id,
                              noteTaker: bob.id, attendees: [ada.id, bob.id], status: .done, agenda: [round, topic], updatedAt: Fixtures.now)
        data.upsert(session)
        let earlier = ActionItem(title: "Old thing", owner: bob.id, createdAt: Fixtures.now)
        data.upsert(ActionItem(title: "Write it up", owner: ada.id, due: Day(iso: "2026-12-04"), sessionID: session.id, createdAt: Fixtures.now))
        let parked = ParkingLot.note("Kafka deep dive", id: UUID(), sessionID: session.id, agendaItemID: nil, at: Fixtures.now)
        data.upsert(ParkingLot.topic(from: parked, id: UUID(), sessionTitle: "Weekly", day: Fixtures.today, at: Fixtures.now))
        let notes = [
            NoteEntry(sessionID: session.id, kind: .success, text: "Shipped\nit", author: ada.id, createdAt: Fixtures.now),
            NoteEntry(sessionID: session.id, kind: .decision, text: "Keep Fridays", createdAt: Fixtures.now),
            AnonymousQuestion.note("Why?", session: session, id: UUID()),
            parked,
        ]
        let minutes = MinutesDocument(
            session: session, data: data, notes: notes,
            items: [.init(title: "Round", plannedSeconds: 600, usedSeconds: 615, isRound: true), .init(title: "Topic | deep", plannedSeconds: 300, usedSeconds: 60)],
            review: [(earlier, .carriedOver)],
            rounds: [.init(title: "Round", order: [bob.id, ada.id], turns: [bob.id: .passed, ada.id: .done], spoken: [ada.id: 75])],
            ratings: [4, 5], next: (bob.id, ada.id), calendar: Fixtures.calendar)
        XCTAssertEqual(minutes.markdown, """
        # Weekly — 2026-11-27 15:00

        - Facilitator: Ada Lovelace (@ada)
        - Note-taker: Bob Li (@bob)
        - Present (2): Ada Lovelace (@ada), Bob Li (@bob)

        ## Time used

        | # | Item | Planned | Used |
        | ---: | --- | ---: | ---: |
        | 1 | Round (round) | 10:00 | 10:15 ⚠ |
        | 2 | Topic \\| deep | 5:00 | 1:00 |
        |  | **Total** | 15:00 | 11:15 |

        ## Opening review

        - Carried over: Old thing — @bob

        ## Round

        Order: Bob Li, Ada Lovelace

        - Bob Li: passed
        - Ada Lovelace: 1:15

        ## Decisions

        - Keep Fridays

        ## Action items

        - [ ] Write it up — @ada, due 2026-12-04

        ## Successes

        - Shipped it (Ada Lovelace)

        ## Questions

        - Why?

        ## Parking lot

        - Kafka deep dive (proposed as a topic)

        ## Rating

        4.5 / 5 from 2 anonymous votes.

        ## Next time

        - Facilitator: Bob Li (@bob)
        - Note-taker: Ada Lovelace (@ada)

        """)
        XCTAssertEqual(MinutesDocument.relativePath(for: session.id), "minutes/\(session.id.uuidString.lowercased()).md")
    }
}
