import Foundation
import GuildCore
@testable import GuildStore
import XCTest

/// The field-level merge: what merges silently, what becomes a conflict, and how a conflict is kept and resolved.
final class MergeFieldTests: XCTestCase {
    let codec = RecordCodec()

    func object<R: Record>(_ record: R) throws -> [String: JSONValue] {
        try XCTUnwrap(JSONValue.parse(try codec.encode(record))?.objectValue)
    }

    func testJSONValueReencodesRecordFilesByteForByte() throws {
        let session = Session(id: Fixtures.id(1), title: "Talk / Q&A", format: .techTalk, start: Fixtures.now,
                              attendees: [Fixtures.id(2)], agenda: [AgendaItem(id: Fixtures.id(3), title: "Intro", minutes: 5)],
                              recurrence: Recurrence(frequency: .weekly), updatedAt: Fixtures.now)
        for bytes in [try codec.encode(session), try codec.encode(Fixtures.person(4, name: "Zoë \u{1F600} \"q\""))] {
            XCTAssertEqual(try XCTUnwrap(JSONValue.parse(bytes)).encoded(), bytes)
        }
    }

    func testDifferentFieldsMergeSilentlyAndTheLaterTimeWins() throws {
        let base = Fixtures.person(1)
        var ours = base
        ours.team = "Platform"
        ours.updatedAt = Fixtures.now.addingTimeInterval(60)
        var theirs = base
        theirs.role = "SRE"
        theirs.updatedAt = Fixtures.now.addingTimeInterval(120)
        let outcome = FieldMerge.merge(base: try object(base), ours: try object(ours), theirs: try object(theirs))
        XCTAssertTrue(outcome.isClean)
        var expected = base
        expected.team = "Platform"
        expected.role = "SRE"
        expected.updatedAt = theirs.updatedAt
        XCTAssertEqual(JSONValue.object(outcome.ours).encoded(), try codec.encode(expected))
    }

    func testSameFieldChangedOnBothSidesIsAConflictKeepingBothValues() throws {
        let base = Fixtures.person(1)
        var ours = base
        ours.name = "Zoë"
        ours.team = "Platform"
        var theirs = base
        theirs.name = "Zoe"
        let outcome = FieldMerge.merge(base: try object(base), ours: try object(ours), theirs: try object(theirs))
        XCTAssertEqual(outcome.conflicts, ["name"])
        XCTAssertEqual(outcome.ours["name"], .string("Zoë"))
        XCTAssertEqual(outcome.theirs["name"], .string("Zoe"))
        XCTAssertEqual(outcome.theirs["team"], .string("Platform"), "the clean part of the merge is on both sides")
    }

    func testListsMergeAdditionsFromBothSides() throws {
        let skill = Fixtures.id(30)
        let base = RatingSheet(personID: Fixtures.id(1), ratings: [SkillRating(skillID: skill, level: .init(rawValue: 1)!, ratedAt: Fixtures.now)],
                               updatedAt: Fixtures.now)
        var ours = base
        ours.record(SkillRating(skillID: skill, level: .init(rawValue: 2)!, ratedAt: Fixtures.now.addingTimeInterval(10)))
        var theirs = base
        theirs.record(SkillRating(skillID: Fixtures.id(31), level: .init(rawValue: 3)!, ratedAt: Fixtures.now.addingTimeInterval(20)))
        let outcome = FieldMerge.merge(base: try object(base), ours: try object(ours), theirs: try object(theirs))
        XCTAssertTrue(outcome.isClean)
        let merged = try XCTUnwrap(try codec.decode(RatingSheet.self, from: JSONValue.object(outcome.ours).encoded(), path: "r").get())
        XCTAssertEqual(merged.ratings.count, 3)
        XCTAssertEqual(Set(merged.ratings), Set(ours.ratings).union(theirs.ratings))
    }

    func testIdentifiedListElementsMergeByIdAndConflictOnlyWhenTheSameElementChangedTwice() throws {
        let base = Session(id: Fixtures.id(1), title: "Meeting", format: .techTalk, start: Fixtures.now,
                           agenda: [AgendaItem(id: Fixtures.id(2), title: "A", minutes: 5), AgendaItem(id: Fixtures.id(3), title: "B", minutes: 5)],
                           updatedAt: Fixtures.now)
        var ours = base
        ours.agenda[0].minutes = 10
        ours.attendees = [Fixtures.id(8)]
        var theirs = base
        theirs.agenda[1].title = "B2"
        theirs.agenda.append(AgendaItem(id: Fixtures.id(4), title: "C", minutes: 1))
        theirs.attendees = [Fixtures.id(9)]
        let clean = FieldMerge.merge(base: try object(base), ours: try object(ours), theirs: try object(theirs))
        XCTAssertTrue(clean.isClean, "\(clean.conflicts)")
        let merged = try codec.decode(Session.self, from: JSONValue.object(clean.ours).encoded(), path: "s").get()
        XCTAssertEqual(merged.agenda.map(\.title), ["A", "B2", "C"])
        XCTAssertEqual(merged.agenda[0].minutes, 10)
        XCTAssertEqual(Set(merged.attendees), [Fixtures.id(8), Fixtures.id(9)])

        var clash = base
        clash.agenda[0].minutes = 20
        XCTAssertEqual(FieldMerge.merge(base: try object(base), ours: try object(ours), theirs: try object(clash)).conflicts, ["agenda"])
        var removed = base
        removed.agenda.remove(at: 0)
        XCTAssertEqual(FieldMerge.merge(base: try object(base), ours: try object(ours), theirs: try object(removed)).conflicts, ["agenda"],
                       "an element edited on one side and removed on the other is a conflict")
    }

    func testBothSidesCreatingTheSameFileMergesWhatAgrees() throws {
        let ours = Fixtures.person(1)
        var theirs = ours
        theirs.team = "Other"
        let outcome = FieldMerge.merge(base: nil, ours: try object(ours), theirs: try object(theirs))
        XCTAssertEqual(outcome.conflicts, ["team"])
    }

    func testDriverWritesFieldMarkersThatLoadAsAConflictedRecordAndResolve() throws {
        let base = Fixtures.person(1)
        var ours = base
        ours.name = "Ours"
        var theirs = base
        theirs.name = "Theirs"
        theirs.email = "t@example.com"
        let path = Fixtures.path(base)
        let (bytes, result) = MergeDriver.merge(base: try codec.encode(base), ours: try codec.encode(ours), theirs: try codec.encode(theirs),
                                                pathname: path)
        XCTAssertEqual(result, .conflict(fields: ["name"]))
        let text = String(decoding: bytes, as: UTF8.self)
        XCTAssertTrue(text.contains("<<<<<<< this machine\n  \"name\" : \"Ours\",\n=======\n  \"name\" : \"Theirs\",\n>>>>>>> other machine\n"), text)

        // In a store, the file is reported with its place, left alone, and offered as a conflicted record.
        let folder = ScratchFolder(self)
        let store = try GuildStore.create(at: folder.url, name: "Team")
        try store.save(Fixtures.person(2), base: nil)
        try folder.write(path, bytes)
        let loaded = store.loadAll()
        XCTAssertEqual(loaded.problems.map(\.kind), [.mergeConflict])
        XCTAssertEqual(loaded.problems.first?.path, path)
        // It loads as its first version, so the person stays listed while the conflict is open…
        XCTAssertEqual(loaded.data.people.keys.sorted(), [Fixtures.id(1), Fixtures.id(2)].sorted())
        XCTAssertEqual(loaded.data.people[Fixtures.id(1)]?.name, "Ours")
        // …and a save over it refuses (naming the conflict) and leaves every value in place.
        var edited = ours
        edited.name = "Edited while conflicted"
        XCTAssertThrowsError(try store.save(edited, base: ours)) { error in
            XCTAssertTrue("\(error)".contains("merge conflict"), "\(error)")
        }
        XCTAssertThrowsError(try store.delete(base: ours), "a delete would drop both versions")
        XCTAssertEqual(folder.bytes(path), bytes)
        let conflicts = store.conflictedRecords()
        XCTAssertEqual(conflicts.map(\.path), [path])
        let conflict = try XCTUnwrap(conflicts.first)
        XCTAssertEqual(conflict.fields, ["name"])
        XCTAssertEqual(conflict.text(of: "name", option: 0), "Ours")
        XCTAssertEqual(conflict.text(of: "name", option: 1), "Theirs")
        XCTAssertEqual(folder.bytes(path), bytes)

        try store.resolve(conflict, with: conflict.resolution(choosing: ["name": 1]))
        let resolved = store.reload()
        XCTAssertEqual(resolved.problems, [])
        var expected = base
        expected.name = "Theirs"
        expected.email = "t@example.com"
        XCTAssertEqual(resolved.data.people[base.id], expected)
        XCTAssertEqual(store.conflictedRecords(), [])
    }

    func testEditAgainstDeleteKeepsTheEditAsAConflict() throws {
        let person = Fixtures.person(1, name: "Kept")
        let bytes = MergeConflictFile.render(ours: nil, theirs: try object(person), conflicts: [])
        let conflict = try XCTUnwrap(ConflictedRecord(path: Fixtures.path(person), bytes: bytes))
        XCTAssertTrue(conflict.isEditAgainstDelete)
        XCTAssertEqual(conflict.content, .versions([nil, try object(person)]))
        XCTAssertEqual(conflict.text(of: "name", option: 0), "(deleted)")
        XCTAssertEqual(conflict.resolution(version: 1), try codec.encode(person))
        XCTAssertNil(conflict.resolution(version: 0), "choosing the deleting side deletes the file")
    }

    func testPlainGitMarkersWithABaseSectionAreReadToo() throws {
        let text = """
        {
          "handle" : "p1",
          "id" : "\(Fixtures.id(1).uuidString.lowercased())",
        <<<<<<< HEAD
          "name" : "Left",
        ||||||| base
          "name" : "Base",
        =======
          "name" : "Right",
        >>>>>>> feature
          "schema" : 1,
          "team" : "",
          "role" : "",
          "updatedAt" : "2026-03-01T09:30:00Z"
        }

        """
        let conflict = try XCTUnwrap(ConflictedRecord(path: "people/x.json", bytes: Data(text.utf8)))
        XCTAssertEqual(conflict.fields, ["name"])
        XCTAssertNil(ConflictedRecord(path: "people/x.json", bytes: Data("<<<<<<< a\nnot json\n=======\n{}\n>>>>>>> b\n".utf8)))
        XCTAssertNil(ConflictedRecord(path: "people/x.json", bytes: Data("<<<<<<< unpaired\n{}\n".utf8)))
    }

    func testAnAlreadyConflictedSideMergesAgainKeepingEveryValue() throws {
        let base = Fixtures.person(1)
        var first = base
        first.name = "First"
        var second = base
        second.name = "Second"
        second.role = "SRE"
        var third = base
        third.name = "Third"
        third.team = "Platform"
        let (conflicted, _) = MergeDriver.merge(base: try codec.encode(base), ours: try codec.encode(first), theirs: try codec.encode(second),
                                                pathname: Fixtures.path(base))
        let (bytes, result) = MergeDriver.merge(base: try codec.encode(base), ours: try codec.encode(third), theirs: conflicted,
                                                pathname: Fixtures.path(base))
        XCTAssertEqual(result, .conflict(fields: ["name"]))
        let conflict = try XCTUnwrap(ConflictedRecord(path: Fixtures.path(base), bytes: bytes))
        XCTAssertEqual(conflict.fields, ["name"])
        XCTAssertEqual((0..<conflict.optionCount(for: "name")).map { conflict.text(of: "name", option: $0) }, ["Third", "First", "Second"])
        let resolved = try codec.decode(Person.self, from: try XCTUnwrap(conflict.resolution(choosing: ["name": 2])), path: "p").get()
        XCTAssertEqual([resolved.name, resolved.role, resolved.team], ["Second", "SRE", "Platform"])
        // The same conflict arriving from both sides stays one conflict.
        XCTAssertEqual(MergeDriver.merge(base: try codec.encode(base), ours: conflicted, theirs: conflicted, pathname: "p").bytes, conflicted)
    }

    func testDriverNeverLosesEitherSideOfUnparseableFiles() throws {
        let (bytes, result) = MergeDriver.merge(base: Data("{}".utf8), ours: Data("not json\n".utf8), theirs: Data("{\"a\":1}\n".utf8),
                                                pathname: "people/x.json")
        guard case .unmergeable = result else { return XCTFail("\(result)") }
        let text = String(decoding: bytes, as: UTF8.self)
        XCTAssertTrue(text.contains("not json") && text.contains("{\"a\":1}"), text)
    }

    func testCombinationThatBreaksTheRecordsRulesIsAConflict() throws {
        let day: TimeInterval = 86_400
        let base = Session(id: Fixtures.id(1), title: "Weekly", format: .techTalk, start: Fixtures.now,
                           recurrence: Recurrence(frequency: .weekly, until: Fixtures.now.addingTimeInterval(30 * day)), updatedAt: Fixtures.now)
        var ours = base
        ours.start = Fixtures.now.addingTimeInterval(20 * day)
        var theirs = base
        theirs.recurrence = Recurrence(frequency: .weekly, until: Fixtures.now.addingTimeInterval(10 * day))
        XCTAssertNoThrow(try ours.validate())
        XCTAssertNoThrow(try theirs.validate())
        // Each side is valid; together the series would end before it starts.
        let (bytes, result) = MergeDriver.merge(base: try codec.encode(base), ours: try codec.encode(ours), theirs: try codec.encode(theirs),
                                                pathname: Fixtures.path(base))
        XCTAssertEqual(result, .conflict(fields: ["recurrence", "start"]))
        let conflict = try XCTUnwrap(ConflictedRecord(path: Fixtures.path(base), bytes: bytes))
        XCTAssertEqual(conflict.fields, ["recurrence", "start"])
    }

    func testResolveRefusesAChangedFileAndInvalidOrMisplacedResolutions() throws {
        let folder = ScratchFolder(self)
        let store = try GuildStore.create(at: folder.url, name: "Team")
        let person = Fixtures.person(1)
        var other = person
        other.name = "Other"
        let bytes = MergeConflictFile.render(ours: try object(person), theirs: try object(other), conflicts: ["name"])
        try folder.write(Fixtures.path(person), bytes)
        _ = store.loadAll()
        let conflict = try XCTUnwrap(store.conflictedRecords().first)
        // A resolution whose id does not match the file name is refused.
        XCTAssertThrowsError(try store.resolve(conflict, with: try codec.encode(Fixtures.person(2))))
        XCTAssertThrowsError(try store.resolve(conflict, with: Data("{}".utf8)))
        try folder.write(Fixtures.path(person), bytes + Data(" ".utf8))
        XCTAssertThrowsError(try store.resolve(conflict, with: try codec.encode(person)), "the file changed since it was read")
        XCTAssertEqual(folder.bytes(Fixtures.path(person)), bytes + Data(" ".utf8))
    }

    func testPathsFromGitNeverLeaveTheStore() {
        for bad in ["", "/etc/passwd", "../x.json", "people/../../x", "people//x.json", "./people/x.json", ".git/config",
                    ".guild/lock", "people/\u{1B}[2Jx.json", "people/x\n.json"] {
            XCTAssertFalse(StoreSync.isSafeRelativePath(bad), bad)
        }
        XCTAssertTrue(StoreSync.isSafeRelativePath("notes/\(Fixtures.id(1).uuidString.lowercased())/\(Fixtures.id(2).uuidString.lowercased()).json"))
        XCTAssertEqual(StoreSync.shellQuoted("/opt/it's here/guild"), "'/opt/it'\\''s here/guild'")
    }

    func testCommitMessagesSayWhatChanged() {
        XCTAssertEqual(StoreSync.message(for: [("notes/a/b.json", .added), ("notes/a/c.json", .added), ("sessions/s.json", .updated),
                                               ("actions/x.json", .deleted), ("guild.json", .updated)]),
                       "Add 2 notes; update 1 session, 1 store setting; delete 1 action item")
    }
}
