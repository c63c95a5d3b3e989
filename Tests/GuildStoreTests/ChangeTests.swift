import Foundation
import GuildCore
@testable import GuildStore
import XCTest

/// Change detection, incremental reloads, refusals and concurrent savers, with two store handles on one folder
/// (saves against a base: `BaseSaveTests`).
final class ChangeTests: XCTestCase {
    func makePair() throws -> (ScratchFolder, GuildStore, GuildStore) {
        let folder = ScratchFolder(self)
        let first = try GuildStore.create(at: folder.url, name: "Team")
        for n in 1...3 { try first.save(Fixtures.person(n), base: nil) }
        let second = try GuildStore.open(at: folder.url)
        _ = first.loadAll()
        _ = second.loadAll()
        return (folder, first, second)
    }

    func testDifferentRecordsNeverConflict() throws {
        let (_, first, second) = try makePair()
        XCTAssertEqual(try first.save(Fixtures.person(1, name: "One"), base: Fixtures.person(1)), .written)
        XCTAssertEqual(try second.save(Fixtures.person(2, name: "Two"), base: Fixtures.person(2)), .written)
        XCTAssertEqual(try second.save(Fixtures.person(7), base: nil), .written)
        let data = try GuildStore.open(at: first.root).loadAll().data
        XCTAssertEqual(data.people[Fixtures.id(1)]?.name, "One")
        XCTAssertEqual(data.people[Fixtures.id(2)]?.name, "Two")
        XCTAssertEqual(data.people.count, 4)
    }

    func testInvalidRecordsAreRefusedBeforeAnyWrite() throws {
        let (folder, first, _) = try makePair()
        let before = folder.allFiles()
        XCTAssertThrowsError(try first.save(Person(id: Fixtures.id(5), name: "", handle: "x", updatedAt: Fixtures.now), base: nil)) { error in
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
        try second.save(Fixtures.person(4), base: nil)
        XCTAssertFalse(second.changedSinceLastLoad())

        try first.save(Fixtures.person(1, name: "Renamed"), base: Fixtures.person(1))
        XCTAssertTrue(second.changedSinceLastLoad())
        let generation = second.loadAll().generation
        try first.save(Fixtures.person(2, name: "Again"), base: Fixtures.person(2))
        try first.save(NoteEntry(id: Fixtures.id(60), sessionID: Fixtures.id(30), kind: .question, text: "why?", createdAt: Fixtures.now), base: nil)
        XCTAssertTrue(second.changedSinceLastLoad())
        let reloaded = second.reload()
        XCTAssertGreaterThan(reloaded.generation, generation)
        XCTAssertEqual(reloaded.data.people[Fixtures.id(2)]?.name, "Again")
        XCTAssertEqual(reloaded.data.notes[Fixtures.id(60)]?.text, "why?")
        XCTAssertFalse(second.changedSinceLastLoad())
        XCTAssertEqual(second.reload().generation, reloaded.generation, "nothing changed, nothing re-read")

        // A file that vanishes disappears from the data.
        try first.delete(base: Fixtures.person(3))
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
        XCTAssertThrowsError(try second.save(Fixtures.person(1, name: "x"), base: Fixtures.person(1))) { error in
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
        try first.save(Fixtures.person(1, name: "Changed"), base: Fixtures.person(1))
        let result = second.reload()
        XCTAssertEqual(result.data.people[Fixtures.id(1)]?.name, "Changed")
        // ctime moved, so the fingerprint notices the in-place write even with the same size and mtime.
        XCTAssertEqual(result.problems.map(\.path), [path3])
    }

    func testOpeningRemovesStaleTemporaryFilesAndSavesLeaveNone() throws {
        let folder = ScratchFolder(self)
        let store = try GuildStore.create(at: folder.url, name: "Team")
        for n in 1...5 { try store.save(Fixtures.person(n), base: nil) }
        try store.save(NoteEntry(id: Fixtures.id(70), sessionID: Fixtures.id(31), kind: .note, text: "hi", createdAt: Fixtures.now), base: nil)
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
        try reopened.delete(base: Fixtures.person(5))
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
        XCTAssertThrowsError(try store.save(note, base: nil)) { error in
            XCTAssertEqual("\(error)", "could not save \(Fixtures.path(note)): notes/\(session.uuidString.lowercased()) is a regular file, not a folder")
        }
        XCTAssertEqual(folder.bytes("notes/\(session.uuidString.lowercased())"), Data("not a folder".utf8))
        XCTAssertEqual(folder.temporaryFiles(), [])
    }

    func testThreadsSavingAtOnceLoseNothing() throws {
        let folder = ScratchFolder(self)
        let store = try GuildStore.create(at: folder.url, name: "Team")
        DispatchQueue.concurrentPerform(iterations: 8) { worker in
            for n in 0..<10 {
                do { try store.save(Fixtures.person(worker * 100 + n), base: nil) } catch { XCTFail("\(error)") }
            }
        }
        XCTAssertEqual(try GuildStore.open(at: folder.url).loadAll().data.people.count, 80)
    }
}
