import Foundation
import GuildCore
@testable import GuildImport
import XCTest

/// Each producer's export, as it writes it (Fixtures/), read end to end against the sample team.
final class SurveyProducerTests: XCTestCase {
    typealias F = SurveyFixtures

    func testGoogleFormsSheetsDownload() throws {
        let plan = try F.plan("google-forms-sheets.csv")
        XCTAssertEqual(plan.producer, .googleForms)
        XCTAssertEqual(plan.scale, .guild, "“0 - None” … “4 - Expert”")
        XCTAssertEqual(F.lines(plan), [
            "Zoë Ångström · Kafka: – → 0 (+ wants to learn)",
            "Zoë Ångström · Kubernetes: 2 → 4 (no longer wants to learn, + happy to teach)",
            "Zoë Ångström · PostgreSQL: – → 1 (+ wants to learn)",
            "Sam Rivera · Go: 1 → 3",
            "Sam Rivera · Kubernetes: – → 2",
            "Noah Schmidt · Go: 4 → 2",
            "Noah Schmidt · Kubernetes: – → 1 (+ wants to learn)",
            "Noah Schmidt · PostgreSQL: – → 0",
            "Noah Schmidt · Terraform: – → 0 (+ wants to learn)",
        ])
        XCTAssertEqual(plan.unchanged, 1, "Zoë's Go is already 3")
        XCTAssertEqual(plan.problems.map(\.description), [
            "column “Rate your skills [Rust]” names no known skill; add it with `guild add skill \"Rust\"` or pass --map \"Rate your skills [Rust]=Skill\"",
            "row 4 (line 5): “Haskell” in “Which skills would you like to learn?” is not a known skill; skipped",
            "row 5 (line 6): nobody in Guild is “Sam R.” / “sam@gmail.com”; skipped (add them with `guild add person`, or store the e-mail they answered with)",
        ])
        XCTAssertEqual(plan.ignoredColumns, ["Timestamp", "Rate your skills [Rust] (names no known skill)", "Team name",
                                             "What did you learn this quarter? (its answers are not skills)", "Anything else?"])
    }

    func testGoogleFormsResponsesDownloadWithALinearScale() throws {
        let plan = try F.plan("google-forms-download.csv")
        XCTAssertEqual(plan.scale, .oneToFive)
        XCTAssertEqual(F.lines(plan), [
            "Priya Raman · Go: – → 3",
            "Priya Raman · Kafka: – → 1 (+ wants to learn)",
            "Priya Raman · Kubernetes: – → 4",
            "Chloé Dubois · Go: – → 2",
            "Chloé Dubois · Kafka: – → 0 (+ wants to learn)",
            "Chloé Dubois · Kubernetes: 1 → 0",
            "José Álvarez · Kafka: – → 2",
            "José Álvarez · Kubernetes: – → 1",
        ])
        XCTAssertEqual(plan.problems.map(\.description), ["row 4: Go: “2.5” is not a whole level; skipped"])
        XCTAssertTrue(plan.ignoredColumns.contains("Would you be willing to teach a session? (a yes/no question, not a list of skills)"))
    }

    func testMicrosoftFormsExcelSavedAsCSV() throws {
        let plan = try F.plan("microsoft-forms.csv")
        XCTAssertEqual(plan.producer, .microsoftForms)
        XCTAssertEqual(plan.scale, .oneToFive, "ratings out of 5")
        XCTAssertEqual(F.lines(plan), [
            "Ingrid Løvstad · Go: – → 4 (+ happy to teach)",
            "Ingrid Løvstad · Kafka: – → 0 (+ wants to learn)",
            "Ingrid Løvstad · Kubernetes: – → 3",
            "Ingrid Løvstad · PostgreSQL: – → 0 (+ wants to learn)",
            "Ingrid Løvstad · Terraform: – → 2",
            "Amara Okafor · Go: – → 1",
            "Amara Okafor · Kubernetes: – → 2 (+ happy to teach)",
            "Amara Okafor · Terraform: – → 3 (+ happy to teach)",
        ])
        XCTAssertEqual(plan.problems.map(\.description), ["row 3 (line 4): no name, e-mail or handle; skipped"], "the anonymous response")
    }

    func testTypeform() throws {
        let plan = try F.plan("typeform.csv", SurveyOptions(choices: [.learn]))
        XCTAssertEqual(plan.producer, .typeform)
        XCTAssertEqual(F.lines(plan), [
            "Zoë Ångström · Kafka: – → 0 (+ wants to learn)",
            "Zoë Ångström · Kubernetes: 2 → 4 (no longer wants to learn)",
            "Zoë Ångström · PostgreSQL: – → 1 (+ wants to learn)",
            "Priya Raman · Go: – → 4",
            "Priya Raman · Kubernetes: – → 2 (+ wants to learn)",
            "Priya Raman · PostgreSQL: – → 0",
            "Sam Rivera · Kubernetes: – → 1",
        ])
        XCTAssertEqual(plan.problems, [])
        let contact = try F.plan("typeform-contact-info.csv")
        XCTAssertEqual(F.lines(contact), ["Noah Schmidt · Python: – → 1", "Noah Schmidt · Terraform: – → 3",
                                          "田中 由紀 · Python: – → 2", "田中 由紀 · Terraform: – → 4"])
        XCTAssertTrue(contact.ignoredColumns.contains("Team name"))
        XCTAssertTrue(contact.scaleReason.contains("assumed"), contact.scaleReason)
    }

    func testExcelInGermanAndFrenchLocales() throws {
        let german = try F.plan("excel-de.csv")
        XCTAssertEqual(german.delimiter, .semicolon)
        XCTAssertEqual(F.lines(german), [
            "Zoë Ångström · Kafka: – → 1 (+ wants to learn)",
            "Zoë Ångström · Kubernetes: 2 → 4 (no longer wants to learn, + happy to teach)",
            "Noah Schmidt · Kafka: – → 3",
            "Noah Schmidt · Kubernetes: – → 2",
            "Mateus Gonçalves · Go: – → 2 (+ wants to learn)",
            "Mateus Gonçalves · Kafka: – → 0 (+ wants to learn)",
            "Mateus Gonçalves · Kubernetes: – → 3",
        ])
        XCTAssertEqual(german.problems.map(\.description), [
            "row 2: PostgreSQL: “2,5” is not a whole level; skipped",
            "row 3: Go: “4 is wrong” has text after the level; skipped",
        ])
        let french = try F.plan("excel-fr.csv")
        XCTAssertEqual(french.encoding, "Windows-1252")
        XCTAssertEqual(F.lines(french), [
            "Chloé Dubois · Go: – → 2",
            "Chloé Dubois · Kubernetes: 1 → 3 (no longer wants to learn)",
            "Chloé Dubois · Python: – → 1 (+ wants to learn)",
            "José Álvarez · Go: – → 0",
            "José Álvarez · Kubernetes: – → 4 (+ wants to learn)",
        ])
        let unicode = try F.plan("excel-unicode-text.txt")
        XCTAssertEqual(F.lines(unicode), [
            "Olusegun Adeyemi · Kafka: – → 3", "Olusegun Adeyemi · Observability: – → 2", "Olusegun Adeyemi · Security: – → 4",
            "Fatima Zahra El-Idrissi · Kafka: – → 4 (+ happy to teach)", "Fatima Zahra El-Idrissi · Observability: – → 3 (+ wants to learn)",
            "Fatima Zahra El-Idrissi · Security: – → 1",
        ])
    }

    func testExportedMatrixReadsBackUnchanged() throws {
        let data = F.data()
        let text = try MatrixCSV.text(SkillsMatrix(data: data))
        let plan = try SurveyImport.plan(Data(text.utf8), data: data, ratedAt: F.surveyDate)
        XCTAssertEqual(plan.producer, .guildMatrix)
        XCTAssertTrue(plan.isEmpty, "\(F.lines(plan))")
        XCTAssertEqual(plan.unchanged, 5)
        XCTAssertEqual(plan.problems, [])
        XCTAssertNil(plan.nothingRead)
    }

    func testNothingReadableIsSaid() throws {
        XCTAssertEqual(try F.plan(text: "Timestamp,Kubernetes,Go\n2026,3,3\n").nothingRead?.hasPrefix("no name, e-mail or handle column"), true)
        XCTAssertEqual(try F.plan(text: "Name,Favourite food\nZoë Ångström,Pizza\n").nothingRead?.hasPrefix("no column names a known skill"), true)
        XCTAssertEqual(try F.plan(text: "Name,Kubernetes\n").nothingRead, "the file has a header but no answers")
        XCTAssertEqual(try F.plan(text: "Name,Kubernetes\nNobody,3\n").nothingRead, "no row matched a person in Guild")
        XCTAssertEqual(try F.plan(text: "Name,Kubernetes\nZoë Ångström,lots\n").nothingRead, "no answer could be read from the 1 matched row")
        XCTAssertNil(try F.plan(text: "Name,Kubernetes\nZoë Ångström,2\n").nothingRead, "read, and unchanged, is not nothing")
    }
}
