import CustomDump
import Foundation
import GuildCore
import GuildStore
import GuildTestSupport
import XCTest

/// A scripted meeting through real terminals (tmux): three agenda items, a round of four, notes of several kinds,
/// two action items, an anonymous question from `guild ask`, a note from the note-taker's second instance, wrap-up;
/// then the minutes file is checked line for line.
final class MeetingEndToEndTests: XCTestCase {
    private var guild: GuildBinary!
    private var store: URL!
    /// The round order's seed, for every run (the clock is pinned by `GuildBinary`).
    private let seeded = ["GUILD_SEED": "7"]
    private var people: [Person] = []
    private var session: Session!

    private var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Berlin")!
        return calendar
    }

    override func setUpWithError() throws {
        guild = try GuildBinary.locate()
        store = try temporaryFolder(self).appendingPathComponent("store")
        let created = try GuildStore.create(at: store, name: "Meeting test")
        let now = calendar.date(from: DateComponents(year: 2026, month: 11, day: 20, hour: 9))!
        people = [("Ada Lovelace", "ada"), ("Bob Brown", "bob"), ("Cyd Charisse", "cyd"), ("Dee Dee", "dee")].map {
            Person(name: $0.0, handle: $0.1, updatedAt: now)
        }
        for person in people { try created.save(person, base: nil) }
        // Today at 10:00 Berlin, when the pinned clock says it is.
        session = Session(
            title: "Weekly sync", format: .weeklyMeeting, start: calendar.date(from: DateComponents(year: 2026, month: 11, day: 22, hour: 10))!,
            durationMinutes: 30, facilitator: people[0].id, noteTaker: people[1].id, attendees: people.map(\.id),
            agenda: [AgendaItem(title: "Check-in", minutes: 5), AgendaItem(title: "Round: wins and learnings", minutes: 10, isRound: true),
                     AgendaItem(title: "Topic of the week", minutes: 10)],
            updatedAt: now)
        try created.save(session, base: nil)
    }

    private func open(_ arguments: [String], width: Int = 120, height: Int = 40) throws -> TmuxSession {
        try guild.openInTmux(arguments + ["--store", store.path], width: width, height: height, environment: seeded)
    }

    /// Types a note: its kind key, the text, Enter; waits until the screen confirms it.
    private func note(_ tmux: TmuxSession, _ key: String, _ text: String, confirm: String) throws {
        try tmux.send(key)
        try tmux.send(text, literal: true)
        try tmux.send("Enter")
        try tmux.expect(confirm)
    }

    func testAScriptedMeetingWritesTheExpectedMinutes() throws {
        let shared = try open(["meeting"])
        try shared.expect("Now · item 1 of 3")
        try shared.send("Space")
        try shared.expect("▶ running")
        try note(shared, "n", "Everyone made it on time", confirm: "Note saved")
        try note(shared, "d", "Ship on Fridays", confirm: "Decision saved")
        try note(shared, "a", "Write the RFC @ada due:2026-12-04", confirm: "Action item for @ada, due 2026-12-04")
        try note(shared, "a", "Book a room @bob", confirm: "Action item for @bob")

        // The round: a seeded order, checked speaker by speaker.
        try shared.send("]")
        let order = RoundOrder.make(people: people.map(\.id), lastFirst: nil, seed: 7)
        let names = order.map { id in people.first { $0.id == id }!.name }
        try shared.expect("Speaking: \(names[0])")
        try note(shared, "s", "Shipped the parser", confirm: "Success saved")
        try shared.send("Enter")
        try shared.expect("Speaking: \(names[1])")
        try shared.send("x")
        try shared.expect("Speaking: \(names[2])")
        try note(shared, "l", "Property tests find edge cases", confirm: "Learning saved")
        try shared.send("Enter")
        try shared.expect("Speaking: \(names[3])")
        try note(shared, "f", "Flaky CI again", confirm: "Frustration saved")
        try shared.send("Enter")
        try shared.expect("Round complete")

        // An anonymous question from another terminal shows within a second or so.
        let asked = try guild.run(["ask", "Can we record the demos?", "--store", store.path], environment: seeded)
        XCTAssertEqual(asked.status, 0, asked.stderr)
        try shared.expect("Can we record the demos?", timeout: 3)

        // The note-taker's second instance writes a note; the shared screen shows it.
        let notes = try open(["meeting", "--notes"], width: 80, height: 24)
        try notes.expect("NOTES")
        try note(notes, "p", "Bob and Dee paired on the importer", confirm: "Pairing saved")
        try shared.expect("Bob and Dee paired on the importer", timeout: 3)

        try note(shared, "P", "Kafka deep dive", confirm: "Parking lot saved")
        try shared.send("]")
        try shared.expect("Now · item 3 of 3")
        try shared.send("]")
        try shared.expect("Wrap-up")
        try shared.send("4")
        try shared.expect("1 anonymous rating")
        try shared.send("5")
        try shared.expect("2 anonymous ratings")
        try shared.send("t")
        try shared.expect("as a topic for a future session")
        try shared.send("Enter")
        let path = MinutesDocument.relativePath(for: session.id)
        try shared.expect("Minutes written to \(path)")
        try notes.expect("Wrapped up on the shared screen", timeout: 3)

        let minutes = try String(contentsOf: store.appendingPathComponent(path), encoding: .utf8)
        let round = order.enumerated().map { index, id -> String in
            let name = people.first { $0.id == id }!.name
            return "- \(name): " + (index == 1 ? "passed" : "0:00")
        }.joined(separator: "\n")
        let expected = """
        # Weekly sync — 2026-11-22 10:00

        - Facilitator: Ada Lovelace (@ada)
        - Note-taker: Bob Brown (@bob)
        - Present (4): Ada Lovelace (@ada), Bob Brown (@bob), Cyd Charisse (@cyd), Dee Dee (@dee)

        ## Time used

        | # | Item | Planned | Used |
        | ---: | --- | ---: | ---: |
        | 1 | Check-in | 5:00 | 0:00 |
        | 2 | Round: wins and learnings (round) | 10:00 | 0:00 |
        | 3 | Topic of the week | 10:00 | 0:00 |
        |  | **Total** | 25:00 | 0:00 |

        ## Round: wins and learnings

        Order: \(names.joined(separator: ", "))

        \(round)

        ## Decisions

        - Ship on Fridays

        ## Action items

        - [ ] Book a room — @bob, no due date
        - [ ] Write the RFC — @ada, due 2026-12-04

        ## Learnings

        - Property tests find edge cases (\(names[2]))

        ## Successes

        - Shipped the parser (\(names[0]))

        ## Frustrations

        - Flaky CI again (\(names[3]))

        ## Pairing experiences

        - Bob and Dee paired on the importer

        ## Notes

        - Everyone made it on time

        ## Questions

        - Can we record the demos?

        ## Parking lot

        - Kafka deep dive (proposed as a topic)

        ## Rating

        4.5 / 5 from 2 anonymous votes.

        """
        expectNoDifference(minutes, expected)

        // Exported as written.
        let exported = try guild.run(["export", "minutes", String(session.id.uuidString.lowercased().prefix(8)), "--store", store.path], environment: seeded)
        XCTAssertEqual(exported.status, 0, exported.stderr)
        XCTAssertEqual(exported.stdout, minutes)

        // The question's file says nothing about who asked or when.
        let folder = store.appendingPathComponent("notes/\(session.id.uuidString.lowercased())")
        var questions: [[String: Any]] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".json") {
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent(name))) as! [String: Any]
            if object["kind"] as? String == "question" {
                questions.append(object)
                XCTAssertEqual(name, (object["id"] as! String).lowercased() + ".json", "the file is named by a random id")
            }
        }
        XCTAssertEqual(questions.count, 1)
        XCTAssertNil(questions[0]["author"], "no author")
        XCTAssertNil(questions[0]["agendaItemID"])
        XCTAssertEqual(questions[0]["createdAt"] as? String, "2026-11-22T09:00:00Z", "the session's start, not the moment it was asked")
        XCTAssertEqual(questions[0]["updatedAt"] as? String, "2026-11-22T09:00:00Z")

        // The session is done, with the anonymous ratings; the parked topic is proposed.
        let reloaded = try GuildStore.open(at: store).loadAll(includeNotes: false).data
        XCTAssertEqual(reloaded.sessions[session.id]?.status, .done)
        XCTAssertEqual(reloaded.sessions[session.id]?.ratings, [4, 5])
        XCTAssertEqual(reloaded.topics.values.map(\.title), ["Kafka deep dive"])

        try shared.send("q")
        try shared.expect("EXIT=0")
        try notes.send("q")
        try notes.expect("EXIT=0")
    }

    /// Issue 15.6–15.8 on two terminals: a guest joins the round and speaks, an item is added live, a question is
    /// answered, a rating comes from another terminal and a mistyped one is taken back; the minutes have all of it.
    func testAGuestJoinsTheRoundAndARemoteRatingCounts() throws {
        let shared = try open(["meeting"])
        try shared.expect("Now · item 1 of 3")
        // An item added live, after the selected one.
        try shared.send("i")
        try shared.send("Demo of the importer=4", literal: true)
        try shared.send("Enter")
        try shared.expect("Added \"Demo of the importer\" (4 min) as item 2")
        try shared.send("]")
        try shared.expect("Now · item 2 of 4")
        try shared.send("]")
        let order = RoundOrder.make(people: people.map(\.id), lastFirst: nil, seed: 7)
        let names = order.map { id in people.first { $0.id == id }!.name }
        try shared.expect("Speaking: \(names[0])")
        // A guest turns up: added by name, they wait for a turn at the end of the round.
        try shared.send("A")
        try shared.expect("Attendance · 4 of 4 here")
        try shared.send("g")
        try shared.send("Grace Hopper", literal: true)
        try shared.send("Enter")
        try shared.expect("Grace Hopper (guest) is here")
        try shared.expect("Attendance · 5 of 5 here")
        try shared.send("Escape")
        try shared.expect("W wrap-up")
        for next in names.dropFirst() {
            try shared.send("Enter")
            try shared.expect("Speaking: \(next)")
        }
        try shared.send("Enter")
        try shared.expect("Speaking: Grace Hopper (guest)")
        // The note-taker's terminal follows: the guest speaking, and their contribution credited to them.
        let notes = try open(["meeting", "--notes"], width: 80, height: 24)
        try notes.expect("Speaking: Grace Hopper (guest)")
        try notes.send("s")
        try notes.send("Compiled the first compiler", literal: true)
        try notes.send("Enter")
        try notes.expect("Success saved")
        try shared.expect("Compiled the first compiler", timeout: 3)
        try shared.send("Enter")
        try shared.expect("Round complete")
        try notes.expect("Round complete", timeout: 3)
        try notes.send("q")
        try notes.expect("EXIT=0")
        // A question answered from the questions list.
        let asked = try guild.run(["ask", "Can we record the demos?", "--store", store.path], environment: seeded)
        XCTAssertEqual(asked.status, 0, asked.stderr)
        try shared.expect("Can we record the demos?", timeout: 3)
        try shared.send("v")
        try shared.expect("Questions · 1, 0 answered")
        try shared.send("a")
        try shared.expect("Question answered")
        try shared.send("Escape")
        try shared.expect("W wrap-up")
        // Wrap-up: a rating from another terminal, a mistyped one taken back.
        try shared.send("W")
        try shared.expect("Wrap-up")
        let progressFile = store.appendingPathComponent("meetings/\(session.id.uuidString.lowercased()).json")
        func progressTime() throws -> String? {
            (try JSONSerialization.jsonObject(with: Data(contentsOf: progressFile)) as? [String: Any])?["updatedAt"] as? String
        }
        let before = try progressTime()
        let rated = try guild.run(["rate-meeting", "5", "--store", store.path], environment: seeded)
        XCTAssertEqual(rated.status, 0, rated.stderr)
        XCTAssertTrue(rated.stdout.contains("Nothing stored says who rated or when"), rated.stdout)
        try shared.expect("1 vote", timeout: 3)
        XCTAssertEqual(try progressTime(), before, "the vote leaves no time in the record, from the command or the shared screen")
        try shared.send("1")
        try shared.expect("Thanks: 2 anonymous ratings so far")
        try shared.send("BSpace")
        try shared.expect("Rating taken back: 1 anonymous rating so far")
        try shared.send("3")
        try shared.expect("Thanks: 2 anonymous ratings so far")
        let refused = try guild.run(["rate-meeting", "6", "--store", store.path], environment: seeded)
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("not a rating"), refused.stderr)
        try shared.send("Enter")
        let path = MinutesDocument.relativePath(for: session.id)
        try shared.expect("Minutes written to \(path)")
        let minutes = try String(contentsOf: store.appendingPathComponent(path), encoding: .utf8)
        XCTAssertTrue(minutes.contains("Grace Hopper (guest)"), minutes)
        XCTAssertTrue(minutes.contains("## Successes\n\n- Compiled the first compiler (Grace Hopper (guest))"), minutes)
        XCTAssertTrue(minutes.contains("| 2 | Demo of the importer | 4:00 |"), minutes)
        XCTAssertTrue(minutes.contains("## Questions answered\n\n- Can we record the demos?"), minutes)
        XCTAssertTrue(minutes.contains("4.0 / 5 from 2 anonymous votes."), minutes)
        let reloaded = try GuildStore.open(at: store).loadAll(includeNotes: false).data
        XCTAssertEqual(reloaded.sessions[session.id]?.ratings, [3, 5])
        XCTAssertEqual(reloaded.sessions[session.id]?.agenda.map(\.title), ["Check-in", "Demo of the importer", "Round: wins and learnings",
                                                                            "Topic of the week"])
        // The remote vote travels like an anonymous question: a file of its own with no author, a random name, the
        // session's start as its time and the anonymous mark; the progress record keeps the vote typed on the screen.
        let finished = try XCTUnwrap(reloaded.meetings[session.id])
        XCTAssertEqual(finished.ratings.map(\.value), [3], "the vote from the terminal is counted once, not copied in")
        let votes = reloaded.votes(for: session.id)
        XCTAssertEqual(votes.map(\.value), [5])
        let voteFile = store.appendingPathComponent("votes/\(session.id.uuidString.lowercased())/\(votes[0].id.uuidString.lowercased()).json")
        let voteObject = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: voteFile)) as? [String: Any])
        XCTAssertEqual(Set(voteObject.keys).subtracting(["schema"]), ["id", "sessionID", "value", "anonymous", "updatedAt"], "\(voteObject)")
        XCTAssertEqual(voteObject["anonymous"] as? Bool, true)
        XCTAssertEqual(votes[0].updatedAt, reloaded.sessions[session.id]?.start, "the session's start, whenever it was given")
        // Once the meeting is over, a rating is refused in one line and nothing changes.
        let late = try guild.run(["rate-meeting", "4", "--store", store.path], environment: seeded)
        XCTAssertEqual(late.status, 1)
        XCTAssertTrue(late.stderr.contains("no meeting is live"), late.stderr)
        XCTAssertEqual(try GuildStore.open(at: store).loadAll(includeNotes: false).data.votes(for: session.id).map(\.value), [5])
        try shared.send("q")
        try shared.expect("EXIT=0")
    }

    func testAddSessionTakesAttendeesAndRefusesAnUnknownHandleInOneLine() throws {
        let added = try guild.run(["add", "session", "Impromptu review", "--at", "2026-11-23 11:00", "--attendee", "ada", "--attendee", "@Dee",
                                   "--attendee", "ada", "--store", store.path], environment: seeded)
        XCTAssertEqual(added.status, 0, added.stderr)
        let data = try GuildStore.open(at: store).loadAll(includeNotes: false).data
        let review = try XCTUnwrap(data.sessions.values.first { $0.title == "Impromptu review" })
        XCTAssertEqual(review.attendees, [people[0].id, people[3].id], "each once, in the order given")
        let refused = try guild.run(["add", "session", "Nobody", "--at", "2026-11-23 11:00", "--attendee", "zed", "--store", store.path],
                                    environment: seeded)
        XCTAssertEqual(refused.status, 1)
        XCTAssertEqual(refused.stderr.split(separator: "\n").count, 1, refused.stderr)
        XCTAssertTrue(refused.stderr.contains("--attendee: no person with handle \"zed\""), refused.stderr)
    }

    func testMOnASessionInTheDashboardRunsTheMeetingAndComesBack() throws {
        let tmux = try open([])
        try tmux.expect("Upcoming sessions")
        try tmux.expect("Weekly sync")
        try tmux.send("m")
        try tmux.expect("Now · item 1 of 3")
        try tmux.expect("● LIVE")
        try tmux.send("q")
        try tmux.expect("Upcoming sessions")
        let data = try GuildStore.open(at: store).loadAll(includeNotes: false).data
        XCTAssertEqual(data.sessions[session.id]?.status, .live, "m marks the session live; it stays live until wrapped up")
        try tmux.send("q")
        try tmux.expect("EXIT=0")
    }

    func testAskWithoutALiveMeetingSaysHowToStartOne() throws {
        let asked = try guild.run(["ask", "Anyone?", "--store", store.path], environment: seeded)
        XCTAssertEqual(asked.status, 1)
        XCTAssertTrue(asked.stderr.contains("no meeting is live"), asked.stderr)
        let exported = try guild.run(["export", "minutes", "Weekly sync", "--store", store.path], environment: seeded)
        XCTAssertEqual(exported.status, 1)
        XCTAssertTrue(exported.stderr.contains("no minutes"), exported.stderr)
    }

    /// One step of the scripted meeting: keys, what the screen then shows, and what a reopened screen shows (nil:
    /// only a passing message, checked through the minutes instead).
    private struct Step {
        var keys: [String]
        var literal: String?
        var shows: String
        var resumed: String?
    }

    private func script(_ names: [String]) -> [Step] {
        [
            Step(keys: ["Space"], shows: "▶ running", resumed: "▶ running"),
            Step(keys: ["e"], shows: "Extended", resumed: nil),
            Step(keys: ["n"], literal: "Everyone made it on time", shows: "Note saved", resumed: "Everyone made it on time"),
            Step(keys: ["]"], shows: "Speaking: \(names[0])", resumed: "Speaking: \(names[0])"),
            Step(keys: ["Enter"], shows: "Speaking: \(names[1])", resumed: "Speaking: \(names[1])"),
            Step(keys: ["x"], shows: "Speaking: \(names[2])", resumed: "Speaking: \(names[2])"),
            Step(keys: ["w"], shows: "Speaking: \(names[3])", resumed: "Speaking: \(names[3])"),
            Step(keys: ["Enter"], shows: "Round complete", resumed: nil),
            Step(keys: ["]"], shows: "Now · item 3 of 3", resumed: "Now · item 3 of 3"),
            Step(keys: ["W"], shows: "Wrap-up", resumed: "0 votes"),
            Step(keys: ["4"], shows: "1 anonymous rating", resumed: "1 vote"),
            Step(keys: ["5"], shows: "2 anonymous ratings", resumed: "2 votes"),
        ]
    }

    private func run(_ step: Step, on tmux: TmuxSession) throws {
        for key in step.keys { try tmux.send(key) }
        if let literal = step.literal {
            try tmux.send(literal, literal: true)
            try tmux.send("Enter")
        }
        try tmux.expect(step.shows)
    }

    /// The shared screen is killed (SIGKILL) or quit after every step and reopened with `guild meeting`: it shows
    /// where the meeting was, and the minutes equal those of a run that was never interrupted.
    func testASharedScreenKilledOrQuitAtEveryStepResumesThereAndWritesTheSameMinutes() throws {
        let order = RoundOrder.make(people: people.map(\.id), lastFirst: nil, seed: 7)
        let names = order.map { id in people.first { $0.id == id }!.name }
        let steps = script(names)
        // The same store twice: one meeting runs through, the other is interrupted at every step.
        let interrupted = store.deletingLastPathComponent().appendingPathComponent("interrupted")
        try FileManager.default.copyItem(at: store, to: interrupted)

        let straight = try open(["meeting"])
        try straight.expect("Now · item 1 of 3")
        for step in steps { try run(step, on: straight) }
        try straight.send("Enter")
        try straight.expect("Minutes written")
        let expected = try guild.run(["export", "minutes", session.id.uuidString, "--store", store.path], environment: seeded)
        XCTAssertEqual(expected.status, 0, expected.stderr)

        var screen = try guild.openInTmux(["meeting", "--store", interrupted.path], environment: seeded)
        try screen.expect("Now · item 1 of 3")
        for (index, step) in steps.enumerated() {
            try run(step, on: screen)
            if index % 3 == 1 {
                // q: the meeting stays live, and the terminal says how to go on.
                try screen.send("q")
                try screen.expect("stays live")
                try screen.expect("EXIT=0")
            } else {
                let pid = try XCTUnwrap(screen.programPID(), "the meeting is running")
                XCTAssertEqual(kill(pid, SIGKILL), 0)
                try screen.expect("EXIT=137")
            }
            screen = try guild.openInTmux(["meeting", "--store", interrupted.path], environment: seeded)
            if let resumed = step.resumed { try screen.expect(resumed) } else { try screen.expect("LIVE") }
        }
        try screen.send("Enter")
        try screen.expect("Minutes written")
        let resumed = try guild.run(["export", "minutes", session.id.uuidString, "--store", interrupted.path], environment: seeded)
        XCTAssertEqual(resumed.status, 0, resumed.stderr)
        expectNoDifference(resumed.stdout, expected.stdout)
        XCTAssertTrue(expected.stdout.contains("| 1 | Check-in | 6:00 | 0:00 |"), expected.stdout)
        XCTAssertTrue(expected.stdout.contains("- \(names[2]): away"), expected.stdout)
        XCTAssertTrue(expected.stdout.contains("4.5 / 5 from 2 anonymous votes."), expected.stdout)
        try screen.send("q")
        try screen.expect("EXIT=0")
    }

    /// The note-taker's view follows the shared screen (item, speaker), and a note the note-taker saves just after
    /// the wrap-up is in the exported minutes.
    func testTheNoteTakerFollowsTheSharedScreenAndALateNoteIsInTheMinutes() throws {
        let order = RoundOrder.make(people: people.map(\.id), lastFirst: nil, seed: 7)
        let names = order.map { id in people.first { $0.id == id }!.name }
        let shared = try open(["meeting"])
        try shared.expect("Now · item 1 of 3")
        let notes = try open(["meeting", "--notes"], width: 80, height: 24)
        try notes.expect("Check-in", timeout: 5)
        try shared.send("]")
        try shared.expect("Speaking: \(names[0])")
        try notes.expect(names[0], timeout: 3)
        try notes.send("s")
        try notes.send("Shipped the parser", literal: true)
        try notes.send("Enter")
        try notes.expect("Success saved")
        try shared.send("Enter")
        try notes.expect(names[1], timeout: 3)
        try shared.send("]")
        try notes.expect("Topic of the week", timeout: 3)
        // The note-taker starts a note; the facilitator wraps up before it is saved.
        try notes.send("n")
        try notes.send("Late but important", literal: true)
        try shared.send("W")
        try shared.expect("Wrap-up")
        try shared.send("Enter")
        try shared.expect("Minutes written")
        try notes.send("Enter")
        try notes.expect("Note saved")
        let exported = try guild.run(["export", "minutes", session.id.uuidString, "--store", store.path], environment: seeded)
        XCTAssertEqual(exported.status, 0, exported.stderr)
        XCTAssertTrue(exported.stdout.contains("- Late but important"), exported.stdout)
        let file = try String(contentsOf: store.appendingPathComponent(MinutesDocument.relativePath(for: session.id)), encoding: .utf8)
        XCTAssertEqual(file, exported.stdout, "the minutes file is rewritten from the store after a late note")
        XCTAssertTrue(exported.stdout.contains("- Shipped the parser (\(names[0]))"), "the round contribution carries the speaker:\n" + exported.stdout)
    }

    /// 15.2: once a line is open every printable key is text. Notes whose first words begin with every kind letter and
    /// symbol, typed in the note-taker's view and on the shared screen, are saved verbatim with the kind the opening key
    /// (or Tab) chose; the files say so.
    func testNotesBeginningWithKindLettersAreSavedVerbatim() throws {
        let shared = try open(["meeting"])
        try shared.expect("Now · item 1 of 3")
        let notes = try open(["meeting", "--notes"], width: 80, height: 24)
        try notes.expect("NOTES")
        let starts = ["deploy freeze starts next week", "next steps: none", "learned about k8s", "ship it friday", "fix the flaky test",
                      "pairing went well", "+1 from ops", "- not everyone agrees", "? who owns the backlog"]
        var expected: [String: String] = [:]
        for text in starts {
            try notes.send("n")
            try notes.expect("Note ▸")
            try notes.send(text, literal: true)
            try notes.expect(text)
            try notes.send("Enter")
            try notes.expect("Note saved")
            expected[text] = "note"
        }
        // On the shared screen each kind key opens its kind; a line beginning with another kind's key stays text.
        let kinds: [(key: String, kind: String, label: String)] = [("d", "decision", "Decision"), ("+", "support", "Support"),
            ("-", "objection", "Objection"), ("l", "learning", "Learning"), ("s", "success", "Success"), ("f", "frustration", "Frustration"),
            ("p", "pairing", "Pairing"), ("n", "note", "Note")]
        for (index, opener) in kinds.enumerated() {
            let text = starts[(index + 1) % starts.count] + " (shared)"
            try shared.send(opener.key)
            try shared.expect(opener.label + " ▸")
            try shared.send(text, literal: true)
            try shared.send("Enter")
            try shared.expect(opener.label + " saved")
            expected[text] = opener.kind
        }
        // Tab changes the kind of a line already typed; the text stays.
        try notes.send("n")
        try notes.send("decided by Tab", literal: true)
        try notes.send("Tab")
        try notes.expect("Decision ▸ decided by Tab")
        try notes.send("Enter")
        try notes.expect("Decision saved")
        expected["decided by Tab"] = "decision"

        let folder = store.appendingPathComponent("notes/\(session.id.uuidString.lowercased())")
        func saved() throws -> [String: String] {
            var found: [String: String] = [:]
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".json") {
                let object = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent(name))) as! [String: Any]
                found[object["text"] as! String] = object["kind"] as? String
            }
            return found
        }
        expectNoDifference(try saved(), expected)
        try notes.send("q")
        try notes.expect("EXIT=0")
        try shared.send("q")
        try shared.expect("EXIT=0")
    }

    /// 15.3: during the meeting a teammate fixes a note from the session's detail view in the dashboard; after the
    /// wrap-up another is edited; the exported minutes have both edits (made from the store when read).
    func testANoteFixedInTheDashboardDuringAndAfterTheMeetingIsInTheMinutes() throws {
        let shared = try open(["meeting"])
        try shared.expect("Now · item 1 of 3")
        try note(shared, "d", "Ship on Fridyas", confirm: "Decision saved")
        try note(shared, "n", "Everyone made it", confirm: "Note saved")

        let dashboard = try open([])
        try dashboard.expect("Weekly sync")
        try dashboard.send("Enter")
        try dashboard.expect("Ship on Fridyas — by the facilitator")
        // n picks a note by typing part of it, then the form edits its text.
        func fix(_ typed: String, to text: String) throws {
            try dashboard.send("n")
            try dashboard.expect("Edit which note?")
            try dashboard.send(typed, literal: true)
            try dashboard.send("Enter")
            try dashboard.expect("Edit note")
            try dashboard.send("Tab")
            try dashboard.send("End")
            try dashboard.send("C-u")
            try dashboard.send(text, literal: true)
            try dashboard.send("Enter")
            try dashboard.expect(text)
        }
        try fix("Fridyas", to: "Ship on Fridays")
        try shared.expect("Ship on Fridays", timeout: 5)
        try shared.send("W")
        try shared.expect("Wrap-up")
        try shared.send("Enter")
        try shared.expect("Minutes written")
        try fix("made it", to: "Everyone made it on time")

        let exported = try guild.run(["export", "minutes", session.id.uuidString, "--store", store.path], environment: seeded)
        XCTAssertEqual(exported.status, 0, exported.stderr)
        XCTAssertTrue(exported.stdout.contains("## Decisions\n\n- Ship on Fridays\n"), exported.stdout)
        XCTAssertTrue(exported.stdout.contains("- Everyone made it on time"), exported.stdout)
        XCTAssertFalse(exported.stdout.contains("Fridyas"), exported.stdout)
        let file = try String(contentsOf: store.appendingPathComponent(MinutesDocument.relativePath(for: session.id)), encoding: .utf8)
        XCTAssertEqual(file, exported.stdout, "the minutes file is rewritten from the store after a dashboard fix")
        try dashboard.send("Escape")
        try dashboard.expect("Upcoming sessions")
        try dashboard.send("q")
        try dashboard.expect("EXIT=0")
        try shared.send("q")
        try shared.expect("EXIT=0")
    }

    /// Two live meetings: nothing picks one silently.
    func testWithTwoLiveMeetingsAskAndTheNoteTakerNameThemAndAsk() throws {
        let created = try GuildStore.open(at: store)
        let other = Session(title: "Saturday hack", format: .workshop, start: session.start.addingTimeInterval(-86_400), durationMinutes: 60,
                            attendees: people.map(\.id), status: .live, updatedAt: session.updatedAt)
        try created.save(other, base: nil)
        var live = session!
        live.status = .live
        try created.save(live, base: session)
        let asked = try guild.run(["ask", "Which one?", "--store", store.path], environment: seeded)
        XCTAssertEqual(asked.status, 1)
        XCTAssertTrue(asked.stderr.contains("2 meetings are live"), asked.stderr)
        XCTAssertTrue(asked.stderr.contains("Weekly sync") && asked.stderr.contains("Saturday hack"), asked.stderr)
        XCTAssertTrue(asked.stderr.contains("--session " + other.id.uuidString.lowercased().prefix(8)), asked.stderr)
        let named = try guild.run(["ask", "Which one?", "--session", String(other.id.uuidString.lowercased().prefix(8)), "--store", store.path],
                                  environment: seeded)
        XCTAssertEqual(named.status, 0, named.stderr)
        XCTAssertTrue(named.stdout.contains("Saturday hack"), named.stdout)

        let notes = try open(["meeting", "--notes"], width: 100, height: 30)
        try notes.expect("Which one? [1-2]")
        try notes.send("2")
        try notes.send("Enter")
        try notes.expect("Saturday hack")
        try notes.send("q")
        try notes.expect("EXIT=0")
        let shared = try open(["meeting", "--session", String(session.id.uuidString.prefix(8))])
        try shared.expect("Weekly sync")
        try shared.send("q")
        try shared.expect("EXIT=0")
    }
}
