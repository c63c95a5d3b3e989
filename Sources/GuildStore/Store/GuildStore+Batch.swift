import Dispatch
import Foundation
import GuildCore

extension GuildStore {
    /// Durably saves many writers' changes at once (an import): each `(record, base)` is applied exactly as
    /// `save(_:base:)` applies it — to the file as it is now, field by field, a field both sides changed thrown as
    /// `StoreError.conflict` with both values — under one store lock, each file fsynced, and each folder written into
    /// fsynced once at the end instead of after every file. Returns once every file and folder is synced.
    ///
    /// The files are written a batch at a time: each merge is decided in order, then the batch's files are written and
    /// fsynced side by side (a disk takes many fsyncs at once in about the time of one) and renamed into place in order.
    ///
    /// Every change is validated before anything is written; the files are encoded a batch at a time, side by side,
    /// so an import of thousands of records never holds all their bytes at once.
    ///
    /// Stops at the first failure and throws it; the changes saved before it stay saved (their folders synced too).
    /// `progress` hears (changes done, changes in all).
    @discardableResult
    public func saveChanges<R: Record>(_ changes: [(record: R, base: R?)], progress: ((Int, Int) -> Void)? = nil) throws -> [SaveOutcome] {
        try state.withLock {
            try checkCanSave(R.self)
            let paths = try changes.map { try check($0.record, base: $0.base) }
            var encoded: [Data] = []
            return try withStoreLock {
                deferredFolderSyncs = []
                stagedWrites = []
                var outcomes: [SaveOutcome] = []
                var failure: (any Error)?
                var staged: Set<String> = []
                func flush() throws {
                    try flushStagedWrites()
                    staged = []
                }
                for (index, change) in changes.enumerated() {
                    do {
                        if index % Self.stagedBatch == 0 {
                            encoded = try encodeSideBySide(changes[index..<min(changes.count, index + Self.stagedBatch)].map(\.record),
                                                           paths: Array(paths[index..<min(changes.count, index + Self.stagedBatch)]))
                        }
                        let prepared = (path: paths[index], bytes: encoded[index % Self.stagedBatch])
                        // A second change of the same file reads the first one's result: write what is staged first.
                        if staged.contains(prepared.path) || (stagedWrites?.count ?? 0) >= Self.stagedBatch { try flush() }
                        outcomes.append(try saveLocked(change.record, base: change.base, prepared))
                        staged.insert(prepared.path)
                    } catch {
                        failure = error
                        break
                    }
                    progress?(index + 1, changes.count)
                }
                do { try flush() } catch { if failure == nil { failure = error } }
                stagedWrites = nil
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

    /// Encodes records on every core (the JSON encoder is most of a large import's work); throws the first failure.
    func encodeSideBySide<R: Record>(_ records: [R], paths: [String]) throws -> [Data] {
        let slots = WorkerSlots<Result<Data, any Error>?>(count: records.count)
        let chunk = 16
        DispatchQueue.concurrentPerform(iterations: (records.count + chunk - 1) / chunk) { part in
            let codec = RecordCodec()
            for index in (part * chunk)..<min(records.count, (part + 1) * chunk) {
                slots[index] = Result { try self.encode(records[index], paths[index], codec) }
            }
        }
        return try records.indices.map { try slots[$0]!.get() }
    }

    /// How many files a batch stages before writing them.
    static let stagedBatch = 256
    /// How many staged files are written and fsynced at once.
    static let parallelWrites = 8

    /// Writes the staged files side by side (each fsynced), then renames them into place in order and records them
    /// (call with `state` and the store lock held). On a failure, the files before it are in place, the rest are not.
    func flushStagedWrites() throws {
        guard let pending = stagedWrites, !pending.isEmpty else { return }
        stagedWrites = []
        let results = WorkerSlots<Result<StagedFile, SystemError>?>(count: pending.count)
        let group = DispatchGroup()
        let limit = DispatchSemaphore(value: Self.parallelWrites)
        for (index, item) in pending.enumerated() {
            let (bytes, folder, name) = (item.bytes, item.folder, item.name)
            limit.wait()
            DispatchQueue.global().async(group: group) {
                defer { limit.signal() }
                do throws(SystemError) {
                    results[index] = .success(try StagedFile.stage(bytes, folder: folder, name: name))
                } catch {
                    results[index] = .failure(error)
                }
            }
        }
        group.wait()
        var failure: (any Error)?
        for (index, item) in pending.enumerated() {
            guard let result = results[index] else { continue }
            guard failure == nil else {
                if case .success(let file) = result { file.discard() }
                continue
            }
            do {
                let file = try result.get()
                let status = try trackingFolders(of: item.path) { try file.commit() }
                setEntry(LoadedFile(kind: type(of: item.record).kind, groupID: item.record.groupID, id: item.record.id,
                                    fingerprint: FileFingerprint(status: status, contentHash: ContentHash.of(item.bytes)),
                                    record: item.record, problem: nil), at: item.path)
            } catch let error as SystemError {
                failure = StoreError.io(action: "save", path: item.path, error)
            }
        }
        if let failure { throw failure }
    }
}
