#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import GuildCore

extension GuildStore {
    /// How many threads write files at once in `saveAll`: fsync waits on the disk, so more threads than cores pay off.
    static let bulkWriterCount = 8

    /// Creates many new records at once (`guild demo`, benchmarks): every file durably, each folder fsynced once at
    /// the end. Every record is a creation, as `save(_:base: nil)`: a record whose file already exists with other
    /// values is refused with `StoreError.conflict`, never overwritten.
    ///
    /// New files (ones this process has not loaded and that are not on disk) are written in parallel with the same
    /// protocol as `save` — temporary file, write, fsync, rename — but without the per-file folder fsync; every folder
    /// that changed is fsynced once at the end, still under the lock, and only then does the method return. Records
    /// whose file exists or was loaded go through the full `save` check one by one.
    ///
    /// `progress` is called on the calling thread with (records done, records in total). On failure it throws the
    /// first error (in record order); files already renamed into place stay and are known to the store.
    @discardableResult
    public func saveAll(_ records: [any Record], progress: ((Int, Int) -> Void)? = nil) throws -> [SaveOutcome] {
        try state.withLock {
            guard !records.isEmpty else { return [] }
            for record in records { try checkCanSave(type(of: record)) }
            return try withStoreLock { try saveAllLocked(records, progress: progress) }
        }
    }

    /// What a worker did with one record.
    fileprivate enum BulkResult: Sendable {
        case written(FileStatus, hash: UInt64)
        /// The file exists on disk after all: needs the full re-check.
        case deferred
        case failed(any Error)
    }

    /// The body of `saveAll`, with `state` and the store lock held.
    private func saveAllLocked(_ records: [any Record], progress: ((Int, Int) -> Void)?) throws -> [SaveOutcome] {
        // 1. Paths; which records can take the fast path; which folders they need.
        var paths: [String] = []
        paths.reserveCapacity(records.count)
        var fast: [Int] = []
        var slow: [Int] = []
        var seenPaths = Set<String>()
        var folders: [String] = []
        var seenFolders = Set<String>()
        for (index, record) in records.enumerated() {
            let kind = type(of: record).kind
            let path = StoreLayout.relativePath(kind: kind, groupID: record.groupID, id: record.id)
            for other in files.paths(kind: kind, id: record.id) where other != path {
                throw StoreError.duplicate(path: path, existing: other)
            }
            paths.append(path)
            if files[path] == nil, seenPaths.insert(path).inserted {
                fast.append(index)
                let folder = StoreLayout.folder(kind: kind, groupID: record.groupID)
                if seenFolders.insert(folder).inserted { folders.append(folder) }
            } else {
                slow.append(index)
            }
        }

        // 2. Folder stamps that are current now are moved past our own writes at the end (see `trackingFolders`).
        var tracked: [String] = [""]
        var trackedSet: Set<String> = [""]
        for folder in folders {
            if folder.contains("/"), let parent = folder.split(separator: "/").first.map(String.init), trackedSet.insert(parent).inserted {
                tracked.append(parent)
            }
            if trackedSet.insert(folder).inserted { tracked.append(folder) }
        }
        let current = tracked.filter { folderStamps[$0] != nil && !folderChanged($0) }

        // 3. Create missing folders without a sync each; their parents join the folders synced at the end.
        var toSync: [String] = []
        var toSyncSet = Set<String>()
        func syncLater(_ folder: String) { if toSyncSet.insert(folder).inserted { toSync.append(folder) } }
        for folder in folders {
            let absolute = layout.absolute(folder)
            do {
                // Never create or write through a link a teammate committed in the folder's place.
                _ = try layout.contained(folder, leaf: .folder)
                if let parent = folder.contains("/") ? String(folder[..<folder.lastIndex(of: "/")!]) : nil {
                    try DurableFile.makeFolder(layout.absolute(parent))
                    if try FileStatus.of(path: absolute) == nil {
                        if mkdir(absolute, 0o755) != 0, errno != EEXIST { throw SystemError.current("create folder", path: absolute) }
                        syncLater(parent)
                    }
                } else {
                    try DurableFile.makeFolder(absolute)
                }
            } catch let error as SystemError {
                throw StoreError.io(action: "save", path: folder, error)
            }
            syncLater(folder)
        }

        // 4. Encode and write the new files in parallel: temp file, fsync, rename (no folder sync yet).
        let results = BulkSlots(count: fast.count)
        let layout = self.layout
        let reader = self.reader
        let fastRecords = fast.map { records[$0] }
        let fastPaths = fast.map { paths[$0] }
        let failed = BulkCounter()
        Self.runInParallel(count: fast.count, report: { done in progress?(done, records.count) }) { index in
            if failed.value > 0 {
                results[index] = .failed(CancellationError())
                return
            }
            let result = Self.writeNew(fastRecords[index], path: fastPaths[index], layout: layout, reader: reader)
            if case .failed = result { failed.increment() }
            results[index] = result
        }

        // 5. One fsync per changed folder, then remember what was written.
        var firstError: (index: Int, error: any Error)?
        var outcomes = [SaveOutcome?](repeating: nil, count: records.count)
        var deferred: [Int] = []
        for (slot, index) in fast.enumerated() {
            switch results[slot] {
            case .written(let status, let hash)?:
                let record = records[index]
                setEntry(LoadedFile(kind: type(of: record).kind, groupID: record.groupID, id: record.id,
                                    fingerprint: FileFingerprint(status: status, contentHash: hash), record: record, problem: nil),
                         at: paths[index])
                outcomes[index] = .written
            case .deferred?:
                deferred.append(index)
            case .failed(let error)?:
                if !(error is CancellationError), firstError.map({ index < $0.index }) ?? true { firstError = (index, error) }
            case nil:
                break
            }
        }
        let syncFailure = syncFolders(toSync)
        for folder in current {
            folderStamps[folder] = try? FileStatus.of(path: folder.isEmpty ? layout.rootPath : layout.absolute(folder))
        }
        if let firstError { throw firstError.error }
        if let syncFailure { throw syncFailure }

        // 6. Everything else, one full re-checked save at a time, in record order.
        var done = fast.count - deferred.count
        for index in (slow + deferred).sorted() {
            outcomes[index] = try saveOpened(records[index])
            done += 1
            progress?(done, records.count)
        }
        progress?(records.count, records.count)
        return outcomes.map { $0 ?? .written }
    }

    /// Validates, encodes and writes one record that should be new; defers when its file turns out to exist.
    private static func writeNew(_ record: any Record, path: String, layout: StoreLayout, reader: SafeFileReader) -> BulkResult {
        do { try record.validate() } catch { return .failed(StoreError.invalid(error)) }
        let bytes: Data
        do { bytes = try RecordCodec().encode(record) } catch {
            return .failed(StoreError.encoding(path: path, reason: String(describing: error)))
        }
        do {
            guard case .missing = try reader.read(path: layout.absolute(path)) else { return .deferred }
        } catch {
            return .failed(StoreError.unreadable(StoreProblem(path: path, reason: error.reason, kind: .unreadable)))
        }
        let slash = path.lastIndex(of: "/")!
        let folder = layout.absolute(String(path[..<slash]))
        let name = String(path[path.index(after: slash)...])
        do {
            return .written(try writeWithoutFolderSync(bytes, folder: folder, name: name), hash: ContentHash.of(bytes))
        } catch {
            return .failed(StoreError.io(action: "save", path: path, error))
        }
    }

    /// Fsyncs the folders (relative) in parallel; returns the first failure.
    private func syncFolders(_ folders: [String]) -> StoreError? {
        let layout = self.layout
        let errors = BulkSlots(count: folders.count)
        Self.runInParallel(count: folders.count, report: nil) { index in
            do throws(SystemError) { try DurableFile.syncFolder(layout.absolute(folders[index])) } catch {
                errors[index] = .failed(StoreError.io(action: "save", path: folders[index], error))
            }
        }
        for index in folders.indices {
            if case .failed(let error as StoreError)? = errors[index] { return error }
        }
        return nil
    }

    /// Runs `body` for 0..<count on `bulkWriterCount` threads; the calling thread waits and reports progress.
    static func runInParallel(count: Int, report: ((Int) -> Void)?, _ body: @escaping @Sendable (Int) -> Void) {
        guard count > 0 else { return }
        let queue = BulkCounter()
        let done = BulkCounter()
        let threads = min(Self.bulkWriterCount, count)
        let finished = DispatchGroup()
        for _ in 0..<threads {
            finished.enter()
            Thread.detachNewThread {
                while true {
                    let index = queue.increment() - 1
                    guard index < count else { break }
                    body(index)
                    done.increment()
                }
                finished.leave()
            }
        }
        var reported = -1
        while finished.wait(timeout: .now() + .milliseconds(100)) == .timedOut {
            let now = done.value
            if now != reported { reported = now; report?(now) }
        }
        report?(count)
    }
}

/// One result slot per record of a `saveAll`; each slot is written by exactly one worker.
private final class BulkSlots: @unchecked Sendable {
    private var slots: [GuildStore.BulkResult?]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    subscript(index: Int) -> GuildStore.BulkResult? {
        get { lock.withLock { slots[index] } }
        set { lock.withLock { slots[index] = newValue } }
    }
}

/// A thread-safe counter for `saveAll`'s workers.
private final class BulkCounter: @unchecked Sendable {
    private var count = 0
    private let lock = NSLock()

    /// The current value.
    var value: Int { lock.withLock { count } }

    /// Adds one and returns the new value.
    @discardableResult
    func increment() -> Int { lock.withLock { count += 1; return count } }
}

/// `DurableFile.write` minus the final folder fsync, which `saveAll` does once per folder.
private func writeWithoutFolderSync(_ bytes: Data, folder: String, name: String) throws(SystemError) -> FileStatus {
    let finalPath = folder + "/" + name
    let tempPath = folder + "/." + name + DurableFile.temporaryMarker + "\(getpid())-" + String(UInt64.random(in: 0...UInt64.max), radix: 36)
    let fd = open(tempPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw SystemError("create", path: tempPath, code: errno) }
    var closed = false
    var renamed = false
    defer {
        if !closed { close(fd) }
        if !renamed { unlink(tempPath) }
    }
    let failure: Int32? = bytes.withUnsafeBytes { buffer -> Int32? in
        var offset = 0
        while offset < buffer.count {
            let written = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return nil
    }
    if let failure { throw SystemError("write", path: tempPath, code: failure) }
    guard fsync(fd) == 0 else { throw SystemError("fsync", path: tempPath, code: errno) }
    guard rename(tempPath, finalPath) == 0 else { throw SystemError("rename", path: finalPath, code: errno) }
    renamed = true
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw SystemError("stat", path: finalPath, code: errno) }
    closed = true
    guard close(fd) == 0 else { throw SystemError("close", path: finalPath, code: errno) }
    return FileStatus(info)
}
