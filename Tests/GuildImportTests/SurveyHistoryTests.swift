import Foundation
import GuildCore
@testable import GuildImport
import XCTest

/// A survey dated before existing ratings joins the history: the preview says the current rating stays, and
/// importing it again adds nothing.
final class SurveyHistoryTests: XCTestCase {
    typealias F = SurveyFixtures
    static let later = F.t0.addingTimeInterval(86_400 * 60)
    static let midway = F.t0.addingTimeInterval(86_400 * 30)

    /// Zoë: Kubernetes 2 (wants to learn) at t0, 3 at `later`.
    private func data() -> GuildData {
        var data = F.data()
        F.rate(&data, F.zoe, F.kubernetes, .proficient, at: Self.later)
        return data
    }

    private func apply(_ plan: SurveyPlan, to data: GuildData) -> GuildData {
        var data = data
        for write in plan.writes(from: data) { data.upsert(write.sheet) }
        return data
    }

    func testBackdatedImportSaysWhatChangesAndIsIdempotent() throws {
        let data = data()
        let csv = "Email,Kubernetes\nzoe@example.com,4\n"
        let plan = try F.plan(text: csv, data: data, at: Self.midway)
        XCTAssertEqual(F.lines(plan, data: data), [
            "Zoë Ångström · Kubernetes: 2 → 4 on 2026-06-27, history only: the current 3 from 2026-07-27 stays",
        ])
        XCTAssertEqual(plan.historyOnly, 1)
        let written = apply(plan, to: data)
        let sheet = try XCTUnwrap(written.ratingSheets[F.zoe])
        XCTAssertEqual(sheet.history(of: F.kubernetes).map(\.level), [.working, .expert, .proficient])
        XCTAssertEqual(sheet.current[F.kubernetes]?.level, .proficient, "the later rating stays current")
        let again = try F.plan(text: csv, data: written, at: Self.midway)
        XCTAssertTrue(again.isEmpty, "\(F.lines(again, data: written))")
        XCTAssertEqual(again.unchanged, 1)
        XCTAssertEqual(apply(again, to: written).ratingSheets[F.zoe]?.ratings.count, sheet.ratings.count, "re-running appends nothing")
    }

    func testBackdatedAnswerEqualToWhatHeldThenChangesNothing() throws {
        let data = data()
        // At the midway date Zoë was 2 and wanted to learn: the same answer is no change, whatever holds now.
        let plan = try F.plan(text: "Email,Kubernetes\nzoe@example.com,2+\n", data: data, at: Self.midway)
        XCTAssertTrue(plan.isEmpty)
        XCTAssertEqual(plan.unchanged, 1)
        // An answer equal to the current rating but not to what held then is history, and is recorded.
        let same = try F.plan(text: "Email,Kubernetes\nzoe@example.com,3\n", data: data, at: Self.midway)
        XCTAssertEqual(F.lines(same, data: data).first?.hasPrefix("Zoë Ångström · Kubernetes: 2 → 3 on "), true,
                       "\(F.lines(same, data: data))")
        XCTAssertEqual(apply(same, to: data).ratingSheets[F.zoe]?.history(of: F.kubernetes).count, 3)
    }

    func testRatingSheetComparesABackdatedRatingWithWhatHeldThen() {
        var sheet = RatingSheet(personID: F.zoe, updatedAt: F.t0)
        sheet.record(SkillRating(skillID: F.go, level: .working, ratedAt: F.t0))
        sheet.record(SkillRating(skillID: F.go, level: .expert, ratedAt: Self.later))
        XCTAssertEqual(sheet.rating(of: F.go, asOf: Self.midway)?.level, .working)
        XCTAssertNil(sheet.rating(of: F.go, asOf: F.t0.addingTimeInterval(-1)))
        sheet.record(SkillRating(skillID: F.go, level: .expert, ratedAt: Self.midway))
        XCTAssertEqual(sheet.history(of: F.go).map(\.ratedAt), [F.t0, Self.midway, Self.later], "expert from midway on is history")
        sheet.record(SkillRating(skillID: F.go, level: .expert, ratedAt: Self.midway))
        XCTAssertEqual(sheet.ratings.count, 3, "the same backdated rating twice is recorded once")
    }
}
