import Foundation
import GuildCore

/// A small fixed team for the skills-map rules: three teams, six skills, known ratings, sessions and solutions.
enum SkillsMapFixture {
    static func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", n))! }

    static let ada = id(1), bo = id(2), cy = id(3), di = id(4), ed = id(5), fay = id(6), gus = id(7)
    static let kubernetes = id(101), go = id(102), postgres = id(103), testing = id(104), kafka = id(105), swift = id(106)
    static let t0 = Fixtures.date(2026, 1, 10, 10)

    static func make() -> GuildData {
        var data = GuildData()
        let people: [(UUID, String, String, String, Bool, Bool)] = [
            (ada, "Ada Lovelace", "ada", "Platform", false, false), (bo, "Bo Chen", "bo", "Platform", false, false),
            (cy, "Cy Young", "cy", "Payments", false, false), (di, "Di Prince", "di", "Payments", false, false),
            (ed, "Ed Stone", "ed", "Mobile", false, false), (fay, "Fay Wray", "fay", "Mobile", true, false),
            (gus, "Gus Grissom", "gus", "Mobile", false, true),
        ]
        for p in people {
            data.upsert(Person(id: p.0, name: p.1, handle: p.2, team: p.3, away: p.4 ? true : nil,
                               pairingOptOut: p.5 ? true : nil, updatedAt: t0))
        }
        let skills: [(UUID, String, String, Bool)] = [
            (kubernetes, "Kubernetes", "Infrastructure", true), (go, "Go", "Languages", false),
            (postgres, "PostgreSQL", "Data", true), (testing, "Testing", "Practices", false),
            (kafka, "Kafka", "Data", false), (swift, "Swift", "Languages", false),
        ]
        for s in skills { data.upsert(Skill(id: s.0, name: s.1, category: s.2, critical: s.3 ? true : nil, updatedAt: t0)) }
        // (person, skill, level, wants, teaches, days after t0)
        let ratings: [(UUID, UUID, Int, Bool, Bool, Int)] = [
            (ada, kubernetes, 2, true, false, 0), (ada, kubernetes, 4, false, true, 200),
            (bo, kubernetes, 3, false, false, 100), (bo, go, 4, false, true, 0),
            (cy, postgres, 4, false, true, 0), (cy, go, 2, true, false, 0), (cy, kubernetes, 1, true, false, 0),
            (di, testing, 3, false, true, 0), (di, kafka, 2, false, false, 0), (di, kubernetes, 0, true, false, 0),
            (ed, swift, 4, false, true, 0), (ed, testing, 1, true, false, 0), (ed, kubernetes, 1, true, false, 0),
            (fay, swift, 3, false, false, 0), (fay, postgres, 1, true, false, 0),
            (gus, go, 1, true, false, 0), (gus, testing, 2, true, false, 0),
        ]
        var sheets: [UUID: RatingSheet] = [:]
        for r in ratings {
            var sheet = sheets[r.0] ?? RatingSheet(personID: r.0, updatedAt: t0)
            sheet.record(SkillRating(skillID: r.1, level: SkillLevel(rawValue: r.2)!, wantsToLearn: r.3, happyToTeach: r.4,
                                     ratedAt: t0.addingTimeInterval(Double(r.5) * 86_400)))
            sheets[r.0] = sheet
        }
        for sheet in sheets.values { data.upsert(sheet) }
        data.upsert(Session(id: id(201), title: "Kubernetes upgrades without tears", format: .techTalk,
                            start: Fixtures.date(2026, 9, 4, 16), presenters: [bo], attendees: [cy, ed], status: .done, updatedAt: t0))
        data.upsert(Session(id: id(202), title: "Taming flaky tests", format: .workshop, desiredOutcome: "Quarantine and fix flaky tests",
                            start: Fixtures.date(2026, 10, 2, 16), facilitator: ada, presenters: [di], attendees: [gus, ed],
                            status: .done, updatedAt: t0))
        data.upsert(Solution(id: id(301), need: "Upgrade a Kubernetes cluster", solution: "Blue/green node pools",
                             approximateTime: "1 day", risks: "PodDisruptionBudgets", experts: [ada], skillIDs: [kubernetes], updatedAt: t0))
        data.upsert(Topic(id: id(401), title: "Postgres query plans", votes: [ada, bo, ed], skillIDs: [postgres],
                          suggestedPresenters: [cy], createdAt: t0))
        data.upsert(Topic(id: id(402), title: "Kafka basics", votes: [cy], skillIDs: [kafka], createdAt: t0))
        data.upsert(NoteEntry(id: id(501), sessionID: id(202), kind: .learning, text: "Flaky tests often hide shared state",
                              author: gus, createdAt: Fixtures.date(2026, 10, 2, 16, 20)))
        data.upsert(Learning(id: id(601), kind: .lesson, text: "Pin the test clock; flaky tests vanish 🎉", context: "CI",
                             author: di, kudosTo: [gus], createdAt: Fixtures.date(2026, 10, 5, 10)))
        data.upsert(Learning(id: id(602), kind: .win, text: "Cluster upgrade with zero downtime", context: "Kubernetes",
                             author: ada, kudosTo: [bo], createdAt: Fixtures.date(2026, 10, 9, 10)))
        data.upsert(ActionItem(id: id(701), title: "Write the upgrade runbook", owner: ada, due: Day(year: 2026, month: 12, day: 1),
                               createdAt: t0))
        return data
    }
}
