import Foundation
import GuildCore
import XCTest

/// Who to ask, gaps, staffing, coverage history, profiles, backlog and search on fixed data.
final class SkillsMapTests: XCTestCase {
    typealias F = SkillsMapFixture
    let data = SkillsMapFixture.make()

    func testWhoToAskRanksByLevelTalksAndSolutionsAndExplainsEachHit() {
        let hits = WhoToAsk.rank("kubernetes upgrades", in: data)
        XCTAssertEqual(hits.map(\.personID), [F.ada, F.bo, F.cy, F.ed])
        XCTAssertEqual(hits[0].summary, "level 4 · 1 solution")
        XCTAssertEqual(hits[1].summary, "level 3 · 1 talk")
        XCTAssertEqual(hits[0].reasons.first.map { $0.text(in: data) }, "Kubernetes: 4 expert / can teach, happy to teach")
        XCTAssertTrue(hits[1].reasons.map { $0.text(in: data) }.contains("gave “Kubernetes upgrades without tears” (tech talk)"))
    }

    func testWhoToAskFindsFlakyTestsThroughTalksAndLearningsNotNotes() {
        // By hand (stems fix, flaky, test): di = Testing 3 + teaches (35/3) + held talk 6 + learning 2/3 = 18.3;
        // gus = Testing 2 (20/3) + kudos 2/3 = 7.3; ada = facilitated the held talk 6; ed = Testing 1 (10/3) = 3.3.
        let hits = WhoToAsk.rank("How do we fix flaky tests?", in: data)
        XCTAssertEqual(hits.map(\.personID), [F.di, F.gus, F.ada, F.ed])
        XCTAssertEqual(hits[0].summary, "level 3 · 1 talk")
        XCTAssertTrue(hits[1].reasons.contains(.learning(learningID: F.id(601))), "kudos count")
        var withoutNotes = data
        withoutNotes.notes = [:]
        XCTAssertEqual(WhoToAsk.rank("How do we fix flaky tests?", in: withoutNotes), hits, "notes (read lazily by the dashboard) never change the ranking")
        XCTAssertTrue(WhoToAsk.rank("the and of", in: data).isEmpty, "only stop words: nothing asked")
    }

    func testAwayPeopleAreMarkedAndRankedLower() {
        let hits = WhoToAsk.rank("swift", in: data)
        XCTAssertEqual(hits.map(\.personID), [F.ed, F.fay])
        XCTAssertTrue(hits[1].away)
        XCTAssertTrue(hits[1].summary.hasSuffix("away"))
    }

    func testGapsReportBusFactorDemandAndCriticalWithTopicsAndPresenters() {
        let gaps = SkillGaps.report(data)
        // One definition (KnowledgeGap): fewer than two people at 3+. Kubernetes (critical, Ada 4 and Bo 3, three
        // learners) is not a gap; Postgres (critical, only Cy) comes first, then fewest holders, then most learners.
        XCTAssertEqual(gaps.map(\.skillID), [F.postgres, F.kafka, F.go, F.testing])
        XCTAssertEqual(gaps[0].reasons, [.critical(holders: 1), .busFactor(holders: 1)])
        XCTAssertEqual(gaps[0].suggestedTopic, "Postgres query plans")
        XCTAssertEqual(gaps[0].topicID, F.id(401))
        XCTAssertEqual(gaps[0].presenters, [F.cy])
        XCTAssertEqual(gaps[1].reasons, [.busFactor(holders: 0)])
        XCTAssertEqual(gaps[1].presenters, [F.di])
        XCTAssertEqual(gaps[2].reasons.map(\.text), ["bus factor 1: only one person at level 3+"])
        XCTAssertEqual(Set(gaps.map(\.skillID)), Set(SkillCoverage(data: data).gaps(at: .distantFuture)), "the same gaps as the report and health")
        var demand = data
        for person in [F.ada, F.bo, F.cy, F.di] {
            var sheet = demand.ratingSheets[person]!
            sheet.record(SkillRating(skillID: F.kafka, level: .learning, wantsToLearn: true, ratedAt: F.t0.addingTimeInterval(86_400 * 300)))
            demand.upsert(sheet)
        }
        let kafka = SkillGaps.report(demand).first { $0.skillID == F.kafka }
        XCTAssertEqual(kafka?.reasons, [.busFactor(holders: 0), .demand(wanting: 4, teaching: 0)], "demand is said on a gap")
    }

    func testStaffingRanksByCoverageAndShowsGrowth() {
        let candidates = Staffing.suggest(skills: [F.kubernetes, F.go], in: data)
        XCTAssertEqual(candidates.map(\.personID), [F.bo, F.cy, F.ada, F.ed, F.gus, F.di])
        XCTAssertEqual(candidates.map(\.percent), [100, 50, 50, 17, 17, 0])
        XCTAssertEqual(candidates[1].growth, [F.kubernetes, F.go])
        XCTAssertEqual(candidates[0].covered, [F.kubernetes, F.go])
        let parsed = Staffing.skills(named: "kubernetes; GO, Cobol", in: data)
        XCTAssertEqual(parsed.skills, [F.kubernetes, F.go])
        XCTAssertEqual(parsed.unknown, ["Cobol"])
    }

    func testCoverageHistoryFollowsDatedRatings() {
        let history = SkillCoverageHistory(skill: F.kubernetes, in: data, now: Fixtures.now, calendar: Fixtures.calendar)
        XCTAssertEqual(history.counts, [0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2])
        XCTAssertEqual(history.trend, 2)
    }

    func testSkillAndPersonProfiles() {
        let skill = SkillProfile(skill: F.kubernetes, in: data, now: Fixtures.now, calendar: Fixtures.calendar)
        XCTAssertEqual(skill.people.map(\.personID), [F.ada, F.bo, F.cy, F.ed, F.di])
        XCTAssertEqual(skill.taughtIn.map(\.id), [F.id(201)])
        XCTAssertEqual(skill.teachers(before: Fixtures.now), [F.bo])
        let person = PersonProfile(person: F.ada, in: data)
        XCTAssertEqual(person.strengths.map(\.skillID), [F.kubernetes])
        XCTAssertEqual(person.given.map(\.id), [F.id(202)])
        XCTAssertEqual(person.openActions.map(\.id), [F.id(701)])
        XCTAssertEqual(PersonProfile(person: F.ed, in: data).attended.map(\.id), [F.id(202), F.id(201)])
        XCTAssertEqual(PersonProfile(person: F.cy, in: data).wantsToLearn.map(\.skillID), [F.kubernetes, F.go])
    }

    func testMatrixSortsAndFilters() {
        XCTAssertEqual(MatrixOptions(team: "payments").matrix(data).people.map(\.id), [F.cy, F.di])
        XCTAssertEqual(MatrixOptions(category: "data").matrix(data).skills.map(\.id), [F.kafka, F.postgres])
        XCTAssertEqual(MatrixOptions(minimumLevel: .expert).matrix(data).people.map(\.id), [F.ada, F.bo, F.cy, F.ed])
        XCTAssertEqual(MatrixOptions(interest: .happyToTeach).matrix(data).people.map(\.id), [F.ada, F.bo, F.cy, F.di, F.ed])
        XCTAssertEqual(MatrixOptions(sort: .skill, sortSkill: F.kubernetes).matrix(data).people.prefix(3).map(\.id), [F.ada, F.bo, F.cy])
        XCTAssertEqual(MatrixOptions(sort: .team).matrix(data).people.map(\.team),
                       ["Mobile", "Mobile", "Mobile", "Payments", "Payments", "Platform", "Platform"])
        let coverage = MatrixOptions(sort: .coverage).matrix(data)
        XCTAssertEqual(coverage.skills.first?.id, F.kafka)
        XCTAssertEqual(coverage.coverage, coverage.coverage.sorted())
    }

    func testTopicBacklogAndSchedulingInOneStep() {
        XCTAssertEqual(TopicBacklog.ordered(data).map(\.id), [F.id(401), F.id(402)])
        let topic = data.topics[F.id(401)]!
        let start = Fixtures.date(2026, 12, 4, 16)
        let (session, scheduled) = TopicBacklog.schedule(topic, in: data, start: start, now: Fixtures.now, sessionID: F.id(900))
        XCTAssertEqual(session.title, "Postgres query plans")
        XCTAssertEqual(session.presenters, [F.cy])
        XCTAssertEqual(session.attendees, [F.ada, F.bo, F.ed])
        XCTAssertEqual(session.start, start)
        XCTAssertEqual(scheduled.status, .scheduled)
        XCTAssertEqual(scheduled.sessionID, F.id(900))
        XCTAssertNoThrow(try session.validate())
        let kafka = TopicBacklog.schedule(data.topics[F.id(402)]!, in: data, start: start, now: Fixtures.now)
        XCTAssertEqual(kafka.session.presenters, [F.di], "no suggestion: the strongest present person")
        XCTAssertEqual(TopicBacklog.toggleVote(topic, by: F.ada, now: Fixtures.now).votes, [F.bo, F.ed])
    }

    func testLearningAndSolutionSearch() {
        XCTAssertEqual(LearningSearch.find("flaky", in: data).map(\.id), [F.id(601)])
        XCTAssertEqual(LearningSearch.find("", in: data).map(\.id), [F.id(602), F.id(601)], "blank: newest first")
        XCTAssertEqual(LearningSearch.find("gus", in: data).map(\.id), [F.id(601)], "kudos names count")
        XCTAssertEqual(LearningSearch.find("", in: data, kind: .win).map(\.id), [F.id(602)])
        XCTAssertEqual(SolutionSearch.find("cluster upgrades", in: data).map(\.id), [F.id(301)])
        XCTAssertEqual(SolutionSearch.find("ada", in: data).map(\.id), [F.id(301)], "experts count")
        XCTAssertTrue(SolutionSearch.find("cobol", in: data).isEmpty)
    }

    func testQueryWordsStemLightly() {
        XCTAssertEqual(QueryWords("How do we do Kubernetes upgrades?").stems, ["kubernete", "upgrade"])
        XCTAssertEqual(QueryWords("flaky tests, CI/CD").stems, ["flaky", "test", "ci", "cd"])
        XCTAssertEqual(QueryWords("testing").score("Tests"), 1)
        XCTAssertEqual(QueryWords("ci").score("circle"), 0, "short stems match whole words only")
    }
}
