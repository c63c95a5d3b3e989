import Foundation
import GuildCore
@testable import GuildImport
import XCTest

/// The exported matrix opens in a spreadsheet as text: no cell a person wrote becomes a formula.
final class MatrixCSVTests: XCTestCase {
    func testCellsThatSpreadsheetsRunAreNeutralised() throws {
        let t0 = Date(timeIntervalSince1970: 1_790_000_000)
        var data = GuildData()
        let people = [("=HYPERLINK(\"http://evil\",\"x\")", "eq"), ("+1+2", "plus"), ("-2+3", "minus"), ("@SUM(A1)", "at"),
                      ("\tTab", "tab"), ("\rCR", "cr"), ("Zoë = fine", "zoe")]
        var ids: [UUID] = []
        for (name, handle) in people {
            let person = Person(name: name, handle: handle, team: "=cmd|' /C calc'!A0", updatedAt: t0)
            ids.append(person.id)
            data.upsert(person)
        }
        let skill = Skill(name: "-Kubernetes", category: "Infra", updatedAt: t0)
        data.upsert(skill)
        for id in ids {
            var sheet = RatingSheet(personID: id, updatedAt: t0)
            sheet.record(SkillRating(skillID: skill.id, level: .working, wantsToLearn: true, ratedAt: t0))
            data.upsert(sheet)
        }
        let text = try MatrixCSV.text(SkillsMatrix(data: data))
        let rows = try SurveyTable.read(Data(text.utf8)).rows
        XCTAssertTrue(text.hasPrefix("Name,Handle,E-mail,Team,'-Kubernetes\n"), text)
        for row in rows {
            for (index, cell) in row.fields.enumerated() where index != 4 {
                guard let first = cell.unicodeScalars.first else { continue }
                XCTAssertFalse(["=", "+", "-", "@", "\t", "\r"].contains(first), "row \(row.row) cell \(index): \(cell)")
            }
            XCTAssertEqual(row.fields[3], "'=cmd|' /C calc'!A0")
            XCTAssertEqual(row.fields[4], "2+", "levels stay as they are")
        }
        XCTAssertTrue(rows.contains { $0.fields[0] == "'=HYPERLINK(\"http://evil\",\"x\")" })
        XCTAssertTrue(rows.contains { $0.fields[0] == "Zoë = fine" })
    }

    /// The text is the CSV package writer's own, field by field, while each distinct value goes through the writer once.
    func testTextIsTheWritersWithEachDistinctValueEncodedOnce() throws {
        let t0 = Date(timeIntervalSince1970: 1_790_000_000)
        var data = GuildData()
        let names = ["Zoë \"Z\" Okafor", "Comma, Person", "Line\nBreak", "CR\r\nLF", "=SUM(A1)", "Plain", "Plain", "", "Małgorzata"]
        let skills = ["Kubernetes", "C, C++", "\"Quoted\"", "-Dash", "Go"].map { Skill(name: $0, category: "Infra", updatedAt: t0) }
        for skill in skills { data.upsert(skill) }
        for (index, name) in names.enumerated() {
            let person = Person(name: name, handle: "p\(index)", team: index % 2 == 0 ? "Team, A" : "B", updatedAt: t0)
            data.upsert(person)
            var sheet = RatingSheet(personID: person.id, updatedAt: t0)
            for (column, skill) in skills.enumerated() where (index + column) % 3 != 0 {
                sheet.record(SkillRating(skillID: skill.id, level: SkillLevel.allCases[(index + column) % SkillLevel.allCases.count],
                                         wantsToLearn: column % 2 == 0, happyToTeach: index % 2 == 0, ratedAt: t0))
            }
            data.upsert(sheet)
        }
        let matrix = SkillsMatrix(data: data)
        XCTAssertEqual(try MatrixCSV.text(matrix), try MatrixCSV.writerText(matrix))

        let encoder = try CSVFieldEncoder()
        let values = ["", "3", "2+", "", "3", "a,b", "\"q\"", "2+", "line\nbreak", "a,b", ""]
        let encoded = try values.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        XCTAssertEqual(encoded, ["", "3", "2+", "", "3", "\"a,b\"", "\"\"\"q\"\"\"", "2+", "\"line\nbreak\"", "\"a,b\"", ""])
        XCTAssertEqual(encoder.writerCalls, Set(values).count, "each distinct value once")
    }
}
