import Foundation
import GuildCore
@testable import GuildImport

/// The sample exports under Fixtures/ (one per producer, written byte for byte as each tool writes them) and a
/// small team whose names, e-mails and skills they use.
enum SurveyFixtures {
    static let t0 = Date(timeIntervalSince1970: 1_780_000_000)
    /// The survey's date: a month after the team's ratings.
    static let surveyDate = t0.addingTimeInterval(86_400 * 30)

    static func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", n))! }

    static let zoe = id(1), sam = id(2), noah = id(3), priya = id(4), chloe = id(5), jose = id(6), ingrid = id(7),
        amara = id(8), mateus = id(9), yuki = id(10), segun = id(11), fatima = id(12)
    static let kubernetes = id(101), go = id(102), postgres = id(103), kafka = id(104), terraform = id(105), python = id(106),
        observability = id(107), security = id(108), cicd = id(109), helm = id(110)

    /// The team: twelve people with stored e-mails, ten skills, a few ratings from `t0`.
    static func data() -> GuildData {
        var data = GuildData()
        let people: [(UUID, String, String)] = [
            (zoe, "Zoë Ångström", "zoe"), (sam, "Sam Rivera", "sam"), (noah, "Noah Schmidt", "noah"), (priya, "Priya Raman", "priya"),
            (chloe, "Chloé Dubois", "chloe"), (jose, "José Álvarez", "jose"), (ingrid, "Ingrid Løvstad", "ingrid"),
            (amara, "Amara Okafor", "amara"), (mateus, "Mateus Gonçalves", "mateus"), (yuki, "田中 由紀", "yuki"),
            (segun, "Olusegun Adeyemi", "segun"), (fatima, "Fatima Zahra El-Idrissi", "fatima"),
        ]
        for (id, name, handle) in people {
            data.upsert(Person(id: id, name: name, handle: handle, email: "\(handle)@example.com", updatedAt: t0))
        }
        let skills: [(UUID, String)] = [
            (kubernetes, "Kubernetes"), (go, "Go"), (postgres, "PostgreSQL"), (kafka, "Kafka"), (terraform, "Terraform"),
            (python, "Python"), (observability, "Observability"), (security, "Security"), (cicd, "CI/CD"), (helm, "Helm, Kustomize"),
        ]
        for (id, name) in skills { data.upsert(Skill(id: id, name: name, updatedAt: t0)) }
        rate(&data, zoe, kubernetes, .working, learn: true)
        rate(&data, zoe, go, .proficient)
        rate(&data, sam, go, .learning, learn: true)
        rate(&data, noah, go, .expert, teach: true)
        rate(&data, chloe, kubernetes, .learning, learn: true)
        return data
    }

    static func rate(_ data: inout GuildData, _ person: UUID, _ skill: UUID, _ level: SkillLevel, learn: Bool = false, teach: Bool = false,
                     at date: Date = t0) {
        var sheet = data.ratingSheets[person] ?? RatingSheet(personID: person, updatedAt: date)
        sheet.record(SkillRating(skillID: skill, level: level, wantsToLearn: learn, happyToTeach: teach, ratedAt: date))
        data.upsert(sheet)
    }

    static var folder: URL { URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures") }

    static func bytes(_ name: String) throws -> Data { try Data(contentsOf: folder.appendingPathComponent(name)) }

    /// The plan for a fixture against `data()` (or the given data).
    static func plan(_ name: String, _ options: SurveyOptions = SurveyOptions(), data: GuildData = data(),
                     at date: Date = surveyDate) throws -> SurveyPlan {
        try SurveyImport.plan(bytes(name), data: data, ratedAt: date, options: options)
    }

    /// The plan for CSV text.
    static func plan(text: String, _ options: SurveyOptions = SurveyOptions(), data: GuildData = data(),
                     at date: Date = surveyDate) throws -> SurveyPlan {
        try SurveyImport.plan(Data(text.utf8), data: data, ratedAt: date, options: options)
    }

    /// The changes as the preview shows them.
    static func lines(_ plan: SurveyPlan, data: GuildData = data()) -> [String] {
        plan.changes.map { $0.text(in: data) }
    }
}
