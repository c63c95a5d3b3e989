import Foundation
import GuildCore
@testable import GuildImport
import XCTest

/// Survey import of messy files: BOM, CRLF, quoted commas, extra columns, unknown people and skills, bad levels.
final class SurveyImportTests: XCTestCase {
    static let t0 = Date(timeIntervalSince1970: 1_780_000_000)
    static let later = t0.addingTimeInterval(86_400 * 30)
    static let zoe = UUID(uuidString: "00000000-0000-4000-8000-000000000001")!
    static let bo = UUID(uuidString: "00000000-0000-4000-8000-000000000002")!
    static let k8s = UUID(uuidString: "00000000-0000-4000-8000-000000000101")!
    static let go = UUID(uuidString: "00000000-0000-4000-8000-000000000102")!
    static let helm = UUID(uuidString: "00000000-0000-4000-8000-000000000103")!

    static func data() -> GuildData {
        var data = GuildData()
        data.upsert(Person(id: zoe, name: "Zoë Ångström", handle: "zoe", team: "Platform", email: "zoe@example.com", updatedAt: t0))
        data.upsert(Person(id: bo, name: "Bo Chen", handle: "bo", team: "Payments", updatedAt: t0))
        data.upsert(Skill(id: k8s, name: "Kubernetes", category: "Infrastructure", updatedAt: t0))
        data.upsert(Skill(id: go, name: "Go", category: "Languages", updatedAt: t0))
        data.upsert(Skill(id: helm, name: "Helm, Kustomize", category: "Infrastructure", updatedAt: t0))
        var sheet = RatingSheet(personID: zoe, updatedAt: t0)
        sheet.record(SkillRating(skillID: k8s, level: .working, wantsToLearn: true, ratedAt: t0))
        sheet.record(SkillRating(skillID: go, level: .proficient, ratedAt: t0))
        data.upsert(sheet)
        return data
    }

    func testMessyFileIsPlannedRowByRow() throws {
        let csv = "\u{FEFF}Timestamp,Email Address,Full Name,Kubernetes,Go,\"Helm, Kustomize\",Cobol [x],Comments\r\n"
            + "2026/11/20 10:00,ZOE@example.com,,3 - Proficient,3,\"2+\",,\"Loves k8s, and Go\"\r\n"
            + "2026/11/20 10:05,,\"Chen, Bo\",expert,maybe,,,,extra\r\n"
            + "2026/11/20 10:07,nobody@example.com,Nobody,1,1,1,,\r\n"
            + "\r\n"
            + "2026/11/20 11:00,,Bo Chen,4*,,,,\r\n"
        let plan = try SurveyImport.plan(Data(csv.utf8), data: Self.data(), ratedAt: Self.later)
        let data = Self.data()
        XCTAssertEqual(plan.respondents, 2)
        XCTAssertEqual(plan.ignoredColumns, ["Timestamp", "Comments"])
        XCTAssertEqual(plan.problems.map(\.description), [
            "column “Cobol [x]” names no known skill; add it with `guild add skill` or rename the column",
            "row 3: 1 more field than the header; ignored",
            "row 3: Go: “maybe” is not a level (0–4 or a name such as “proficient”); skipped",
            "row 4: nobody in the store is “Nobody” / “nobody@example.com”; skipped (add them with `guild add person`)",
            "row 6: Bo Chen also answered in row 3; this later answer is used",
        ])
        XCTAssertEqual(plan.changes.map { $0.text(in: data) }, [
            "Zoë Ångström · Helm, Kustomize: – → 2 (+ wants to learn)",
            "Zoë Ångström · Kubernetes: 2 → 3", // the survey did not ask about interest: kept
            "Bo Chen · Kubernetes: – → 4 (+ happy to teach)",
        ])
        XCTAssertEqual(plan.unchanged, 1, "Zoë's Go is already 3")
        let sheets = plan.sheets(from: data)
        let zoe = try XCTUnwrap(sheets.first { $0.personID == Self.zoe })
        XCTAssertEqual(zoe.history(of: Self.k8s).map(\.level), [.working, .proficient], "a dated snapshot is appended, history kept")
        XCTAssertEqual(zoe.history(of: Self.k8s).last?.ratedAt, Self.later)
    }

    func testInterestListsAndMissingIdentityColumn() throws {
        let csv = "Name,Kubernetes,Skills I want to learn,Skills I can teach\nBo Chen,1,\"Kubernetes; Go\",Rust\n"
        let plan = try SurveyImport.plan(Data(csv.utf8), data: Self.data(), ratedAt: Self.later)
        XCTAssertEqual(plan.changes.map(\.skillID), [Self.k8s, Self.go])
        XCTAssertEqual(plan.changes.map(\.after.wantsToLearn), [true, true])
        XCTAssertEqual(plan.changes.last?.after.level, SkillLevel.none)
        XCTAssertEqual(plan.problems.map(\.description), ["row 2: “Rust” in “Skills I can teach” is not a known skill; skipped"])

        let nobody = try SurveyImport.plan(Data("Kubernetes,Go\n3,3\n".utf8), data: Self.data(), ratedAt: Self.later)
        XCTAssertTrue(nobody.isEmpty)
        XCTAssertEqual(nobody.problems.first?.description, "no name, e-mail or handle column: nobody can be matched")
    }

    func testExportedMatrixReadsBackUnchanged() throws {
        let data = Self.data()
        let text = try MatrixCSV.text(SkillsMatrix(data: data))
        XCTAssertEqual(text, "Name,Handle,E-mail,Team,\"Helm, Kustomize\",Kubernetes,Go\n"
            + "Bo Chen,bo,,Payments,,,\nZoë Ångström,zoe,zoe@example.com,Platform,,2+,3\n")
        let plan = try SurveyImport.plan(Data(text.utf8), data: data, ratedAt: Self.later)
        XCTAssertTrue(plan.isEmpty)
        XCTAssertEqual(plan.unchanged, 2)
        XCTAssertEqual(plan.problems, [])
    }

    func testLevelCellsWithMarkers() {
        XCTAssertEqual(SurveyImport.parseLevel("4*")?.level, .expert)
        XCTAssertEqual(SurveyImport.parseLevel("2 +")?.wants, true)
        XCTAssertEqual(SurveyImport.parseLevel("Working knowledge")?.level, .working)
        XCTAssertNil(SurveyImport.parseLevel("5"))
        XCTAssertNil(SurveyImport.parseLevel("maybe"))
    }
}
