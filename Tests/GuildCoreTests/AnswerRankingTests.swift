import Foundation
import GuildCore
import XCTest

/// Who to ask and the learnings search on small fixed data, expected orders worked out by hand from the rules.
final class AnswerRankingTests: XCTestCase {
    typealias F = SkillsMapFixture
    static let pat = F.id(11), quinn = F.id(12), ray = F.id(13), sam = F.id(14), tia = F.id(15), quinn2 = F.id(16)
    static let postgres = F.id(121)

    /// Pat only plans a Postgres talk and is suggested for a topic; Quinn is proficient and happy to teach; Ray is
    /// learning; Sam only wrote a learning; Tia gave a held Postgres talk; a second "Quinn Lee" has no rating.
    static func postgresTeam() -> GuildData {
        var data = GuildData()
        for (id, name, handle) in [(pat, "Pat Kim", "pat"), (quinn, "Quinn Lee", "quinn"), (ray, "Ray Diaz", "ray"),
                                   (sam, "Sam Oak", "sam"), (tia, "Tia Roy", "tia"), (quinn2, "Quinn Lee", "qlee")] {
            data.upsert(Person(id: id, name: name, handle: handle, updatedAt: F.t0))
        }
        data.upsert(Skill(id: postgres, name: "PostgreSQL", category: "Data", updatedAt: F.t0))
        for (person, level, teaches) in [(quinn, 3, true), (ray, 1, false)] {
            var sheet = RatingSheet(personID: person, updatedAt: F.t0)
            sheet.record(SkillRating(skillID: postgres, level: SkillLevel(rawValue: level)!, happyToTeach: teaches, ratedAt: F.t0))
            data.upsert(sheet)
        }
        data.upsert(Session(id: F.id(221), title: "Postgres at scale", format: .techTalk, start: Fixtures.date(2026, 12, 20, 16),
                            presenters: [pat], status: .planned, updatedAt: F.t0))
        data.upsert(Session(id: F.id(222), title: "Postgres vacuum explained", format: .techTalk, start: Fixtures.date(2026, 10, 20, 16),
                            presenters: [tia], status: .done, updatedAt: F.t0))
        data.upsert(Session(id: F.id(223), title: "Postgres on the cheap", format: .techTalk, start: Fixtures.date(2026, 10, 27, 16),
                            presenters: [pat], status: .cancelled, updatedAt: F.t0))
        data.upsert(Topic(id: F.id(421), title: "Postgres indexes", suggestedPresenters: [pat], createdAt: F.t0))
        data.upsert(Learning(id: F.id(621), kind: .lesson, text: "Postgres locks bite during migrations", author: sam, createdAt: F.t0))
        data.upsert(NoteEntry(id: F.id(521), sessionID: F.id(222), kind: .note, text: "postgres postgres postgres", author: quinn2,
                              createdAt: F.t0))
        return data
    }

    func testRatedLevelAndTeachingOutweighTalksAndMentionsAndPlannedTalksAreNotGiven() {
        // By hand: Quinn 3×10 + 5 = 35; Ray 1×10 = 10; Tia one held talk = 6; Pat a planned talk 1 + a topic 1 = 2
        // (the cancelled one counts nothing); Sam one learning = 1; the other Quinn only wrote a note: not a hit.
        let data = Self.postgresTeam()
        let hits = WhoToAsk.rank("postgres", in: data)
        XCTAssertEqual(hits.map(\.personID), [Self.quinn, Self.ray, Self.tia, Self.pat, Self.sam])
        XCTAssertEqual(hits.map(\.score), [35, 10, 6, 2, 1])
        let pat = hits[3]
        XCTAssertEqual(pat.talksGiven, 0, "a planned talk is not a talk given")
        XCTAssertEqual(pat.talksPlanned, 1)
        XCTAssertEqual(pat.summary, "will give 1 talk")
        XCTAssertTrue(pat.reasons.map { $0.text(in: data) }.contains("will give “Postgres at scale” (tech talk)"))
        XCTAssertFalse(pat.reasons.map { $0.text(in: data) }.contains { $0.hasPrefix("gave ") })
        XCTAssertEqual(hits[2].summary, "1 talk")
        XCTAssertEqual(hits[0].summary, "level 3")
        XCTAssertEqual(hits[0].reasons.first.map { $0.text(in: data) }, "PostgreSQL: 3 proficient, happy to teach")
    }

    func testMentionsAreCappedBelowTeachingInterest() {
        var data = Self.postgresTeam()
        for n in 0..<10 {
            data.upsert(Learning(id: F.id(640 + n), kind: .win, text: "Postgres win \(n)", author: Self.sam, createdAt: F.t0))
        }
        // Sam: 11 learnings, mentions capped at 3 — still under Ray's one level (10).
        let hits = WhoToAsk.rank("postgres", in: data)
        XCTAssertEqual(hits.map(\.personID), [Self.quinn, Self.ray, Self.tia, Self.sam, Self.pat])
        XCTAssertEqual(hits[3].score, 3)
    }

    func testLearningsFindPutsHitsWithEveryWordFirstAndSearchesLearningDecisionAndSuccessNotes() {
        var data = GuildData()
        data.upsert(Person(id: Self.pat, name: "Pat Kim", handle: "pat", updatedAt: F.t0))
        data.upsert(Session(id: F.id(231), title: "Weekly tech meeting", format: .weeklyMeeting, start: Fixtures.date(2026, 11, 2, 16),
                            status: .done, updatedAt: F.t0))
        // Newer hits with one of the two words, older ones with both.
        data.upsert(Learning(id: F.id(631), kind: .lesson, text: "Unit tests need names", createdAt: Fixtures.date(2026, 11, 20)))
        data.upsert(Learning(id: F.id(632), kind: .lesson, text: "Integration tests are slow", createdAt: Fixtures.date(2026, 11, 21)))
        data.upsert(Learning(id: F.id(633), kind: .win, text: "Quarantined the flaky tests", createdAt: Fixtures.date(2026, 11, 1)))
        let notes = [
            NoteEntry(id: F.id(531), sessionID: F.id(231), kind: .decision, text: "Flaky tests get a ticket within a day",
                      author: Self.pat, createdAt: Fixtures.date(2026, 11, 2, 16, 10)),
            NoteEntry(id: F.id(532), sessionID: F.id(231), kind: .success, text: "No flaky build this week",
                      createdAt: Fixtures.date(2026, 11, 2, 16, 20)),
            NoteEntry(id: F.id(533), sessionID: F.id(231), kind: .note, text: "flaky tests flaky tests",
                      createdAt: Fixtures.date(2026, 11, 2, 16, 30)),
            NoteEntry(id: F.id(534), sessionID: F.id(231), kind: .learning, text: "Retries hide flaky tests",
                      createdAt: Fixtures.date(2026, 11, 2, 16, 40)),
        ]
        for note in notes { data.upsert(note) }
        let found = LearningSearch.search("flaky tests", in: data, notes: notes).map(\.id)
        // Both words, newest first: 534 (16:40), 531 (16:10), 633 (Nov 1); then one word, newest first: 632, 631, 532.
        // 533 is a plain note: not searched.
        XCTAssertEqual(found, [F.id(534), F.id(531), F.id(633), F.id(632), F.id(631), F.id(532)])
        XCTAssertEqual(LearningSearch.search("flaky tests", in: data, kind: .lesson, notes: notes).map(\.id),
                       [F.id(534), F.id(632), F.id(631)], "lessons and learning notes")
        XCTAssertEqual(LearningSearch.find("flaky tests", in: data).map(\.id), [F.id(633), F.id(632), F.id(631)], "the log alone")
    }
}
