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
    /// During `loadAll` the folder is still empty in every index, so its entries go in all at once (one reservation
    /// per table, no per-file bookkeeping of old entries); otherwise each file goes through `setEntry`.
    func adopt(_ snapshot: FolderSnapshot, folder: String, tasks: inout [ReadTask]) -> [UUID] {
        let kind = snapshot.kind
        setFolderProblems(nil, for: folder)
        unverifiedFiles.reserveCapacity(unverifiedFiles.count + snapshot.entries.count)
        folderGroups[folder] = snapshot.groups
        guard (folderFiles[folder] ?? []).isEmpty else {
            for entry in snapshot.entries {
                let path = folder + "/" + StoreLayout.fileName(for: entry.id)
                if let record = entry.record {
                    setEntry(LoadedFile(kind: kind, groupID: nil, id: entry.id, fingerprint: entry.fingerprint, record: record, problem: nil), at: path)
                    unverifiedFiles.append((path, entry.fingerprint))
                } else {
                    tasks.append(ReadTask(path: path, kind: kind, groupID: nil, id: entry.id))
                }
            }
            return snapshot.groups
        }
        var names = Set<String>(minimumCapacity: snapshot.entries.count)
        var byID = pathsByID.removeValue(forKey: kind) ?? [:]
        byID.reserveCapacity(byID.count + snapshot.entries.count)
        files.reserveCapacity(files.count + snapshot.entries.count)
        let prefix = folder + "/"
        for entry in snapshot.entries {
            let name = StoreLayout.fileName(for: entry.id)
            let path = prefix + name
            guard let record = entry.record else {
                tasks.append(ReadTask(path: path, kind: kind, groupID: nil, id: entry.id))
                continue
            }
            files[path] = LoadedFile(kind: kind, groupID: nil, id: entry.id, fingerprint: entry.fingerprint, record: record, problem: nil)
            names.insert(name)
            byID[entry.id, default: []].insert(path)
            unverifiedFiles.append((path, entry.fingerprint))
        }
        pathsByID[kind] = byID
        if !names.isEmpty { folderFiles[folder] = names }
        generation += 1
        return snapshot.groups
    }

    /// `lstat`s files that have a cached record (in parallel when many): unchanged ones are taken from the cache, the rest queued.
    func adoptUnchanged(_ candidates: [(path: String, entry: FolderSnapshot.Entry)], kind: RecordKind, groupID: UUID?,
                        tasks: inout [ReadTask]) {
        let layout = self.layout
        let unchanged = FlagSlots(count: candidates.count)
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
        let verify = unverifiedFiles
        unverifiedFiles = []
        guard !verify.isEmpty else { return }
        let layout = self.layout
        let unchanged = FlagSlots(count: verify.count)
        let chunk = 512
        DispatchQueue.concurrentPerform(iterations: (verify.count + chunk - 1) / chunk) { part in
            for index in (part * chunk)..<min(verify.count, (part + 1) * chunk) {
                let item = verify[index]
                if let now = try? FileStatus.of(path: layout.absolute(item.path)), item.fingerprint.looksUnchanged(now) {
                    unchanged[index] = true
                }
            }
        }
        for (index, item) in verify.enumerated() where !unchanged[index] {
            guard let known = files[item.path], let slash = item.path.utf8.lastIndex(of: UInt8(ascii: "/")) else { continue }
            tasks.append(ReadTask(path: item.path, kind: known.kind, groupID: known.groupID, id: known.id))
            staleCacheFolders.insert(String(item.path[..<slash]))
        }
    }

    /// After `loadAll`: in the background, `lstat` the files taken unread from trusted snapshots (any that changed
    /// in place become pending, so the next `changedSinceLastLoad` reports them), then rewrite stale cache files.
    func scheduleCacheWork() {
        let verify = unverifiedFiles
        unverifiedFiles = []
        let folders = staleCacheFolders.filter { folder in
            guard let kind = RecordKind(rawValue: folder), cachedKinds.contains(kind) else { return false }
            let names = folderFiles[folder] ?? []
            if names.count + (folderGroups[folder]?.count ?? 0) >= cacheMinimumEntries { return true }
            var bytes: Int64 = 0
            for name in names { bytes += files[folder + "/" + name]?.fingerprint.status.size ?? 0 }
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
            for item in verify {
                let now = try? FileStatus.of(path: layout.absolute(item.path))
                if !(now.map { item.fingerprint.looksUnchanged($0) } ?? false) { changed.append(item) }
            }
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
        let names = folderFiles[folder] ?? []
        entries.reserveCapacity(names.count)
        for name in names {
            let path = folder + "/" + name
            guard let file = files[path] else { continue }
            let settled = LoadCache.isSettled(file.fingerprint.status, takenAt: listing.takenAt) && !pendingPaths.contains(path)
            entries.append(FolderSnapshot.Entry(id: file.id, fingerprint: file.fingerprint,
                                                record: settled && file.problem == nil ? file.record : nil))
        }
        return FolderSnapshot(kind: kind, stamp: stamp, stampTrusted: trusted, groups: folderGroups[folder] ?? [], entries: entries)
    }
}
