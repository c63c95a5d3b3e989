import Foundation
import GuildCore
@testable import GuildStore
import XCTest

/// Text longer than its limit in a file (a teammate's commit): reported by field, the record shown with it cut, the file
/// left byte for byte as it was, and saves over it refused, while every other record loads.
final class LongTextLoadTests: XCTestCase {
    func testAnOverLongFieldIsReportedShownCutAndLeftInTheFile() throws {
        let folder = ScratchFolder(self)
        let store = try GuildStore.create(at: folder.url, name: "Team")
        for n in 1...3 { try store.save(Fixtures.person(n), base: nil) }
        let relative = "people/\(Fixtures.id(2).uuidString.lowercased()).json"
        var object = try XCTUnwrap(JSONSerialization.jsonObject(with: XCTUnwrap(folder.bytes(relative))) as? [String: Any])
        let long = String(repeating: "x", count: 100_000)
        object["name"] = "Zoë " + long
        object["team"] = long
        let contents = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
        try folder.write(relative, contents)

        let reopened = try GuildStore.open(at: folder.url)
        let result = reopened.loadAll()
        XCTAssertEqual(result.problems.count, 1, "\(result.problems)")
        let problem = try XCTUnwrap(result.problems.first)
        XCTAssertEqual(problem.path, relative)
        XCTAssertEqual(problem.place, "field \"name\", field \"team\"")
        XCTAssertTrue(problem.reason.contains("name is 100,004 characters, longer than 100"), problem.reason)
        XCTAssertTrue(problem.reason.contains("team is 100,000 characters, longer than 100"), problem.reason)
        let shown = try XCTUnwrap(result.data.people[Fixtures.id(2)], "the record stays in every list")
        XCTAssertEqual(shown.name.count, TextLimit.name)
        XCTAssertTrue(shown.name.hasPrefix("Zoë xxx") && shown.name.hasSuffix("…"))
        XCTAssertEqual(shown.team.count, TextLimit.name)
        XCTAssertEqual(result.data.people.count, 3)
        XCTAssertEqual(folder.bytes(relative), contents, "loading changed the file")

        var edited = shown
        edited.role = "staff engineer"
        XCTAssertThrowsError(try reopened.save(edited, base: shown), "saving the cut text over the file would lose it") { error in
            guard case StoreError.unreadable(let refused) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(refused.description.contains("longer than 100"), refused.description)
        }
        XCTAssertEqual(folder.bytes(relative), contents, "saving changed the file")
    }

    func testSavesRefuseTextLongerThanItsLimit() throws {
        let folder = ScratchFolder(self)
        let store = try GuildStore.create(at: folder.url, name: "Team")
        var person = Fixtures.person(1)
        person.name = String(repeating: "y", count: TextLimit.name + 1)
        XCTAssertThrowsError(try store.save(person, base: nil)) { error in
            guard case StoreError.invalid(let invalid) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(invalid.description, "name: is 101 characters, longer than 100")
        }
        person.name = String(repeating: "y", count: TextLimit.name)
        XCTAssertEqual(try store.save(person, base: nil), .written, "exactly the limit is fine")
    }
}
