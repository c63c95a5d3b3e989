import Foundation
import GuildCore
@testable import GuildImport
import XCTest

/// Which columns hold what: names, skills with and without brackets, lists of skills, per-choice columns, --map.
final class SurveyColumnsTests: XCTestCase {
    typealias F = SurveyFixtures

    private func layout(_ text: String, _ options: SurveyOptions = SurveyOptions()) throws -> SurveyLayout {
        try SurveyLayout.build(SurveyTable.read(Data(text.utf8)), lookup: SkillLookup(F.data()), options: options)
    }

    func testNameColumnsAndTeamNameIsNotAName() throws {
        let columns = try layout("Team name,What’s your *name*?,E-mail,Kubernetes\nPlatform,Zoë Ångström,zoe@example.com,3\n").columns
        XCTAssertEqual(columns[0], .ignored(""))
        XCTAssertEqual(columns[1], .name, "Typeform's curly apostrophe and emphasis")
        XCTAssertEqual(columns[2], .email)
        XCTAssertEqual(columns[3], .level(F.kubernetes))
        let plan = try F.plan(text: "Team name,Kubernetes\nZoë Ångström,3\n")
        XCTAssertEqual(plan.nothingRead?.hasPrefix("no name, e-mail or handle column"), true)
        // First and last name combine; with a first-name column a plain "Nom" is the family name.
        XCTAssertEqual(try layout("First name,Last name,Go\nNoah,Schmidt,3\n").columns.prefix(2), [.firstName, .lastName])
        XCTAssertEqual(try layout("Nom;Prénom;Go\nDubois;Chloé;3\n").columns.prefix(2), [.lastName, .firstName])
        XCTAssertEqual(F.lines(try F.plan(text: "First name,Last name,Go\nNoah,Schmidt,3\n")), ["Noah Schmidt · Go: 4 → 3"])
    }

    func testSkillQuestionsWithAndWithoutBrackets() throws {
        let columns = try layout("Name,Rate your skills [Kubernetes],How would you rate your skill in Go?,Rate your skills.PostgreSQL,"
            + "Skill level (1-5) [Kafka],Rate your skills [Cobol],How would you rate your skill in Terraform?\n"
            + "Zoë Ångström,3,2,1,4,2,3\n").columns
        XCTAssertEqual(Array(columns[1...4]), [.level(F.kubernetes), .level(F.go), .level(F.postgres), .level(F.kafka)])
        let plan = try F.plan(text: "Name,Rate your skills [Cobol],How would you rate your skill in Rust?,Go\nZoë Ångström,3,2,4\n")
        XCTAssertEqual(plan.problems.map(\.description), [
            "column “Rate your skills [Cobol]” names no known skill; add it with `guild add skill \"Cobol\"` or pass --map \"Rate your skills [Cobol]=Skill\"",
            "column “How would you rate your skill in Rust?” names no known skill; add it with `guild add skill \"Rust\"` or pass --map \"How would you rate your skill in Rust?=Skill\"",
        ])
    }

    func testInterestListsOnlyWhenTheAnswersAreSkills() throws {
        let text = "Email,Kubernetes,Go,What did you learn this quarter?,Are you willing to teach?,Which skills do you want to learn?,Skills I can teach\n"
            + "zoe@example.com,3,3,\"We learned a lot about Kafka, Go and PostgreSQL\",Yes,\"Kafka, Helm, Kustomize\",\n"
        let columns = try layout(text).columns
        XCTAssertEqual(columns[3], .ignored("its answers are not skills"))
        XCTAssertEqual(columns[4], .ignored("a yes/no question, not a list of skills"))
        XCTAssertEqual(columns[5], .list(.learn))
        let plan = try F.plan(text: text)
        // Zoë wanted to learn Kubernetes: the learn list (answered) does not name it, so that ends; "Helm, Kustomize"
        // is one skill even though Google joins answers with ", "; the blank teach list changes nothing.
        XCTAssertEqual(F.lines(plan), [
            "Zoë Ångström · Helm, Kustomize: – → 0 (+ wants to learn)",
            "Zoë Ångström · Kafka: – → 0 (+ wants to learn)",
            "Zoë Ångström · Kubernetes: 2 → 3 (no longer wants to learn)",
        ])
        XCTAssertEqual(plan.problems, [])
        // Microsoft Forms joins with ";" and ends with one.
        let forms = try F.plan(text: "Email,Which skills would you like to learn?\nsam@example.com,Kafka;Terraform;\nzoe@example.com,None of the above;\n")
        XCTAssertEqual(F.lines(forms), ["Sam Rivera · Kafka: – → 0 (+ wants to learn)", "Sam Rivera · Terraform: – → 0 (+ wants to learn)"])
        XCTAssertEqual(forms.problems, [], "“None of the above” is an answer, not an unknown skill")
    }

    func testBlankAnswersNeverClearFlags() throws {
        // Zoë wants to learn Kubernetes; Noah is happy to teach Go. Blank list, blank choices, blank level: nothing changes.
        let plan = try F.plan(text: "Email,Kubernetes,Go,Which skills do you want to learn?,Which could you teach?\n"
            + "zoe@example.com,2,,,\nnoah@example.com,,4,,\nsam@example.com,,,Kafka,\n")
        // Sam's answered list speaks for Go too (the survey asks about Go): he no longer wants to learn it.
        XCTAssertEqual(F.lines(plan), ["Sam Rivera · Go: 1 → 1 (no longer wants to learn)", "Sam Rivera · Kafka: – → 0 (+ wants to learn)"])
        XCTAssertEqual(plan.unchanged, 2)
        let typeform = try F.plan(text: "#,Email,Kubernetes,Go,Kafka\nx1,zoe@example.com,,,\nx2,noah@example.com,,Go,\n", SurveyOptions(choices: [.learn]))
        XCTAssertEqual(F.lines(typeform), ["Noah Schmidt · Go: 4 → 4 (+ wants to learn)"], "Zoë left every choice blank: her flags stay")
    }

    func testOneColumnPerChoiceMultiSelects() throws {
        let text = try String(contentsOf: F.folder.appendingPathComponent("typeform.csv"), encoding: .utf8)
        let unsaid = try F.plan(text: text)
        XCTAssertTrue(unsaid.problems.contains { $0.message.hasPrefix("columns “Kubernetes”, “Go”, “PostgreSQL”, “Kafka” are the choices of one multi-select") })
        XCTAssertFalse(unsaid.problems.contains { $0.message.contains("is not a level") }, "choices are not read as levels")
        XCTAssertFalse(F.lines(unsaid).contains { $0.contains("wants to learn") })
        let learn = try F.plan(text: text, SurveyOptions(choices: [.learn]))
        XCTAssertTrue(F.lines(learn).contains("Priya Raman · Kubernetes: – → 2 (+ wants to learn)"), "\(F.lines(learn))")
        let teach = try F.plan(text: text, SurveyOptions(choices: [.teach]))
        XCTAssertTrue(F.lines(teach).contains("Priya Raman · Kubernetes: – → 2 (+ happy to teach)"), "\(F.lines(teach))")
        XCTAssertThrowsError(try SurveyOptions.choices(["learn,maybe"]))
        XCTAssertEqual(try SurveyOptions.choices(["learn,teach", "ignore"]), [.learn, .teach, nil])
    }

    func testMapAndAliasesForUnknownHeaders() throws {
        let text = "Name,K8s,Postgres,Rate your skills [Golang],Kuberntes skill,Login\nZoë Ångström,4,1,3,2,zoe\n"
        let plain = try F.plan(text: text)
        XCTAssertEqual(plain.notes, ["“K8s” → Kubernetes", "“Postgres” → PostgreSQL", "“Golang” → Go"])
        XCTAssertTrue(plain.problems.contains { $0.message.contains("column “Kuberntes skill” names no known skill; did you mean “Kubernetes”?") },
                      "\(plain.problems)")
        let mapped = try F.plan(text: text, SurveyOptions(mappings: [
            try SurveyMapping(parsing: "Kuberntes skill=Kafka"), try SurveyMapping(parsing: "Login=handle"),
            try SurveyMapping(parsing: "Nowhere=Go"),
        ]))
        XCTAssertTrue(F.lines(mapped).contains("Zoë Ångström · Kafka: – → 2"), "\(F.lines(mapped))")
        XCTAssertEqual(mapped.problems.map(\.message), ["--map “Nowhere”: no column has that title"])
        XCTAssertThrowsError(try F.plan(text: text, SurveyOptions(mappings: [try SurveyMapping(parsing: "K8s=Kubernets")]))) { error in
            XCTAssertEqual("\(error)", "--map “K8s=Kubernets”: no skill is named “Kubernets” (did you mean “Kubernetes”?)")
        }
        XCTAssertEqual(try SurveyMapping(parsing: "Rate 1 = low, 5 = high=Go"), SurveyMapping(column: "Rate 1 = low, 5 = high", target: .skill("Go")))
        XCTAssertThrowsError(try SurveyMapping(parsing: "no equals sign"))
    }

    func testScaleIsDetectedOrGivenAndSaidWhenAssumed() throws {
        func scale(_ text: String, _ options: SurveyOptions = SurveyOptions()) throws -> (SurveyScale, String) {
            let plan = try F.plan(text: text, options)
            return (plan.scale, plan.scaleReason)
        }
        XCTAssertEqual(try scale("Name,Go,Kafka\nZoë Ångström,5,1\n").0, .oneToFive)
        XCTAssertEqual(try scale("Name,Go\nZoë Ångström,1 - None\n").0, .oneToFive, "labels place 1 at none")
        XCTAssertEqual(try scale("Name,Go\nZoë Ångström,1 - Learning\n").0, .guild)
        XCTAssertEqual(try scale("Name,\"Go skill (1 = never used, 5 = expert)\"\nZoë Ångström,4\n").0, .oneToFive)
        XCTAssertEqual(try scale("Name,Go\nZoë Ångström,4\n", SurveyOptions(scale: .oneToFive)).1, "--scale")
        let assumed = try scale("Name,Go\nZoë Ångström,4\n")
        XCTAssertEqual(assumed.0, .guild)
        XCTAssertTrue(assumed.1.contains("pass --scale 1-5"), assumed.1)
        // A 1–5 linear scale is mapped, not read as levels 1–4 with only 5 refused.
        let five = try F.plan(text: "Name,Go,Kafka\nZoë Ångström,5,4\nSam Rivera,1,3\n")
        XCTAssertEqual(F.lines(five), ["Zoë Ångström · Go: 3 → 4", "Zoë Ångström · Kafka: – → 3", "Sam Rivera · Go: 1 → 0", "Sam Rivera · Kafka: – → 2"])
        let both = try F.plan(text: "Name,Go,Kafka\nZoë Ångström,5,0\n")
        XCTAssertTrue(both.problems.contains { $0.message.contains("neither 0–4 nor 1–5") }, "\(both.problems)")
        XCTAssertTrue(both.problems.contains { $0.message == "Go: “5” is outside the 0–4 scale; skipped" }, "\(both.problems)")
    }

    func testRejectedLevelsAreReportedWithTheRow() throws {
        let plan = try F.plan(text: "Name;Go;Kafka;Which do you want to learn?\nZoë Ångström;2,5;4 is wrong;Go\nSam Rivera;3,0;maybe;\n")
        XCTAssertEqual(plan.problems.map(\.description), [
            "row 2: Go: “2,5” is not a whole level; skipped",
            "row 2: Kafka: “4 is wrong” has text after the level; skipped",
            "row 3: Kafka: “maybe” is not a level (0–4 or a name such as “proficient”); skipped",
        ])
        XCTAssertEqual(F.lines(plan), ["Sam Rivera · Go: 1 → 3"], "Zoë's Go is skipped whole (no level 0 invented from the list)")
    }
}

/// Yes/no grids and stated scales.
final class SurveyGridTests: XCTestCase {
    typealias F = SurveyFixtures

    func testYesNoGridSetsOneSkillsFlagAndStatedScaleIsRead() throws {
        let plan = try F.plan(text: "Email,Skill level (1-5) [Kafka],Willing to teach? [Kafka],Willing to teach? [Go]\n"
            + "zoe@example.com,4,Yes,No\nnoah@example.com,,,No\nsam@example.com,2,,\n")
        XCTAssertEqual(plan.scale, .oneToFive)
        XCTAssertEqual(plan.scaleReason, "stated in “Skill level (1-5) [Kafka]”")
        XCTAssertEqual(F.lines(plan), [
            "Zoë Ångström · Kafka: – → 3 (+ happy to teach)",
            "Noah Schmidt · Go: 4 → 4 (no longer happy to teach)",
            "Sam Rivera · Kafka: – → 1",
        ])
        XCTAssertEqual(plan.unchanged, 1, "Zoë's “No” for Go matches: she was not teaching it")
    }
}
