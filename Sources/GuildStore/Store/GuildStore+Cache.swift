#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Foundation
import GuildCore

extension GuildStore {
    /// Waits until the load cache work queued by `loadAll` (the background `lstat` check and cache writes) is done.
    public func waitForCacheWork() {
        cacheWork.wait()
    }

    /// Waits for the load cache files `loadAll` queued for rewriting, if it queued any; returns at once otherwise.
    ///
    /// A short-lived process (a CLI command) calls this before it exits, so the next one loads from the cache
    /// instead of reading every file again; when the cache was current, it does not wait for the background check.
    public func waitForCacheWrites() {
        let queued = state.withLock { cacheWritesQueued }
        if queued { cacheWork.wait() }
    }

    /// Deletes the load cache; the next `loadAll` reads every file and writes it again. Always safe.
    public func removeLoadCache() {
        guard let loadCache else { return }
        cacheWork.wait()
        for kind in RecordKind.allCases { loadCache.remove(kind) }
    }

    // MARK: - Loading (call with `state` held)

    /// Reads the snapshot of every kind folder `loadAll` will list, in parallel; missing or unusable ones are left out.
    func readSnapshots() -> [String: FolderSnapshot] {
        guard let loadCache else { return [:] }
        let kinds = typesByKind.keys.filter { cachedKinds.contains($0) }.sorted()
        let slots = SnapshotSlots(count: kinds.count)
        DispatchQueue.concurrentPerform(iterations: kinds.count) { index in
            slots[index] = loadCache.read(kinds[index])
        }
        var result: [String: FolderSnapshot] = [:]
        for (index, kind) in kinds.enumerated() {
            if let snapshot = slots[index] { result[kind.folder] = snapshot }
        }
        return result
    }

    /// Takes a trusted snapshot's files as loaded (their records unread) and queues its bad files; returns its groups.
    ///
    /// During `loadAll` the folder is still empty in the index, so the snapshot's entries become its table as they are
    /// (shared, not copied: no per-file work at all); otherwise each file goes through `setEntry`. The same entries
    /// serve the background `lstat` check.
    func adopt(_ snapshot: FolderSnapshot, folder: String, tasks: inout [ReadTask]) -> [UUID] {
        let kind = snapshot.kind
        setFolderProblems(nil, for: folder)
        folderGroups[folder] = snapshot.groups
        unverifiedFolders.append((folder, snapshot.entries))
        guard files.fileCount(in: folder) == 0 else {
            for entry in snapshot.entries {
                let path = FileIndex.path(folder, entry.id)
                if let record = entry.record {
                    setEntry(LoadedFile(kind: kind, groupID: nil, id: entry.id, fingerprint: entry.fingerprint, record: record, problem: nil), at: path)
                } else {
                    tasks.append(ReadTask(path: path, kind: kind, groupID: nil, id: entry.id))
                }
            }
            return snapshot.groups
        }
        for entry in snapshot.entries where entry.record == nil {
            tasks.append(ReadTask(path: FileIndex.path(folder, entry.id), kind: kind, groupID: nil, id: entry.id))
        }
        files.fill(folder, kind: kind, entries: snapshot.entries)
        generation += 1
        return snapshot.groups
    }

    /// `lstat`s files that have a cached record (in parallel when many): unchanged ones are taken from the cache, the rest queued.
    func adoptUnchanged(_ candidates: [(path: String, entry: FolderSnapshot.Entry)], kind: RecordKind, groupID: UUID?,
                        tasks: inout [ReadTask]) {
        let layout = self.layout
        let unchanged = WorkerSlots(count: candidates.count, initial: false)
        let chunk = 512
        let chunks = (candidates.count + chunk - 1) / chunk
        DispatchQueue.concurrentPerform(iterations: chunks) { part in
            for index in (part * chunk)..<min(candidates.count, (part + 1) * chunk) {
                let candidate = candidates[index]
                if let now = try? FileStatus.of(path: layout.absolute(candidate.path)),
                   candidate.entry.fingerprint.looksUnchanged(now) {
                    unchanged[index] = true
                }
            }
        }
        for (index, candidate) in candidates.enumerated() {
            let entry = candidate.entry
            if unchanged[index], let record = entry.record {
                setEntry(LoadedFile(kind: kind, groupID: groupID, id: entry.id, fingerprint: entry.fingerprint, record: record, problem: nil),
                         at: candidate.path)
            } else {
                tasks.append(ReadTask(path: candidate.path, kind: kind, groupID: groupID, id: entry.id))
            }
        }
    }

    /// During `loadAll`: `lstat`s the files taken unread from trusted snapshots now, in parallel; changed or vanished
    /// ones are queued to be read (and their folder's cache file rewritten), so nothing is left to the background check.
    func verifyAdoptedFiles(tasks: inout [ReadTask]) {
        let verify = unverifiedFolders
        unverifiedFolders = []
        guard !verify.isEmpty else { return }
        let layout = self.layout
        // In pieces of up to 2,048 files, so a large folder (20,000 action items) spreads over the cores too.
        var pieces: [(folder: String, entries: [FolderSnapshot.Entry])] = []
        for (folder, entries) in verify {
            var start = 0
            while start < entries.count {
                pieces.append((folder, Array(entries[start..<min(entries.count, start + 2_048)])))
                start += 2_048
            }
        }
        let found = WorkerSlots<[(path: String, fingerprint: FileFingerprint)]?>(count: pieces.count)
        let work = pieces
        DispatchQueue.concurrentPerform(iterations: work.count) { index in
            found[index] = Self.changedFiles(work[index].entries, in: work[index].folder, layout: layout)
        }
        for index in pieces.indices {
            for item in found[index] ?? [] {
                guard let known = files[item.path], let slash = item.path.utf8.lastIndex(of: UInt8(ascii: "/")) else { continue }
                tasks.append(ReadTask(path: item.path, kind: known.kind, groupID: known.groupID, id: known.id))
                staleCacheFolders.insert(String(item.path[..<slash]))
            }
        }
    }

    /// After `loadAll`: in the background, `lstat` the files taken unread from trusted snapshots (any that changed
    /// in place become pending, so the next `changedSinceLastLoad` reports them), then rewrite stale cache files.
    func scheduleCacheWork() {
        let verify = unverifiedFolders
        unverifiedFolders = []
        let folders = staleCacheFolders.filter { folder in
            guard let kind = RecordKind(rawValue: folder), cachedKinds.contains(kind) else { return false }
            if files.fileCount(in: folder) + (folderGroups[folder]?.count ?? 0) >= cacheMinimumEntries { return true }
            var bytes: Int64 = 0
            for entry in files.table(folder)?.entries ?? [] { bytes += entry.fingerprint.status.size }
            return bytes >= cacheMinimumBytes
        }
        staleCacheFolders = []
        cacheWritesQueued = false
        guard let loadCache, !isReadOnlyLocked, !(verify.isEmpty && folders.isEmpty) else { return }
        cacheWritesQueued = !folders.isEmpty
        let layout = self.layout
        cacheWork.enter()
        cacheQueue.async { [self] in
            defer { cacheWork.leave() }
            var changed: [(path: String, fingerprint: FileFingerprint)] = []
            for (folder, entries) in verify { changed += Self.changedFiles(entries, in: folder, layout: layout) }
            let snapshots: [FolderSnapshot] = state.withLock {
                var folders = folders
                for item in changed where files[item.path]?.fingerprint == item.fingerprint {
                    pendingPaths.insert(item.path)
                    folders.insert(String(item.path[..<item.path.utf8.lastIndex(of: UInt8(ascii: "/"))!]))
                }
                return folders.sorted().compactMap { folder in
                    guard let snapshot = makeSnapshot(folder) else {
                        if let kind = RecordKind(rawValue: folder) { loadCache.remove(kind) }
                        return nil
                    }
                    return snapshot
                }
            }
            guard !snapshots.isEmpty, (try? PrivateFolder.prepare(layout)) != nil,
                  let lock = try? StoreLock(path: loadCache.lockPath) else { return }
            for snapshot in snapshots {
                _ = try? lock.withLock { try loadCache.write(snapshot) }
            }
        }
    }

    /// What a kind folder holds now as a snapshot; records changed too recently to trust their stamps are left out.
    func makeSnapshot(_ folder: String) -> FolderSnapshot? {
        guard let kind = RecordKind(rawValue: folder), cachedKinds.contains(kind), let stamp = folderStamps[folder], stamp.isFolder,
              let listing = listings[folder] else { return nil }
        let trusted = listing.stamp == stamp && LoadCache.isSettled(stamp, takenAt: listing.takenAt)
            && (folderProblems[folder] ?? []).isEmpty && !foldersWithTemporaryFiles.contains(folder)
        var entries: [FolderSnapshot.Entry] = []
        let table = files.table(folder) ?? FolderTable(kind: kind, groupID: nil)
        entries.reserveCapacity(table.count)
        for file in table.files {
            let id = file.id
            let settled = LoadCache.isSettled(file.fingerprint.status, takenAt: listing.takenAt)
                && (pendingPaths.isEmpty || !pendingPaths.contains(FileIndex.path(folder, id)))
            entries.append(FolderSnapshot.Entry(id: id, fingerprint: file.fingerprint,
                                                record: settled && file.problem == nil ? file.record : nil))
        }
        return FolderSnapshot(kind: kind, stamp: stamp, stampTrusted: trusted, groups: folderGroups[folder] ?? [], entries: entries)
    }

    /// The entries with a record whose file's `lstat` no longer matches their fingerprint (or that are gone), as
    /// paths: one `fstatat` per file against the folder opened once (no walk from the root for each file).
    static func changedFiles(_ entries: [FolderSnapshot.Entry], in folder: String,
                             layout: StoreLayout) -> [(path: String, fingerprint: FileFingerprint)] {
        let absolute = layout.absolute(folder)
        let descriptor = Glibc.open(absolute, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        defer { if descriptor >= 0 { close(descriptor) } }
        var changed: [(path: String, fingerprint: FileFingerprint)] = []
        for entry in entries where entry.record != nil {
            let name = StoreLayout.fileName(for: entry.id)
            let now = descriptor >= 0 ? FileStatus.of(name: name, in: descriptor) : (try? FileStatus.of(path: absolute + "/" + name)) ?? nil
            if !(now.map { entry.fingerprint.looksUnchanged($0) } ?? false) { changed.append((folder + "/" + name, entry.fingerprint)) }
        }
        return changed
    }
}
