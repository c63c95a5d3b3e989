import Foundation
import GuildCore
@testable import GuildStore
import XCTest

/// `save(_:base:)` and `delete(base:)`: every write is a change against the version its writer started from, applied
/// field by field to the file as it is now. Each test checks the file on disk afterwards.
final class BaseSaveTests: XCTestCase {
    /// A store holding people 1–3, and a second handle on it (another dashboard, another command).
    func makePair() throws -> (ScratchFolder, GuildStore, GuildStore) {
        let folder = ScratchFolder(self)
        let first = try GuildStore.create(at: folder.url, name: "Team")
        for n in 1...3 { try first.save(Fixtures.person(n), base: nil) }
        let second = try GuildStore.open(at: folder.url)
        _ = first.loadAll()
        _ = second.loadAll()
        return (folder, first, second)
    }

    /// The person in the file now, read straight from disk.
    func onDisk(_ folder: ScratchFolder, _ n: Int) throws -> Person {
        try RecordCodec().decode(Person.self, from: folder.bytes(Fixtures.path(Fixtures.person(n))), path: "").get()
    }

    func testTwoWritersChangingDifferentFieldsFromOneBaseBothSurvive() throws {
        let (folder, first, second) = try makePair()
        let base = Fixtures.person(1)
        var team = base
        team.team = "Platform"
        team.updatedAt = Fixtures.now.addingTimeInterval(10)
        var role = base
        role.role = "SRE"
        role.updatedAt = Fixtures.now.addingTimeInterval(20)
        XCTAssertEqual(try first.save(team, base: base), .written)
        // The second writer's whole record still holds the old team: only its change (role) is applied.
        XCTAssertEqual(try second.save(role, base: base), .merged)
        let file = try onDisk(folder, 1)
        XCTAssertEqual(file.team, "Platform")
        XCTAssertEqual(file.role, "SRE")
        XCTAssertEqual(file.name, base.name)
        XCTAssertEqual(file.updatedAt, role.updatedAt, "the later time")
        XCTAssertEqual(try GuildStore.open(at: folder.url).loadAll().data.people[base.id], file)
        XCTAssertEqual(folder.temporaryFiles(), [])
    }

    func testTheSameFieldChangedByBothIsAConflictCarryingBothValuesAndNothingIsWritten() throws {
        let (folder, first, second) = try makePair()
        let base = Fixtures.person(1)
        var theirs = base
        theirs.name = "Ada (first)"
        theirs.team = "Platform"
        var mine = base
        mine.name = "Ada (second)"
        mine.role = "SRE"
        try first.save(theirs, base: base)
        let bytes = folder.bytes(Fixtures.path(base))
        XCTAssertThrowsError(try second.save(mine, base: base)) { error in
            guard case StoreError.conflict(let conflict) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(conflict.path, Fixtures.path(base))
            XCTAssertEqual(conflict.fields, [FieldConflict(name: "name", mine: .string("Ada (second)"), theirs: .string("Ada (first)"))])
            XCTAssertEqual(conflict.base as? Person, base)
            XCTAssertEqual(conflict.mine as? Person, mine)
            XCTAssertEqual(conflict.theirs as? Person, theirs)
            // Both ways on keep every other change: their team, my role.
            let keepingMine = conflict.keepingMine as? Person
            XCTAssertEqual([keepingMine?.name, keepingMine?.team, keepingMine?.role], ["Ada (second)", "Platform", "SRE"])
            let keepingTheirs = conflict.keepingTheirs as? Person
            XCTAssertEqual([keepingTheirs?.name, keepingTheirs?.team, keepingTheirs?.role], ["Ada (first)", "Platform", "SRE"])
            XCTAssertEqual("\(error)", "\(Fixtures.path(base)) was changed elsewhere since it was loaded, in the same fields (name); not saved")
        }
        XCTAssertEqual(folder.bytes(Fixtures.path(base)), bytes, "nothing written")
    }

    func testKeepingMineSavesAgainstTheNewBaseAndKeepsTheirOtherFields() throws {
        let (folder, first, second) = try makePair()
        let base = Fixtures.person(1)
        var theirs = base
        theirs.name = "Theirs"
        theirs.team = "Platform"
        var mine = base
        mine.name = "Mine"
        try first.save(theirs, base: base)
        var conflict: StoreConflict?
        XCTAssertThrowsError(try second.save(mine, base: base)) { error in
            if case StoreError.conflict(let found) = error { conflict = found }
        }
        let found = try XCTUnwrap(conflict)
        let keep = try XCTUnwrap(found.keepingMine as? Person)
        XCTAssertEqual(try second.save(keep, base: found.theirs as? Person), .written)
        let file = try onDisk(folder, 1)
        XCTAssertEqual([file.name, file.team], ["Mine", "Platform"])
    }

    func testCreatingWritesANewFileAndRefusesToReplaceAnotherOne() throws {
        let (folder, first, _) = try makePair()
        XCTAssertEqual(try first.save(Fixtures.person(7), base: nil), .written)
        XCTAssertEqual(try onDisk(folder, 7), Fixtures.person(7))
        // The same values again (a retried create): nothing to write.
        var same = Fixtures.person(7)
        same.updatedAt = Fixtures.now.addingTimeInterval(60)
        XCTAssertEqual(try first.save(same, base: nil), .unchanged)
        XCTAssertEqual(try onDisk(folder, 7), Fixtures.person(7))
        // Other values over an existing file: a conflict, never an overwrite, even for a store that never loaded it.
        let blind = try GuildStore.open(at: folder.url)
        XCTAssertThrowsError(try blind.save(Fixtures.person(7, name: "Blind write"), base: nil)) { error in
            guard case StoreError.conflict(let conflict) = error else { return XCTFail("\(error)") }
            XCTAssertNil(conflict.base)
            XCTAssertEqual(conflict.fields.map(\.name), ["name"])
            XCTAssertEqual(conflict.fields.first?.theirs, .string("Person 7"))
            XCTAssertEqual("\(error)", "\(Fixtures.path(Fixtures.person(7))) already exists with other values (name); not saved")
        }
        XCTAssertEqual(try onDisk(folder, 7), Fixtures.person(7))
    }

    func testUnchangedHereButChangedThereKeepsTheirs() throws {
        let (folder, first, second) = try makePair()
        let changed = Fixtures.person(2, name: "Changed elsewhere")
        try first.save(changed, base: Fixtures.person(2))
        XCTAssertEqual(try second.save(Fixtures.person(2), base: Fixtures.person(2)), .keptTheirs)
        XCTAssertEqual(try onDisk(folder, 2), changed)
        // Saving what is already on disk is no change at all.
        XCTAssertEqual(try second.save(changed, base: Fixtures.person(2)), .unchanged)
        XCTAssertEqual(try onDisk(folder, 2), changed)
    }

    func testAnEditOfARecordDeletedElsewhereIsAConflictAndAnUnchangedOneLetsTheDeleteStand() throws {
        let (folder, first, second) = try makePair()
        let base = Fixtures.person(3)
        try first.delete(base: base)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path(Fixtures.path(base))))
        XCTAssertThrowsError(try second.save(Fixtures.person(3, name: "Edited"), base: base)) { error in
            guard case StoreError.conflict(let conflict) = error else { return XCTFail("\(error)") }
            XCTAssertNil(conflict.theirs)
            XCTAssertEqual(conflict.fields, [FieldConflict(name: "name", mine: .string("Edited"), theirs: nil)])
            XCTAssertEqual((conflict.keepingMine as? Person)?.name, "Edited")
            XCTAssertEqual("\(error)", "\(Fixtures.path(base)) was deleted elsewhere since it was loaded; not saved")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path(Fixtures.path(base))))
        XCTAssertEqual(try second.save(base, base: base), .keptTheirs)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path(Fixtures.path(base))))
        // Bringing it back is a new record: no base.
        XCTAssertEqual(try second.save(Fixtures.person(3, name: "Edited"), base: nil), .written)
        XCTAssertEqual(try onDisk(folder, 3).name, "Edited")
    }

    func testDeleteGoesAheadOnlyWhileTheFileStillHoldsTheBase() throws {
        let (folder, first, second) = try makePair()
        try first.save(Fixtures.person(2, name: "Edited"), base: Fixtures.person(2))
        XCTAssertThrowsError(try second.delete(base: Fixtures.person(2))) { error in
            guard case StoreError.conflict(let conflict) = error else { return XCTFail("\(error)") }
            XCTAssertNil(conflict.mine)
            XCTAssertEqual((conflict.theirs as? Person)?.name, "Edited")
            XCTAssertEqual(conflict.fields, [FieldConflict(name: "name", mine: .string("Person 2"), theirs: .string("Edited"))])
            XCTAssertEqual("\(error)", "\(Fixtures.path(Fixtures.person(2))) was changed elsewhere since it was loaded (name); not deleted")
        }
        XCTAssertEqual(try onDisk(folder, 2).name, "Edited")
        // Against the version now on disk it goes ahead; a file already gone is fine.
        try second.delete(base: Fixtures.person(2, name: "Edited"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path(Fixtures.path(Fixtures.person(2)))))
        try first.delete(base: Fixtures.person(2, name: "Edited"))
        XCTAssertEqual(try GuildStore.open(at: folder.url).loadAll().data.people.count, 2)
        XCTAssertEqual(folder.temporaryFiles(), [])
    }

    func testListsMergeElementByElement() throws {
        let (folder, first, second) = try makePair()
        let base = Topic(id: Fixtures.id(70), title: "eBPF", votes: [Fixtures.id(1)], createdAt: Fixtures.now)
        try first.save(base, base: nil)
        var mine = base
        mine.votes.append(Fixtures.id(2))
        var theirs = base
        theirs.votes = [Fixtures.id(3)]
        try second.save(theirs, base: base)
        XCTAssertEqual(try first.save(mine, base: base), .merged)
        let file = try RecordCodec().decode(Topic.self, from: folder.bytes(Fixtures.path(base)), path: "").get()
        XCTAssertEqual(Set(file.votes), [Fixtures.id(2), Fixtures.id(3)], "my added vote and their swap of vote 1 for 3")
    }

    func testABaseOfAnotherRecordIsRefused() throws {
        let (folder, first, _) = try makePair()
        let bytes = folder.bytes(Fixtures.path(Fixtures.person(1)))
        XCTAssertThrowsError(try first.save(Fixtures.person(1, name: "x"), base: Fixtures.person(2))) { error in
            guard case StoreError.invalid = error else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(folder.bytes(Fixtures.path(Fixtures.person(1))), bytes)
    }

    func testAFileWithGitConflictMarkersIsNeitherSavedOverNorDeleted() throws {
        let (folder, first, _) = try makePair()
        let path = Fixtures.path(Fixtures.person(1))
        let ours = try XCTUnwrap(JSONValue.parse(try RecordCodec().encode(Fixtures.person(1)))?.objectValue)
        let theirs = try XCTUnwrap(JSONValue.parse(try RecordCodec().encode(Fixtures.person(1, name: "Other")))?.objectValue)
        let bytes = MergeConflictFile.render(ours: ours, theirs: theirs, conflicts: ["name"])
        try folder.write(path, bytes)
        XCTAssertThrowsError(try first.save(Fixtures.person(1, name: "Mine"), base: Fixtures.person(1))) { error in
            guard case StoreError.unreadable(let problem) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(problem.kind, .mergeConflict)
        }
        XCTAssertThrowsError(try first.delete(base: Fixtures.person(1)))
        XCTAssertEqual(folder.bytes(path), bytes)
    }
}
