import Foundation
import GuildStore

/// The stores commands opened in this process, so `guild` lets their load cache writes finish before it exits: the
/// next command then loads from the cache the dashboard uses instead of reading every record file again.
final class OpenedStores: @unchecked Sendable {
    static let shared = OpenedStores()

    private let lock = NSLock()
    private var stores: [GuildStore] = []

    /// Remembers a store a command loaded.
    func add(_ store: GuildStore) {
        lock.withLock { stores.append(store) }
    }

    /// Waits for each store's queued load cache writes (none queued: returns at once).
    func finishCacheWrites() {
        for store in lock.withLock({ stores }) { store.waitForCacheWrites() }
    }
}
