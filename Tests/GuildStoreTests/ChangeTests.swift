import Foundation
import GuildCore
@testable import GuildStore
import XCTest

/// Lost-update checks, conflict hooks, change detection and incremental reloads, with two store handles on one folder.
final class ChangeTests: XCTestCase {
    func makePair() throws -> (ScratchFolder, GuildStore, GuildStore) {
        let folder = ScratchFolder(self)
        let first = try GuildStore.create(at: folder.url, name: "Team")
        for n in 1...3 { try first.save(Fixtures.person(n)) }
        let second = try GuildStore.open(at: folder.url)
        _ = first.loadAll()
        _ = second.loadAll()
        return (folder, first, second)
    }

    func testEditingTheSameRecordOnBothSidesIsAConflictCarryingBothVersions() throws {
        let (folder, first, second) = try makePair()
        let mine = Fixtures.person(1, name: "Ada (first)")
        let theirs = Fixtures.person(1, name: "Ada (second)")
        XCTAssertEqual(try first.save(mine), .written)
        let onDisk = folder.bytes(Fixtures.path(mine))
        XCTAssertThrowsError(try second.save(theirs)) { error in
            guard case StoreError.conflict(let conflict) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(conflict.path, Fixtures.path(mine))
            XCTAssertEqual(conflict.base as? Person, Fixtures.person(1))
            XCTAssertEqual(conflict.mine as? Person, theirs)
            XCTAssertEqual(conflict.theirs as? Person, mine)
            XCTAssertEqual("\(error)", "\(Fixtures.path(mine)) was changed elsewhere since it was loaded; not saved")
        }
        XCTAssertEqual(folder.bytes(Fixtures.path(mine)), onDisk)
        // After a reload the second handle works on the new version.
        XCTAssertEqual(second.reload().data.people[Fixtures.id(1)], mine)
        XCTAssertEqual(try second.save(theirs), .written)
    }

    func testDifferentRecordsNeverConflict() throws {
        let (_, first, second) = try makePair()
        XCTAssertEqual(try first.save(Fixtures.person(1, name: "One")), .written)
        XCTAssertEqual(try second.save(Fixtures.person(2, name: "Two")), .written)
        XCTAssertEqual(try second.save(Fixtures.person(7)), .written)
        let data = try GuildStore.open(at: first.root).loadAll().data
        XCTAssertEqual(data.people[Fixtures.id(1)]?.name, "One")
        XCTAssertEqual(data.people[Fixtures.id(2)]?.name, "Two")
        XCTAssertEqual(data.people.count, 4)
    }

    func testUnchangedHereButChangedThereKeepsTheirs() throws {
        let (folder, first, second) = try makePair()
        let changed = Fixtures.person(2, name: "Changed elsewhere")
        try first.save(changed)
        XCTAssertEqual(try second.save(Fixtures.person(2)), .keptTheirs)
        XCTAssertEqual(try RecordCodec().decode(Person.self, from: folder.bytes(Fixtures.path(changed)), path: "").get(), changed)
        // Saving what is already on disk is no change at all.
        XCTAssertEqual(try second.save(changed), .unchanged)
    }

    func testEditAgainstDeleteIsAConflictBothWays() throws {
        let (folder, first, second) = try makePair()
        try first.delete(Person.self, id: Fixtures.id(3), groupID: nil)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path(Fixtures.path(Fixtures.person(3)))))
        XCTAssertThrowsError(try second.save(Fixtures.person(3, name: "Edited"))) { error in
            guard case StoreError.conflict(let conflict) = error else { return XCTFail("\(error)") }
            XCTAssertNil(conflict.theirs)
        }
        try first.save(Fixtures.person(2, name: "Edited"))
        XCTAssertThrowsError(try second.delete(Person.self, id: Fixtures.id(2), groupID: nil)) { error in
            guard case StoreError.conflict(let conflict) = error else { return XCTFail("\(error)") }
            XCTAssertNil(conflict.mine)
            XCTAssertEqual((conflict.theirs as? Person)?.name, "Edited")
        }
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.path(Fixtures.path(Fixtures.person(2)))))
    }

    func testNeverLoadedButPresentOnDiskIsNotOverwritten() throws {
        let (_, first, _) = try makePair()
        let fresh = try GuildStore.open(at: first.root)
        XCTAssertThrowsError(try fresh.save(Fixtures.person(1, name: "Blind write"))) { error in
            guard case StoreError.conflict(let conflict) = error else { return XCTFail("\(error)") }
            XCTAssertNil(conflict.base)
        }
        // Reading the one record first is enough.
        XCTAssertEqual(try fresh.record(Person.self, id: Fixtures.id(1)), Fixtures.person(1))
        XCTAssertEqual(try fresh.save(Fixtures.person(1, name: "Informed write")), .written)
    }

    func testAResolverCanMergeInstead() throws {
        struct LongerName: ConflictResolver {
            func resolve<R: Record>(base: R?, mine: R, theirs: R?) -> ConflictResolution<R> {
                guard let mine = mine as? Person, let theirs = theirs as? Person else { return .conflict }
                var merged = mine
                merged.name = [mine.name, theirs.name].max { $0.count < $1.count }!
                return .write(merged as! R)
            }
        }
        let folder = ScratchFolder(self)
        let first = try GuildStore.create(at: folder.url, name: "Team")
        try first.save(Fixtures.person(1))
        let second = try GuildStore.open(at: folder.url, resolver: LongerName())
        _ = second.loadAll()
        try first.save(Fixtures.person(1, name: "A much longer name"))
        XCTAssertEqual(try second.save(Fixtures.person(1, name: "Short")), .merged)
        XCTAssertEqual(try GuildStore.open(at: folder.url).loadAll().data.people[Fixtures.id(1)]?.name, "A much longer name")
    }

    func testInvalidRecordsAreRefusedBeforeAnyWrite() throws {
        let (folder, first, _) = try makePair()
        let before = folder.allFiles()
        XCTAssertThrowsError(try first.save(Person(id: Fixtures.id(5), name: "", handle: "x", updatedAt: Fixtures.now))) { error in
            guard case StoreError.invalid(let validation) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(validation.field, "name")
        }
        XCTAssertEqual(folder.allFiles(), before)
    }

    func testChangeDetectionAndIncrementalReloadWithTheWatch() throws {
        let (folder, first, second) = try makePair()
        XCTAssertNotNil(second.watch, "inotify should be available on Linux")
        try assertChangeDetection(folder, first, second)
    }

    func testChangeDetectionAndIncrementalReloadByPolling() throws {
        let (folder, first, second) = try makePair()
        second.state.withLock { second.watch = nil }
        try assertChangeDetection(folder, first, second)
    }

    private func assertChangeDetection(_ folder: ScratchFolder, _ first: GuildStore, _ second: GuildStore) throws {
        XCTAssertFalse(second.changedSinceLastLoad())
        // Our own saves do not look like outside changes.
        try second.save(Fixtures.person(4))
        XCTAssertFalse(second.changedSinceLastLoad())

        try first.save(Fixtures.person(1, name: "Renamed"))
        XCTAssertTrue(second.changedSinceLastLoad())
        let generation = second.loadAll().generation
        try first.save(Fixtures.person(2, name: "Again"))
        try first.save(NoteEntry(id: Fixtures.id(60), sessionID: Fixtures.id(30), kind: .question, text: "why?", createdAt: Fixtures.now))
        XCTAssertTrue(second.changedSinceLastLoad())
        let reloaded = second.reload()
        XCTAssertGreaterThan(reloaded.generation, generation)
        XCTAssertEqual(reloaded.data.people[Fixtures.id(2)]?.name, "Again")
        XCTAssertEqual(reloaded.data.notes[Fixtures.id(60)]?.text, "why?")
        XCTAssertFalse(second.changedSinceLastLoad())
        XCTAssertEqual(second.reload().generation, reloaded.generation, "nothing changed, nothing re-read")

        // A file that vanishes disappears from the data.
        try first.delete(Person.self, id: Fixtures.id(3), groupID: nil)
        XCTAssertTrue(second.changedSinceLastLoad())
        XCTAssertNil(second.reload().data.people[Fixtures.id(3)])

        // A file broken from outside becomes a problem on reload; the old version is no longer served as current.
        try folder.write(Fixtures.path(Fixtures.person(2)), "{ broken")
        XCTAssertTrue(second.changedSinceLastLoad())
        let broken = second.reload()
        XCTAssertEqual(broken.problems.map(\.path), [Fixtures.path(Fixtures.person(2))])
        XCTAssertNil(broken.data.people[Fixtures.id(2)])
    }

    func testANewerManifestArrivingLaterMakesTheStoreReadOnly() throws {
        let (folder, _, second) = try makePair()
        XCTAssertFalse(second.isReadOnly)
        let newer = String(decoding: folder.bytes("guild.json"), as: UTF8.self).replacingOccurrences(of: "\"schema\" : 1", with: "\"schema\" : 3")
        // As git would: a new file renamed into place.
        try folder.write(".incoming", newer)
        XCTAssertEqual(rename(folder.path(".incoming"), folder.path("guild.json")), 0)
        XCTAssertTrue(second.changedSinceLastLoad())
        let result = second.reload()
        XCTAssertTrue(result.isReadOnly)
        XCTAssertEqual(result.problems.map(\.path), ["guild.json"])
        XCTAssertThrowsError(try second.save(Fixtures.person(1, name: "x"))) { error in
            guard case StoreError.readOnly = error else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(result.data.people.count, 3)
    }

    func testReloadRereadsOnlyChangedFiles() throws {
        let (folder, first, second) = try makePair()
        // Replace person 3's file behind the store's back with bytes it would reject if it read them again…
        let path3 = Fixtures.path(Fixtures.person(3))
        var info = stat()
        lstat(folder.path(path3), &info)
        let original = folder.bytes(path3)
        var corrupt = original
        corrupt[corrupt.startIndex + 2] = UInt8(ascii: "X")
        try corrupt.write(to: URL(fileURLWithPath: folder.path(path3)))
        // …but keep the size and times, so only a full re-read could notice.
        var times = [info.st_atim, info.st_mtim]
        XCTAssertEqual(utimensat(AT_FDCWD, folder.path(path3), &times, 0), 0)
        try first.save(Fixtures.person(1, name: "Changed"))
        let result = second.reload()
        XCTAssertEqual(result.data.people[Fixtures.id(1)]?.name, "Changed")
        // ctime moved, so the fingerprint notices the in-place write even with the same size and mtime.
        XCTAssertEqual(result.problems.map(\.path), [path3])
    }

    func testOpeningRemovesStaleTemporaryFilesAndSavesLeaveNone() throws {
        let folder = ScratchFolder(self)
        let store = try GuildStore.create(at: folder.url, name: "Team")
        for n in 1...5 { try store.save(Fixtures.person(n)) }
        try store.save(NoteEntry(id: Fixtures.id(70), sessionID: Fixtures.id(31), kind: .note, text: "hi", createdAt: Fixtures.now))
        XCTAssertEqual(folder.temporaryFiles(), [])
        let stale = [
            "people/.00000000-0000-4000-8000-000000000001.json.tmp-999-abc",
            "notes/\(Fixtures.id(31).uuidString.lowercased())/.x.json.tmp-1-2",
            ".guild.json.tmp-5-6",
        ]
        for path in stale { try folder.write(path, "{ half") }
        XCTAssertEqual(folder.temporaryFiles(), stale.sorted())
        let reopened = try GuildStore.open(at: folder.url)
        // Opening clears the store and kind folders; a session's notes folder is cleared, under the lock, when it is
        // first listed (here by loadAll, notes included), so opening never lists thousands of notes folders.
        XCTAssertEqual(folder.temporaryFiles(), stale.filter { $0.hasPrefix("notes/") })
        let result = reopened.loadAll()
        reopened.waitForCacheWork()
        XCTAssertEqual(folder.temporaryFiles(), [])
        XCTAssertEqual(result.problems, [])
        XCTAssertEqual(result.data.people.count, 5)
        try reopened.delete(Person.self, id: Fixtures.id(5), groupID: nil)
        XCTAssertEqual(reopened.loadAll().data.people.count, 4)
        reopened.waitForCacheWork()
        XCTAssertEqual(folder.temporaryFiles(), [])
    }

    func testSaveFailureNamesTheFileAndWritesNothing() throws {
        let folder = ScratchFolder(self)
        let store = try GuildStore.create(at: folder.url, name: "Team")
        // A plain file where the session's notes folder should be: the save cannot create its folder.
        let session = Fixtures.id(40)
        try folder.write("notes/\(session.uuidString.lowercased())", "not a folder")
        let note = NoteEntry(id: Fixtures.id(41), sessionID: session, kind: .note, text: "hello", createdAt: Fixtures.now)
        XCTAssertThrowsError(try store.save(note)) { error in
            XCTAssertEqual("\(error)", "could not save \(Fixtures.path(note)): Not a directory")
        }
        XCTAssertEqual(folder.bytes("notes/\(session.uuidString.lowercased())"), Data("not a folder".utf8))
        XCTAssertEqual(folder.temporaryFiles(), [])
    }

    func testThreadsSavingAtOnceLoseNothing() throws {
        let folder = ScratchFolder(self)
        let store = try GuildStore.create(at: folder.url, name: "Team")
        DispatchQueue.concurrentPerform(iterations: 8) { worker in
            for n in 0..<10 {
                do { try store.save(Fixtures.person(worker * 100 + n)) } catch { XCTFail("\(error)") }
            }
        }
        XCTAssertEqual(try GuildStore.open(at: folder.url).loadAll().data.people.count, 80)
    }
}
