import Foundation
@testable import GuildCore
import XCTest

/// Session materials and key takeaways (issue 20 point 1): what counts as documented, who is told, and how links and
/// takeaways land in Markdown whatever a teammate stored.
final class SessionDocumentationTests: XCTestCase {
    private let now = Date(timeIntervalSince1970: 1_796_000_000)
    private let day: TimeInterval = 86_400

    private func held(_ title: String, daysAgo: Double, format: SessionFormat = .techTalk, facilitator: UUID? = nil, presenters: [UUID] = [],
                      noteTaker: UUID? = nil, links: [SessionLink]? = nil, takeaways: String? = nil, status: Session.Status = .done) -> Session {
        Session(title: title, format: format, start: now.addingTimeInterval(-daysAgo * day), durationMinutes: 60, facilitator: facilitator,
                presenters: presenters, noteTaker: noteTaker, status: status, links: links, takeaways: takeaways, updatedAt: now)
    }

    func testOnlyHeldSessionsWithoutTakeawaysOrARecordingAreOverdueForTheirFacilitatorAndPresenters() {
        let fatima = UUID(), zoe = UUID(), noah = UUID()
        var data = GuildData()
        let bare = held("Threat modelling", daysAgo: 20, facilitator: fatima, presenters: [zoe], noteTaker: noah)
        let slidesOnly = held("Slides only", daysAgo: 10, facilitator: zoe, links: [SessionLink(kind: .slides, url: "https://x.example.com/s")])
        let recorded = held("Recorded", daysAgo: 30, facilitator: fatima, links: [SessionLink(kind: .recording, url: "https://x.example.com/r")])
        let written = held("Written up", daysAgo: 30, facilitator: fatima, takeaways: "- one")
        let blankTakeaways = held("Blank takeaways", daysAgo: 30, facilitator: fatima, takeaways: " \n ")
        let weekly = held("Weekly tech meeting", daysAgo: 30, format: .weeklyMeeting, facilitator: fatima)
        let recent = held("Recent", daysAgo: 3, facilitator: fatima)
        let planned = held("Planned", daysAgo: 30, facilitator: fatima, status: .planned)
        for session in [bare, slidesOnly, recorded, written, blankTakeaways, weekly, recent, planned] { data.upsert(session) }

        XCTAssertEqual(SessionDocumentation.overdue(in: data, now: now).map(\.title), ["Blank takeaways", "Threat modelling", "Slides only"],
                       "oldest first; recorded, written up, weekly, recent and planned ones are not overdue")
        XCTAssertEqual(SessionDocumentation.overdue(in: data, now: now, for: fatima).map(\.title), ["Blank takeaways", "Threat modelling"])
        XCTAssertEqual(SessionDocumentation.overdue(in: data, now: now, for: zoe).map(\.title), ["Threat modelling", "Slides only"], "presenters too")
        XCTAssertEqual(SessionDocumentation.overdue(in: data, now: now, for: noah), [], "the note-taker is not asked to document")
        XCTAssertEqual(SessionDocumentation.overdue(in: data, now: now, days: 2, for: fatima).map(\.title), ["Blank takeaways", "Threat modelling", "Recent"],
                       "the number of days is the team's setting")
        XCTAssertEqual(MyWeek(person: fatima, in: data, now: now, calendar: Calendar(identifier: .gregorian)).undocumented.map(\.title),
                       ["Blank takeaways", "Threat modelling"])

        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let health = ProgrammeHealth(data: data, now: now, calendar: calendar, monthCount: 2)
        XCTAssertEqual(health.months.map(\.documentable).reduce(0, +), 6, "held, not weekly meetings")
        XCTAssertEqual(health.months.map(\.documented).reduce(0, +), 2)
    }

    func testLinksAreCheckedAndWrittenSafelyEvenWhenATeammateStoredAnythingElse() throws {
        XCTAssertThrowsError(try held("x", daysAgo: 1, links: [SessionLink(kind: .other, url: "javascript:alert(1)")]).validate())
        XCTAssertThrowsError(try held("x", daysAgo: 1, links: [SessionLink(kind: .other, url: "https://a b.example.com")]).validate())
        XCTAssertThrowsError(try held("x", daysAgo: 1, links: [SessionLink(kind: .other, url: "https://x.example.com/\u{1B}[2J")]).validate())
        XCTAssertNoThrow(try held("x", daysAgo: 1, links: [SessionLink(kind: .recording, url: "https://x.example.com/v?t=1#a")]).validate())
        XCTAssertEqual(SessionLink.Kind(typed: "Prototype"), .demo)
        XCTAssertEqual(SessionLink.Kind(typed: "DECK"), .slides)
        XCTAssertNil(SessionLink.Kind(typed: "podcast"))

        // As a hostile teammate's commit could store them, past validation.
        let session = held("x", daysAgo: 1, links: [
            SessionLink(kind: .recording, url: "https://x.example.com/a)b\"c<d>|e", title: "*Part* [1](javascript:x)"),
            SessionLink(kind: .other, url: "javascript:alert(1)"),
        ], takeaways: "- Count label values *first*\n\n  * <b>bold</b> claim\n# not a heading")
        let lines = MinutesDocument.documentation(of: session)
        XCTAssertEqual(lines, [
            "", "## Key takeaways", "",
            #"- Count label values \*first\*"#,
            #"- \<b\>bold\</b\> claim"#,
            ##"- \# not a heading"##,
            "", "## Materials", "",
            #"- Recording: [\*Part\* \[1\](javascript\:x)](https://x.example.com/a%29b%22c%3Cd%3E%7Ce)"#,
            #"- Link: javascript\:alert(1) (javascript\:alert(1))"#,
        ])
    }
}
