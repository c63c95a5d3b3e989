import Foundation

extension GuildStore {
    /// Runs `body` holding this store's lock (threads here and `flock` for other processes), as saves do: for work
    /// that must not interleave with saves, such as a git commit and merge of the store's files.
    public func withExclusiveLock<T>(_ body: () throws -> T) throws -> T {
        try state.withLock { try withStoreLock(body) }
    }
}
