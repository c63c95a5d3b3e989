import Foundation
import GuildCore

extension GuildStore {
    /// Durably saves many writers' changes at once (an import): each `(record, base)` is applied exactly as
    /// `save(_:base:)` applies it — to the file as it is now, field by field, a field both sides changed thrown as
    /// `StoreError.conflict` with both values — under one store lock, each file fsynced, and each folder written into
    /// fsynced once at the end instead of after every file. Returns once every file and folder is synced.
    ///
    /// Stops at the first failure and throws it; the changes saved before it stay saved (their folders synced too).
    /// `progress` hears (changes done, changes in all).
    @discardableResult
    public func saveChanges<R: Record>(_ changes: [(record: R, base: R?)], progress: ((Int, Int) -> Void)? = nil) throws -> [SaveOutcome] {
        try state.withLock {
            try checkCanSave(R.self)
            let prepared = try changes.map { try prepare($0.record, base: $0.base) }
            return try withStoreLock {
                deferredFolderSyncs = []
                var outcomes: [SaveOutcome] = []
                var failure: (any Error)?
                for (index, change) in changes.enumerated() {
                    do {
                        outcomes.append(try saveLocked(change.record, base: change.base, prepared[index]))
                    } catch {
                        failure = error
                        break
                    }
                    progress?(index + 1, changes.count)
                }
                let folders = deferredFolderSyncs ?? []
                deferredFolderSyncs = nil
                for folder in folders.sorted() {
                    do throws(SystemError) { try DurableFile.syncFolder(layout.absolute(folder)) } catch {
                        if failure == nil { failure = StoreError.io(action: "save", path: folder, error) }
                    }
                }
                if let failure { throw failure }
                return outcomes
            }
        }
    }
}
