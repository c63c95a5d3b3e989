import Foundation
import GuildCore
@testable import GuildStore
import XCTest

/// `GuildStore.scanGroups`: every session's notes one session at a time, from the group cache when nothing changed —
/// always the same notes and problems as reading every file, whatever changed in between, and none kept by the store.
final class GroupScanTests: XCTestCase {
    /// Ten seconds ahead: files written a moment ago count as settled, so their records are cached.
    let settled: Int64 = 10_000_000_000

    func open(_ folder: ScratchFolder) throws -> GuildStore {
        let store = try GuildStore.open(at: folder.url)
        store.state.withLock { store.cacheClockOffset = settled }
        _ = store.loadAll(includeNotes: false)
        return store
    }

    /// Scans with a fresh handle; returns the notes (by id), the problems and how many group folders were read as files.
    func scan(_ folder: ScratchFolder) throws -> (notes: [UUID: NoteEntry], problems: [StoreProblem], reads: Int, kept: Int) {
        let store = try open(folder)
        var notes: [UUID: NoteEntry] = [:]
        let problems = store.scanGroups(NoteEntry.self) { group, records in
            for note in records {
                XCTAssertEqual(note.sessionID, group)
                XCTAssertNil(notes.updateValue(note, forKey: note.id), "a note visited twice")
            }
        }
        let reads = store.state.withLock { store.lastScanGroupReads }
        let kept = store.state.withLock { store.files.allPaths.filter { $0.hasPrefix("notes/") }.count }
        store.waitForCacheWork()
        return (notes, problems, reads, kept)
    }

    /// What reading every file says (`loadAll` with notes, no cache).
    func fullRead(_ folder: ScratchFolder) throws -> (notes: [UUID: NoteEntry], problems: [StoreProblem]) {
        let cache = folder.url.appendingPathComponent(".guild/cache")
        let saved = folder.url.appendingPathComponent("saved-cache")
        try? FileManager.default.moveItem(at: cache, to: saved)
        defer {
            try? FileManager.default.removeItem(at: cache)
            try? FileManager.default.moveItem(at: saved, to: cache)
        }
        let result = try GuildStore.open(at: folder.url).loadAll(includeNotes: true)
        let notes = (result.records[.note] ?? []).compactMap { $0 as? NoteEntry }
        return (Dictionary(uniqueKeysWithValues: notes.map { ($0.id, $0) }),
                result.problems.filter { $0.path.hasPrefix("notes/") })
    }

    func makeStore() throws -> (ScratchFolder, [Session], [NoteEntry]) {
        let folder = ScratchFolder(self)
        let store = try GuildStore.create(at: folder.url, name: "Scan", now: Fixtures.now)
        let sessions = (0..<6).map { index in
            Session(id: Fixtures.id(100 + index), title: "Session \(index)", format: .techTalk,
                    start: Fixtures.now.addingTimeInterval(Double(index) * 3_600), status: .done, updatedAt: Fixtures.now)
        }
        var notes: [NoteEntry] = []
        for (s, session) in sessions.enumerated() {
            for n in 0..<(s + 3) {
                notes.append(NoteEntry(id: Fixtures.id(1_000 + s * 100 + n), sessionID: session.id, kind: n % 2 == 0 ? .learning : .note,
                                       text: "Note \(n) of \(s)", author: n % 3 == 0 ? nil : Fixtures.id(1), createdAt: Fixtures.now))
            }
        }
        try store.saveAll(sessions + notes)
        store.waitForCacheWork()
        return (folder, sessions, notes)
    }

    func noteFile(_ folder: ScratchFolder, _ note: NoteEntry) -> URL {
        folder.url.appendingPathComponent(StoreLayout.relativePath(kind: .note, groupID: note.sessionID, id: note.id))
    }

    func testAScanEqualsReadingEveryFileAndTheSecondComesFromTheCache() throws {
        let (folder, sessions, notes) = try makeStore()
        let first = try scan(folder)
        XCTAssertEqual(first.notes, Dictionary(uniqueKeysWithValues: notes.map { ($0.id, $0) }))
        XCTAssertEqual(first.reads, sessions.count, "no cache yet: every session's folder read")
        XCTAssertEqual(first.kept, 0, "the store keeps none of the notes it scanned")
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent(".guild/cache/notes.groups.cache").path))
        let second = try scan(folder)
        XCTAssertEqual(second.notes, first.notes)
        XCTAssertEqual(second.reads, 0, "nothing changed: every folder from the cache")
        XCTAssertEqual(second.problems, [])
    }

    func testChangesMadeElsewhereAreSeenExactlyWhereTheyAre() throws {
        let (folder, _, notes) = try makeStore()
        _ = try scan(folder)
        // Edited in place (the folder's stamp does not move), one removed, one added by hand, one made unreadable.
        let edited = notes[0]
        var object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: noteFile(folder, edited))) as? [String: Any])
        object["text"] = "Edited in place, longer than before"
        let handle = try FileHandle(forWritingTo: noteFile(folder, edited))
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]))
        try handle.close()
        try FileManager.default.removeItem(at: noteFile(folder, notes[5]))
        let added = NoteEntry(id: Fixtures.id(9_999), sessionID: notes[10].sessionID, kind: .decision, text: "Added by hand", createdAt: Fixtures.now)
        try RecordCodec().encode(added).write(to: noteFile(folder, added))
        try Data("{ not json".utf8).write(to: noteFile(folder, notes[20]))
        let expected = try fullRead(folder)
        XCTAssertEqual(expected.notes[edited.id]?.text, "Edited in place, longer than before")
        XCTAssertEqual(expected.problems.count, 1)
        for round in 0..<2 {
            let scanned = try scan(folder)
            XCTAssertEqual(scanned.notes, expected.notes, "round \(round)")
            XCTAssertEqual(scanned.problems, expected.problems, "round \(round): the bad file is reported every time")
        }
    }

    func testADamagedCacheFileIsIgnoredAndRewritten() throws {
        let (folder, sessions, notes) = try makeStore()
        _ = try scan(folder)
        let cacheFile = folder.url.appendingPathComponent(".guild/cache/notes.groups.cache")
        var bytes = try Data(contentsOf: cacheFile)
        bytes[bytes.count / 2] ^= 0xFF
        try bytes.write(to: cacheFile)
        let damaged = try scan(folder)
        XCTAssertEqual(damaged.notes.count, notes.count)
        XCTAssertEqual(damaged.reads, sessions.count)
        XCTAssertEqual(try scan(folder).reads, 0, "rewritten whole")
        try Data(bytes.prefix(100)).write(to: cacheFile)
        XCTAssertEqual(try scan(folder).notes.count, notes.count, "truncated: ignored")
    }

    func testGroupsTheStoreHadLoadedStayLoaded() throws {
        let (folder, sessions, notes) = try makeStore()
        _ = try scan(folder)
        let store = try open(folder)
        let shown = store.notes(forSession: sessions[2].id).notes
        XCTAssertEqual(shown.count, 5)
        var count = 0
        _ = store.scanGroups(NoteEntry.self) { _, records in count += records.count }
        XCTAssertEqual(count, notes.count)
        let kept = store.state.withLock { store.files.allPaths.filter { $0.hasPrefix("notes/") } }
        XCTAssertEqual(kept.count, 5, "only the session the store had loaded stays loaded")
        XCTAssertTrue(kept.allSatisfy { $0.hasPrefix(StoreLayout.folder(kind: .note, groupID: sessions[2].id)) })
        XCTAssertEqual(store.notes(forSession: sessions[2].id).notes, shown)
    }
}
