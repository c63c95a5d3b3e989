import Foundation
import GuildCore
@testable import GuildStore
import XCTest

/// A store opened with only some kinds loaded, the others schema-checked (`open(at:types:schemaChecked:)`, what a
/// command that writes opens): a file of a kind it does not load that a newer Guild wrote makes it read-only, exactly
/// as when every kind is loaded; the check knows unchanged files from the load cache's listing and reads only the
/// files that changed since, never keeping a record.
final class SchemaCheckTests: XCTestCase {
    /// Ten seconds ahead: stamps written a moment ago count as settled, so the cache's listing is trusted.
    let settled: Int64 = 10_000_000_000

    func testANewerSchemaFileOfAKindNotLoadedMakesTheStoreReadOnly() throws {
        let folder = ScratchFolder(self)
        let creator = try GuildStore.create(at: folder.url, name: "Team")
        try creator.saveAll((1...120).map { Fixtures.skill($0) })
        try creator.saveAll([Fixtures.person(1)])
        // Every kind loaded once, so the skills folder's load cache is written.
        let everyKind = try GuildStore.open(at: folder.url)
        everyKind.state.withLock { everyKind.cacheClockOffset = settled }
        _ = everyKind.loadAll(includeNotes: false)
        everyKind.waitForCacheWork()

        func openPeopleOnly() throws -> GuildStore {
            let store = try GuildStore.open(at: folder.url, types: [Person.self], schemaChecked: RecordTypes.standard)
            store.state.withLock { store.cacheClockOffset = settled }
            return store
        }
        let clean = try openPeopleOnly()
        let loaded = clean.loadAll(includeNotes: false)
        XCTAssertNil(loaded.readOnlyReason)
        XCTAssertTrue(loaded.data.skills.isEmpty, "skills are checked, not loaded")
        XCTAssertEqual(loaded.data.people.count, 1)
        XCTAssertEqual(clean.state.withLock { clean.lastSchemaCheckReads }, 0, "every skill is known from the cache's listing")

        // Another clone's newer Guild rewrote one skill, and git replaced the file (a new file renamed into place).
        let path = Fixtures.path(Fixtures.skill(7))
        let newer = String(decoding: try RecordCodec().encode(Fixtures.skill(7)), as: UTF8.self)
            .replacingOccurrences(of: "\"schema\" : 1", with: "\"schema\" : 7")
        try folder.write("skills/.git-tmp", newer)
        XCTAssertEqual(rename(folder.path("skills/.git-tmp"), folder.path(path)), 0)

        let checked = try openPeopleOnly()
        let result = checked.loadAll(includeNotes: false)
        XCTAssertEqual(checked.state.withLock { checked.lastSchemaCheckReads }, 1, "only the file changed since the cache is read")
        let full = try GuildStore.open(at: folder.url).loadAll(includeNotes: false)
        let reason = try XCTUnwrap(result.readOnlyReason)
        XCTAssertEqual(reason, full.readOnlyReason, "the same reason as with every kind loaded")
        XCTAssertTrue(reason.contains(path) && reason.contains("schema 7"), reason)
        XCTAssertEqual(result.problems, full.problems, "the file is reported as it is with every kind loaded")
        var renamed = Fixtures.person(1)
        renamed.name = "Renamed"
        XCTAssertThrowsError(try checked.save(renamed, base: Fixtures.person(1))) { error in
            guard case StoreError.readOnly = error else { return XCTFail("\(error)") }
        }
        XCTAssertThrowsError(try checked.saveChanges([(record: renamed, base: Fixtures.person(1))]))
        XCTAssertEqual(folder.bytes(path), Data(newer.utf8), "the newer file is left as it was")

        // A handle that checks nothing does not know (what read-only commands open).
        let unchecked = try GuildStore.open(at: folder.url, types: [Person.self])
        XCTAssertNil(unchecked.loadAll(includeNotes: false).readOnlyReason)
    }
}
