#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Foundation
import GuildCore

extension GuildStore {
    /// Reads every record of a kind kept in group folders (each session's notes) one group at a time, hands each
    /// group's records to `visit` (in the order of the groups' ids, a group's records in the order of their file
    /// names) and returns the problems of those folders and files. The store keeps none of them, so a command that
    /// searches every note holds only what it keeps itself.
    ///
    /// A group folder comes from the load cache (`.guild/cache/<kind>.groups.cache`) when its `lstat` matches the
    /// trusted stamp cached for it and every file's `lstat` matches its cached fingerprint; any other group folder is
    /// read as `records(_:inGroup:)` reads it (bad files become problems, changed files are decoded). The cache file
    /// is rewritten when anything differed (never for a read-only store). Needs a `loadAll` first (it lists the groups).
    public func scanGroups<R: Record>(_ type: R.Type, visit: (_ groupID: UUID, _ records: [R]) -> Void) -> [StoreProblem] {
        let kind = R.kind
        let (groups, loadedBefore, readOnly) = state.withLock { () -> ([UUID], Set<UUID>, Bool) in
            var tasks: [ReadTask] = []
            if folderGroups[kind.folder] == nil { _ = listKindFolder(kind, reread: false, tasks: &tasks) }
            runTasks(tasks)
            let loaded = allGroupsLoaded.contains(kind) ? Set(folderGroups[kind.folder] ?? []) : loadedGroups[kind] ?? []
            return ((folderGroups[kind.folder] ?? []).sorted { $0.orderKey < $1.orderKey }, loaded, isReadOnlyLocked)
        }
        let cache = loadCache?.readGroups(kind)
        let layout = self.layout
        var problems: [StoreProblem] = []
        var written: [(id: UUID, snapshot: Data)] = []
        written.reserveCapacity(groups.count)
        var changed = cache == nil || cache?.ranges.count != groups.count
        var reads = 0
        let batchSize = 256
        var start = 0
        while start < groups.count {
            let batch = Array(groups[start..<min(groups.count, start + batchSize)])
            start += batchSize
            // In parallel: the groups whose folder and files all match the cache, decoded from it.
            let slots = WorkerSlots<[R]?>(count: batch.count)
            if let cache {
                DispatchQueue.concurrentPerform(iterations: (batch.count + 31) / 32) { part in
                    for index in (part * 32)..<min(batch.count, (part + 1) * 32) {
                        slots[index] = Self.cachedRecords(R.self, group: batch[index], cache: cache, layout: layout)
                    }
                }
            }
            for (index, group) in batch.enumerated() {
                if let records = slots[index], let encoded = cache?.encoded(group) {
                    visit(group, records)
                    written.append((group, encoded))
                    continue
                }
                changed = true
                reads += 1
                let folder = StoreLayout.folder(kind: kind, groupID: group)
                let takenAt = LoadCache.now() + cacheClockOffset
                let (records, found) = self.records(R.self, inGroup: group)
                problems.append(contentsOf: found)
                visit(group, records)
                let snapshot: FolderSnapshot? = state.withLock {
                    defer {
                        if !loadedBefore.contains(group) {
                            forgetFolder(folder)
                            loadedGroups[kind]?.remove(group)
                        }
                    }
                    return makeGroupSnapshot(folder, kind: kind, takenAt: takenAt)
                }
                if let snapshot { written.append((group, GroupSnapshots.encode(snapshot))) }
            }
        }
        state.withLock { lastScanGroupReads = reads }
        if changed, !readOnly, let loadCache, (try? PrivateFolder.prepare(layout)) != nil,
           let lock = try? StoreLock(path: loadCache.lockPath) {
            _ = try? lock.withLock { try loadCache.writeGroups(kind, written) }
        }
        return problems
    }

    /// A group folder's records from the cache, when the folder's `lstat` equals its trusted cached stamp (no file
    /// came or went) and every file's `lstat` matches its fingerprint; nil otherwise.
    static func cachedRecords<R: Record>(_ type: R.Type, group: UUID, cache: GroupSnapshots, layout: StoreLayout) -> [R]? {
        guard let snapshot = cache.snapshot(of: group), snapshot.stampTrusted else { return nil }
        let folder = StoreLayout.folder(kind: R.kind, groupID: group)
        // The folder opened without following a link, then checked to be the very folder the cache describes.
        let fd = Glibc.open(layout.absolute(folder), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        guard let now = try? FileStatus.of(descriptor: fd, path: folder), now == snapshot.stamp else { return nil }
        var records: [R] = []
        records.reserveCapacity(snapshot.entries.count)
        for entry in snapshot.entries {
            guard let record = entry.record as? R, record.groupID == group,
                  let status = FileStatus.of(name: StoreLayout.fileName(for: entry.id), in: fd),
                  entry.fingerprint.looksUnchanged(status) else { return nil }
            records.append(record)
        }
        return records
    }

    /// What a group folder just read holds, as a snapshot for the group cache (call with `state` held): its stamp is
    /// trusted when it was settled when read and the folder had no odd entries; records changed too recently to trust
    /// their stamps, and bad files, are left out (the folder is read again next time).
    func makeGroupSnapshot(_ folder: String, kind: RecordKind, takenAt: Int64) -> FolderSnapshot? {
        guard let stamp = folderStamps[folder], stamp.isFolder else { return nil }
        let trusted = LoadCache.isSettled(stamp, takenAt: takenAt) && (folderProblems[folder] ?? []).isEmpty
        let ids = files.sortedIDs(in: folder)
        var entries: [FolderSnapshot.Entry] = []
        entries.reserveCapacity(ids.count)
        for id in ids {
            let path = FileIndex.path(folder, id)
            guard let file = files[path] else { continue }
            let settled = LoadCache.isSettled(file.fingerprint.status, takenAt: takenAt) && !pendingPaths.contains(path)
            entries.append(FolderSnapshot.Entry(id: file.id, fingerprint: file.fingerprint,
                                                record: settled && file.problem == nil ? file.record : nil))
        }
        return FolderSnapshot(kind: kind, stamp: stamp, stampTrusted: trusted, groups: [], entries: entries)
    }
}
