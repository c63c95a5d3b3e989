import Foundation
import GuildCore
@testable import GuildStore
import XCTest

/// A CLI command exits right after its work: `waitForCacheWrites` lets the load cache files `loadAll` queued land
/// first, so the next command loads from the cache; with a current cache it queues nothing to wait for.
final class CacheWritesWaitTests: XCTestCase {
    func testQueuedCacheFilesAreWrittenWhenTheWaitReturns() throws {
        let folder = ScratchFolder(self)
        let created = try GuildStore.create(at: folder.url, name: "Team")
        _ = try created.saveAll((1...150).map { Fixtures.person($0) })
        let cacheFile = folder.url.appendingPathComponent(".guild/cache/people.cache").path

        let store = try GuildStore.open(at: folder.url)
        store.state.withLock { store.cacheClockOffset = 10_000_000_000 }
        XCTAssertEqual(store.loadAll(includeNotes: false).data.people.count, 150)
        XCTAssertTrue(store.state.withLock { store.cacheWritesQueued }, "a store without a cache queues its files")
        store.waitForCacheWrites()
        XCTAssertTrue(FileManager.default.fileExists(atPath: cacheFile), "the cache file is written when the wait returns")

        let next = try GuildStore.open(at: folder.url)
        next.state.withLock { next.cacheClockOffset = 10_000_000_000 }
        XCTAssertEqual(next.loadAll(includeNotes: false).data.people.count, 150)
        XCTAssertEqual(next.state.withLock { next.lastLoadReads }, 0, "the next load reads no record file")
        XCTAssertFalse(next.state.withLock { next.cacheWritesQueued }, "a current cache queues nothing to wait for")
        next.waitForCacheWrites()
        next.waitForCacheWork()
    }
}
