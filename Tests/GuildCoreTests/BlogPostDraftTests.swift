import Foundation
@testable import GuildCore
import XCTest

/// `guild export post`: a blog-post draft from a held session (issue 20 point 6).
final class BlogPostDraftTests: XCTestCase {
    private let now = Date(timeIntervalSince1970: 1_796_000_000)
    private var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }

    private func draft(title: String = "Zero-downtime Postgres migrations", hostileName: String = "Zoë Ångström") -> (String, GuildData) {
        var data = GuildData()
        let zoe = Person(name: hostileName, handle: "zoe", updatedAt: now)
        let amara = Person(name: "Amara Okafor", handle: "amara", updatedAt: now)
        let noah = Person(name: "Noah Schmidt", handle: "noah", updatedAt: now)
        [zoe, amara, noah].forEach { data.upsert($0) }
        let session = Session(title: title, format: .techTalk, desiredOutcome: "Ship schema changes without downtime",
                              start: now, facilitator: amara.id, presenters: [zoe.id], noteTaker: noah.id, status: .done, updatedAt: now)
        data.upsert(session)
        let later = Session(title: "Another talk", format: .techTalk, start: now, status: .done, updatedAt: now)
        data.upsert(later)
        data.upsert(Learning(kind: .lesson, text: "Add columns nullable first", sessionID: session.id, author: noah.id, kudosTo: [zoe.id],
                             createdAt: now.addingTimeInterval(60)))
        data.upsert(Learning(kind: .win, text: "Migrated the ledger live", sessionID: session.id, kudosTo: [amara.id, zoe.id],
                             createdAt: now.addingTimeInterval(120)))
        data.upsert(Learning(kind: .lesson, text: "Not about this session", sessionID: later.id, createdAt: now))
        data.upsert(ActionItem(title: "Write the runbook", owner: zoe.id, due: Day(now.addingTimeInterval(86_400 * 7), in: calendar),
                               sessionID: session.id, createdAt: now))
        data.upsert(ActionItem(title: "Try it on staging", owner: noah.id, due: Day(now.addingTimeInterval(86_400), in: calendar),
                               sessionID: session.id, createdAt: now))
        data.upsert(ActionItem(title: "Already done", owner: noah.id, status: .done, sessionID: session.id, createdAt: now))
        let notes = [
            NoteEntry(sessionID: session.id, kind: .decision, text: "Use expand/contract for every migration", createdAt: now),
            NoteEntry(sessionID: session.id, kind: .learning, text: "Locks hide in ALTER TABLE", author: zoe.id, createdAt: now),
            NoteEntry(sessionID: session.id, kind: .success, text: "No outage in Q4", createdAt: now),
            NoteEntry(sessionID: session.id, kind: .objection, text: "An objection stays in the minutes", createdAt: now),
            ParkingLot.note("Talk about pgbouncer", id: UUID(), sessionID: session.id, agendaItemID: nil, at: now),
        ]
        return (BlogPostDraft(session: session, data: data, notes: notes, calendar: calendar).markdown, data)
    }

    func testTheDraftTellsTheSessionsStoryWithKudos() {
        let (post, _) = draft()
        XCTAssertTrue(post.hasPrefix("---\ntitle: \"Zero-downtime Postgres migrations\"\ndate: 2026-11-30\ndraft: true\n---\n\n# Zero-downtime Postgres migrations\n"), post)
        XCTAssertTrue(post.contains("A tech talk on Monday 30 November 2026, presented by Zoë Ångström, facilitated by Amara Okafor."), post)
        XCTAssertTrue(post.contains("What we set out to do: Ship schema changes without downtime"), post)
        XCTAssertTrue(post.contains("## What we decided\n\n- Use expand/contract for every migration\n"), post)
        XCTAssertTrue(post.contains("## What we learned\n\n- Locks hide in ALTER TABLE (Zoë Ångström)\n- Add columns nullable first (Noah Schmidt) — kudos to Zoë Ångström\n"), post)
        XCTAssertTrue(post.contains("## Wins\n\n- No outage in Q4\n- Migrated the ledger live — kudos to Amara Okafor and Zoë Ångström\n"), post)
        XCTAssertTrue(post.contains("## Next steps\n\n- Try it on staging (Noah Schmidt, by 2026-12-01)\n- Write the runbook (Zoë Ångström, by 2026-12-07)\n"),
                      "open actions, soonest first:\n\(post)")
        XCTAssertTrue(post.hasSuffix("## Thanks\n\nThanks to Zoë Ångström for presenting, Amara Okafor for facilitating, Noah Schmidt for the notes and kudos to Zoë Ångström and Amara Okafor.\n"), post)
        for left in ["Already done", "Not about this session", "pgbouncer", "objection"] {
            XCTAssertFalse(post.contains(left), "\(left) is not in a post")
        }
    }

    func testHostileTitlesAndNamesCannotBreakTheFrontMatterOrTheMarkdown() {
        let (post, _) = draft(title: "Evil\" \n---\nlayout: pwned\n<script>x</script> [a](javascript:x)", hostileName: "*Star* <b>|x|</b> http://evil.example")
        let front = post.components(separatedBy: "\n---\n")[0]
        XCTAssertEqual(front.split(separator: "\n").count, 4, "the title stays one quoted line:\n\(front)")
        XCTAssertTrue(front.contains(#"title: "Evil\"  --- layout: pwned <script>x</script> [a](javascript:x)""#), front)
        XCTAssertFalse(post.contains("\nlayout: pwned"), "no key added")
        XCTAssertFalse(post.contains("<script>") && !front.contains("<script>"), "HTML only inside the quoted title")
        let body = post.components(separatedBy: "\n---\n").dropFirst().joined()
        XCTAssertFalse(body.contains("<b>"))
        XCTAssertTrue(body.contains(#"\[a\]"#), "the link's brackets are escaped, so it stays text:\n\(body)")
        XCTAssertTrue(body.contains(#"\*Star\*"#), body)
        XCTAssertEqual(BlogPostDraft.quoted("a\u{1B}[2Jb\u{7}\u{2028}"), #""a\u001B[2Jb\u0007\u2028""#)
    }
}
