import Foundation
import GuildCore
@testable import GuildStore
import XCTest

/// What opening takes from the load cache in bulk, and `LoadResult.data`'s typed fill, give exactly what the slow
/// paths give: the same records, problems and internal indices (files, folder listings, ids), and later changes,
/// reloads and saves behave the same afterwards.
final class LoadFastPathTests: XCTestCase {
    /// Ten seconds ahead: stamps written a moment ago count as settled, so a trusted snapshot is adopted unread.
    let settled: Int64 = 10_000_000_000

    /// A handle whose racy-stamp rule treats every file written so far as settled; without `cached`, the load cache
    /// is deleted first (a handle reads the snapshots when it opens), so its first load reads every file.
    func open(_ folder: ScratchFolder, cached: Bool) throws -> GuildStore {
        if !cached { try GuildStore.open(at: folder.url).removeLoadCache() }
        let store = try GuildStore.open(at: folder.url)
        store.state.withLock {
            store.cacheMinimumEntries = 0
            store.cacheClockOffset = settled
        }
        return store
    }

    /// Everything the store knows about its files, as comparable text.
    func indices(_ store: GuildStore) -> [String] {
        store.state.withLock {
            var lines: [String] = []
            for (folder, table) in store.files.folders.sorted(by: { $0.key < $1.key }) {
                for entry in table.files.sorted(by: { $0.id.orderKey < $1.id.orderKey }) {
                    lines.append("file \(FileIndex.path(folder, entry.id)) \(entry.kind) \(entry.groupID?.uuidString ?? "-") \(entry.id) \(entry.fingerprint) "
                        + "\(entry.record.map { "\($0)" } ?? "nil") \(entry.problem?.description ?? "-")")
                }
                lines.append("folder \(folder) \(table.ids.map { StoreLayout.fileName(for: $0) }.sorted())")
            }
            lines.append("files \(store.files.count)")
            for paths in store.files.duplicateIDPaths().map({ $0.sorted() }).sorted(by: { $0.joined() < $1.joined() }) {
                lines.append("duplicate \(paths)")
            }
            lines.append("problems \(store.problemPaths.sorted())")
            for (folder, groups) in store.folderGroups.sorted(by: { $0.key < $1.key }) {
                lines.append("groups \(folder) \(groups.map(\.uuidString).sorted())")
            }
            return lines
        }
    }

    /// A store of 150 actions (enough for a cache file at the default minimum), people, a session with notes, and
    /// one file of each kind of trouble: a duplicate id, a bad file, an odd name.
    func makeStore() throws -> ScratchFolder {
        let folder = ScratchFolder(self)
        let store = try GuildStore.create(at: folder.url, name: "Team")
        var records: [any Record] = [Fixtures.person(1), Fixtures.person(2), Fixtures.skill(10)]
        let session = Session(id: Fixtures.id(30), title: "Talk", format: .techTalk, start: Fixtures.now, facilitator: Fixtures.id(1), updatedAt: Fixtures.now)
        records.append(session)
        records.append(NoteEntry(id: Fixtures.id(40), sessionID: session.id, kind: .decision, text: "Ship it", createdAt: Fixtures.now))
        for n in 0..<150 {
            records.append(ActionItem(id: Fixtures.id(1_000 + n), title: "Action \(n)", owner: Fixtures.id(1 + n % 2), sessionID: session.id,
                                      createdAt: Fixtures.now))
        }
        _ = try store.saveAll(records)
        try folder.write("people/\(Fixtures.id(3).uuidString.lowercased()).json", "{ \"name\": ")
        try folder.write("people/\(Fixtures.id(4).uuidString.lowercased()).json", try RecordCodec().encode(Fixtures.person(2)))
        try folder.write("people/notes.txt.json", "odd name")
        return folder
    }

    func testACacheHitFillsOneTablePerFolderAndIndexesIDsOnlyInGroupFolders() throws {
        let folder = try makeStore()
        let first = try open(folder, cached: true)
        _ = first.loadAll(includeNotes: false)
        first.waitForCacheWork()

        let hit = try open(folder, cached: true)
        _ = hit.loadAll(includeNotes: false)
        hit.waitForCacheWork()
        let action = Fixtures.id(1_000)
        hit.state.withLock {
            XCTAssertEqual(hit.files.fileCount(in: "actions"), 150, "one table entry per action file")
            XCTAssertEqual(hit.files.table("actions")?.hasPositions, false, "opening looks no file up by id")
            XCTAssertEqual(hit.files.groupIndexCount, 0, "files of kind folders are found by folder and id, not indexed by id")
            XCTAssertEqual(hit.files.paths(kind: .action, id: action), ["actions/\(action.uuidString.lowercased()).json"])
            XCTAssertEqual(hit.files["actions/\(action.uuidString.lowercased()).json"]?.id, action)
            XCTAssertNil(hit.files["actions/not-a-record.json"])
            XCTAssertEqual(hit.files.table("actions")?.hasPositions, true, "the first lookup by id builds the positions")
        }
        _ = hit.loadAll(includeNotes: true)
        hit.state.withLock {
            XCTAssertEqual(hit.files.groupIndexCount, 1, "the one note, in its session's folder, joins the id index")
            XCTAssertEqual(hit.files.count, hit.files.folders.values.reduce(0) { $0 + $1.count })
        }
    }

    func testACacheHitBuildsTheSameIndicesAsReadingEveryFile() throws {
        let folder = try makeStore()
        // Writes the cache files, then forgets nothing: the next open adopts trusted snapshots unread.
        let first = try open(folder, cached: true)
        _ = first.loadAll(includeNotes: false)
        first.waitForCacheWork()

        let hit = try open(folder, cached: true)
        let fromCache = hit.loadAll(includeNotes: false)
        XCTAssertEqual(hit.state.withLock { hit.lastLoadReads }, 2, "only the bad and the misplaced file are read again")
        hit.waitForCacheWork()

        let miss = try open(folder, cached: false)
        let fromFiles = miss.loadAll(includeNotes: false)
        XCTAssertEqual(miss.state.withLock { miss.lastLoadReads }, 156, "every file but the notes (read per session) is read")
        miss.waitForCacheWork()

        XCTAssertEqual(fromCache.data, fromFiles.data)
        XCTAssertEqual(fromCache.problems, fromFiles.problems)
        XCTAssertEqual(fromCache.data.count(of: .action), 150)
        XCTAssertEqual(indices(hit), indices(miss))
        XCTAssertEqual(fromCache.records.mapValues(\.count), fromFiles.records.mapValues(\.count))

        // After the bulk path, changes made elsewhere, reloads and lost-update checks work as after a full read.
        let gone = "actions/\(Fixtures.id(1_000).uuidString.lowercased()).json"
        try FileManager.default.removeItem(atPath: folder.path(gone))
        try folder.write("actions/\(Fixtures.id(9_999).uuidString.lowercased()).json",
                         try RecordCodec().encode(ActionItem(id: Fixtures.id(1_001), title: "Copy", createdAt: Fixtures.now)))
        let reloaded = hit.reload(full: true)
        let expected = try open(folder, cached: false).loadAll(includeNotes: false)
        XCTAssertEqual(reloaded.data, expected.data)
        XCTAssertEqual(reloaded.problems, expected.problems)
        XCTAssertTrue(reloaded.problems.contains { $0.path.hasPrefix("actions/") && $0.description.contains("file name says") })
        XCTAssertNil(reloaded.data.actions[Fixtures.id(1_000)])
        XCTAssertEqual(indices(hit), indices(try open(folder, cached: false).then { _ = $0.loadAll(includeNotes: false) }))
        let base = try XCTUnwrap(reloaded.data.actions[Fixtures.id(1_002)])
        var item = base
        item.title = "Renamed"
        XCTAssertEqual(try hit.save(item, base: base), .written)
        XCTAssertEqual(hit.reload().data.actions[item.id]?.title, "Renamed")
    }

    func testDataFillsEachKindsTableAsUpsertDoes() {
        let person = Fixtures.person(1)
        let action = ActionItem(id: Fixtures.id(50), title: "A", createdAt: Fixtures.now)
        let foreign = StressRecord(id: Fixtures.id(60), writer: "w", value: 1, updatedAt: Fixtures.now)
        let records: [RecordKind: [any Record]] = [.person: [person, Fixtures.person(2)], .action: [action], .topic: [foreign]]
        let result = LoadResult(records: records, problems: [], readOnlyReason: nil, generation: 1)
        var expected = GuildData()
        for list in records.values { for record in list { expected.upsert(record) } }
        XCTAssertEqual(result.data, expected)
        XCTAssertEqual(result.data.people.count, 2)
        XCTAssertEqual(result.data.actions[action.id], action)
        XCTAssertTrue(result.data.topics.isEmpty, "a record of another type under a standard kind is left out, as upsert leaves it")
    }
}

private extension GuildStore {
    /// Runs `body` on the store and returns it (for one-line set-ups).
    func then(_ body: (GuildStore) -> Void) -> GuildStore {
        body(self)
        return self
    }
}
