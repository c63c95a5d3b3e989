import Dispatch
import Foundation
import GuildCore

extension GuildStore {
    /// Reads every record file (notes too unless `includeNotes` is false); bad files become problems, the rest loads.
    ///
    /// With `verifyCache`, the records taken unread from trusted load cache snapshots are checked before it returns
    /// (an `lstat` of each, in parallel; changed files are read) instead of by the background check: for a command,
    /// which prints what it loaded at once and has no second to correct it, as the dashboard has.
    public func loadAll(includeNotes: Bool = true, verifyCache: Bool = false) -> LoadResult {
        state.withLock {
            // A fresh watch: folders from an earlier load (say, notes no longer included) stop reporting.
            if watch != nil { watch = FolderWatch() }
            watchChanges = FolderWatch.Changes()
            watchFolder("")
            files = FileIndex()
            newerSchemaPaths = []
            problemPaths = []
            pendingPaths = []
            folderProblems = [:]
            folderStamps = [:]
            loadedGroups = [:]
            allGroupsLoaded = includeNotes ? lazyKinds : []
            listings = [:]
            foldersWithTemporaryFiles = []
            folderGroups = [:]
            staleCacheFolders = []
            unverifiedFolders = []
            folderStamps[""] = try? FileStatus.of(path: layout.rootPath)
            readManifest()
            pendingSnapshots = openingSnapshots ?? readSnapshots()
            openingSnapshots = nil
            var tasks: [ReadTask] = []
            for kind in typesByKind.keys.sorted() { scanKind(kind, reread: true, onlyChanged: false, tasks: &tasks) }
            pendingSnapshots = [:]
            if verifyCache { verifyAdoptedFiles(tasks: &tasks) }
            lastLoadReads = tasks.count
            runTasks(tasks)
            checkedNewerSchema = newerSchemaFilesOfCheckedKinds()
            generation += 1
            scheduleCacheWork()
            return snapshot()
        }
    }

    /// Re-reads only what changed since the last load: folders whose stamp moved, then files whose fingerprint moved.
    ///
    /// With `full`, every known folder is listed and every file's `lstat` compared (catches in-place edits too).
    public func reload(full: Bool = false) -> LoadResult {
        state.withLock {
            if !full, watch != nil {
                collectWatchChanges()
                if !watchChanges.overflowed { return reloadWatched() }
            }
            watchChanges = FolderWatch.Changes()
            if full || folderChanged("") {
                folderStamps[""] = try? FileStatus.of(path: layout.rootPath)
                readManifest()
            }
            var tasks: [ReadTask] = []
            for kind in typesByKind.keys.sorted() { scanKind(kind, reread: false, onlyChanged: !full, tasks: &tasks) }
            let queued = Set(tasks.map(\.path))
            for path in pendingPaths where !queued.contains(path) {
                guard let known = files[path] else { continue }
                tasks.append(ReadTask(path: path, kind: known.kind, groupID: known.groupID, id: known.id, checkFolders: true))
            }
            pendingPaths = []
            runTasks(tasks)
            return snapshot()
        }
    }

    /// Whether anything changed since the last load or reload; cheap enough to poll every 250 ms.
    ///
    /// One `lstat` per loaded folder catches renames, creations and deletions (git and Guild both write that
    /// way); a rolling `lstat` of the next `sweepBatch` files catches in-place edits by other tools within a few sweeps.
    public func changedSinceLastLoad() -> Bool {
        state.withLock {
            if watch != nil {
                collectWatchChanges()
                return !watchChanges.isEmpty || !pendingPaths.isEmpty
            }
            if !pendingPaths.isEmpty || folderChanged("") { return true }
            // Every folder scanned so far: the kind folders and the group folders read.
            for (folder, stamp) in folderStamps where !folder.isEmpty {
                if (try? FileStatus.of(path: layout.absolute(folder))) != stamp { return true }
            }
            for kind in typesByKind.keys where folderStamps[kind.folder] == nil && folderChanged(kind.folder) { return true }
            return sweepFiles()
        }
    }

    /// Reads one group folder (a session's notes) on request, returning its records and problems.
    public func records<R: Record>(_ type: R.Type, inGroup groupID: UUID) -> (records: [R], problems: [StoreProblem]) {
        state.withLock {
            let folder = StoreLayout.folder(kind: R.kind, groupID: groupID)
            var tasks: [ReadTask] = []
            scanFolder(folder, kind: R.kind, groupID: groupID, reread: false, tasks: &tasks)
            loadedGroups[R.kind, default: []].insert(groupID)
            runTasks(tasks)
            let duplicates = duplicateProblems()
            var records: [R] = []
            var problems = folderProblems[folder] ?? []
            for id in files.sortedIDs(in: folder) {
                let path = FileIndex.path(folder, id)
                guard let entry = files[path] else { continue }
                if let problem = entry.problem ?? duplicates[path] { problems.append(problem) }
                // A conflicted note (markers) still shows, as its first kept version, beside its problem.
                if duplicates[path] == nil, let record = entry.record as? R { records.append(record) }
            }
            return (records, problems)
        }
    }

    /// One session's notes, oldest first, read on request; with the problems of that session's folder.
    public func notes(forSession sessionID: UUID) -> (notes: [NoteEntry], problems: [StoreProblem]) {
        let (notes, problems) = records(NoteEntry.self, inGroup: sessionID)
        return (notes.sorted { ($0.createdAt, $0.id.orderKey) < ($1.createdAt, $1.id.orderKey) }, problems)
    }

    /// Reads one record's file now (and remembers it for lost-update checks); nil when there is no such file.
    public func record<R: Record>(_ type: R.Type, id: UUID, groupID: UUID? = nil) throws -> R? {
        try state.withLock {
            let path = StoreLayout.relativePath(kind: R.kind, groupID: groupID, id: id)
            let task = ReadTask(path: path, kind: R.kind, groupID: groupID, id: id)
            let loaded = Self.read(task, type: R.self, codec: RecordCodec(), reader: reader, layout: layout, checkFolders: true)
            setEntry(loaded, at: path)
            if let problem = loaded?.problem { throw StoreError.unreadable(problem) }
            return loaded?.record as? R
        }
    }

    // MARK: - Scanning (call with `state` held)

    /// Checks the next batch of known files with `lstat`; remembers and reports those changed in place.
    func sweepFiles() -> Bool {
        if sweepGeneration != generation {
            sweepOrder = files.allPaths
            sweepGeneration = generation
            sweepIndex = 0
        }
        guard !sweepOrder.isEmpty else { return false }
        for _ in 0..<min(sweepBatch, sweepOrder.count) {
            if sweepIndex >= sweepOrder.count { sweepIndex = 0 }
            let path = sweepOrder[sweepIndex]
            sweepIndex += 1
            guard let known = files[path] else { continue }
            let now = try? FileStatus.of(path: layout.absolute(path))
            if now.map({ !known.fingerprint.looksUnchanged($0) }) ?? true { pendingPaths.insert(path) }
        }
        return !pendingPaths.isEmpty
    }

    /// Whether the folder's `lstat` differs from the stamp taken at its last scan.
    func folderChanged(_ relative: String) -> Bool {
        let now = try? FileStatus.of(path: relative.isEmpty ? layout.rootPath : layout.absolute(relative))
        return now != folderStamps[relative]
    }

    /// Lists a kind's folder and the group folders that should be read; queues files to read.
    func scanKind(_ kind: RecordKind, reread: Bool, onlyChanged: Bool, tasks: inout [ReadTask]) {
        var groupsToScan: Set<UUID> = []
        if !onlyChanged || folderChanged(kind.folder) {
            groupsToScan = listKindFolder(kind, reread: reread, tasks: &tasks)
        }
        for group in loadedGroups[kind] ?? [] where !onlyChanged || folderChanged(StoreLayout.folder(kind: kind, groupID: group)) {
            groupsToScan.insert(group)
        }
        scanGroups(groupsToScan, of: kind, reread: reread, tasks: &tasks)
    }

    /// Lists a kind's own folder, forgets group folders that vanished, and returns the new ones to read.
    func listKindFolder(_ kind: RecordKind, reread: Bool, tasks: inout [ReadTask]) -> Set<UUID> {
        let present = Set(scanFolder(kind.folder, kind: kind, groupID: nil, reread: reread, tasks: &tasks))
        for group in loadedGroups[kind] ?? [] where !present.contains(group) {
            forgetFolder(StoreLayout.folder(kind: kind, groupID: group))
            loadedGroups[kind]?.remove(group)
        }
        guard !lazyKinds.contains(kind) || allGroupsLoaded.contains(kind) else { return [] }
        return present.filter { !(loadedGroups[kind]?.contains($0) ?? false) }
    }

    /// Lists the given group folders of a kind and marks them loaded.
    func scanGroups(_ groups: Set<UUID>, of kind: RecordKind, reread: Bool, tasks: inout [ReadTask]) {
        for group in groups {
            scanFolder(StoreLayout.folder(kind: kind, groupID: group), kind: kind, groupID: group, reread: reread, tasks: &tasks)
            loadedGroups[kind, default: []].insert(group)
        }
    }

    /// Starts watching a folder; when the kernel runs out of watches, falls back to polling for good.
    func watchFolder(_ relative: String) {
        guard let watch else { return }
        if !watch.add(relative, absolute: relative.isEmpty ? layout.rootPath : layout.absolute(relative)) {
            self.watch = nil
        }
    }

    /// Reads pending watch events and drops file events this process already knows about (its own saves).
    func collectWatchChanges() {
        guard let watch else { return }
        let fresh = watch.drain()
        watchChanges.overflowed = watchChanges.overflowed || fresh.overflowed
        watchChanges.folders.formUnion(fresh.folders)
        for path in fresh.paths where path.hasSuffix(".json") {
            let now = try? FileStatus.of(path: layout.absolute(path))
            let changed = files[path].map { known in now.map { !known.fingerprint.looksUnchanged($0) } ?? true } ?? (now != nil)
            if changed { watchChanges.paths.insert(path) }
        }
    }

    /// An incremental reload driven by watch events: only the folders and files they name.
    func reloadWatched() -> LoadResult {
        let changes = watchChanges
        watchChanges = FolderWatch.Changes()
        var tasks: [ReadTask] = []
        var listed: Set<String> = []
        if changes.folders.contains("") {
            folderStamps[""] = try? FileStatus.of(path: layout.rootPath)
            readManifest()
            for kind in typesByKind.keys.sorted() where folderChanged(kind.folder) {
                scanGroups(listKindFolder(kind, reread: false, tasks: &tasks), of: kind, reread: false, tasks: &tasks)
                listed.insert(kind.folder)
            }
        }
        for folder in changes.folders.sorted() where !folder.isEmpty && !listed.contains(folder) {
            let parts = folder.split(separator: "/").map(String.init)
            guard let kind = RecordKind(rawValue: parts[0]), typesByKind[kind] != nil else { continue }
            if parts.count == 1 {
                scanGroups(listKindFolder(kind, reread: false, tasks: &tasks), of: kind, reread: false, tasks: &tasks)
            } else if let group = StoreLayout.groupID(fromFolderName: parts[1]) {
                scanFolder(folder, kind: kind, groupID: group, reread: false, tasks: &tasks)
            }
            listed.insert(folder)
        }
        let queued = Set(tasks.map(\.path))
        for path in changes.paths.union(pendingPaths) where !queued.contains(path) {
            let parts = path.split(separator: "/").map(String.init)
            guard let kind = RecordKind(rawValue: parts[0]), typesByKind[kind] != nil,
                  parts.count == 2 || parts.count == 3,
                  let id = StoreLayout.recordID(fromFileName: parts[parts.count - 1]) else { continue }
            let group = parts.count == 3 ? StoreLayout.groupID(fromFolderName: parts[1]) : nil
            if parts.count == 3, group == nil { continue }
            if listed.contains(parts.dropLast().joined(separator: "/")) { continue }
            let now = try? FileStatus.of(path: layout.absolute(path))
            if let known = files[path], let now, known.fingerprint.looksUnchanged(now) { continue }
            if now == nil {
                if files[path] != nil { setEntry(nil, at: path) }
                continue
            }
            tasks.append(ReadTask(path: path, kind: kind, groupID: group, id: id, checkFolders: true))
        }
        pendingPaths = []
        runTasks(tasks)
        return snapshot()
    }

    /// Lists one folder: queues new and changed record files, forgets vanished ones, notes odd entries; returns group ids.
    ///
    /// A kind folder with a load cache snapshot (during `loadAll`) is not listed when its stamp is unchanged and
    /// trusted; otherwise files whose `lstat` matches their cached fingerprint are taken from the snapshot unread.
    @discardableResult
    func scanFolder(_ folder: String, kind: RecordKind, groupID: UUID?, reread: Bool, tasks: inout [ReadTask]) -> [UUID] {
        let absolute = layout.absolute(folder)
        let takenAt = LoadCache.now() + cacheClockOffset
        let status: FileStatus?
        do { status = try FileStatus.of(path: absolute) } catch {
            forgetFolder(folder)
            setFolderProblems([StoreProblem(path: folder, reason: error.reason, kind: .unreadable)], for: folder)
            return []
        }
        guard let status else {
            forgetFolder(folder)
            return []
        }
        // A group folder is read only when its kind folder is a real folder too: never through a committed link.
        let refusal = status.isSymbolicLink ? "a symbolic link; links are not followed"
            : !status.isFolder ? "expected a folder, found \(status.typeName)"
            : groupID == nil ? nil : layout.refusal(folder, leaf: .folder)
        if let refusal {
            forgetFolder(folder)
            folderStamps[folder] = status
            setFolderProblems([StoreProblem(path: folder, reason: refusal, kind: .unreadable)], for: folder)
            return []
        }
        // Stamp and watch before listing: a change made while listing shows up on the next check.
        folderStamps[folder] = status
        watchFolder(folder)
        var cached: [UUID: FolderSnapshot.Entry] = [:]
        if groupID == nil {
            listings[folder] = (status, takenAt)
            if let snapshot = pendingSnapshots.removeValue(forKey: folder) {
                if snapshot.stampTrusted, snapshot.stamp == status {
                    return adopt(snapshot, folder: folder, tasks: &tasks)
                }
                cached.reserveCapacity(snapshot.entries.count)
                for entry in snapshot.entries where entry.record != nil { cached[entry.id] = entry }
            }
            staleCacheFolders.insert(folder)
        }
        let entries: [FolderListing.Entry]
        do { entries = try FolderListing.entries(of: absolute) ?? [] } catch {
            forgetFolder(folder)
            setFolderProblems([StoreProblem(path: folder, reason: error.reason, kind: .unreadable)], for: folder)
            return []
        }
        var problems: [StoreProblem] = []
        var listed: Set<UUID> = []
        var groups: [UUID] = []
        var stale: [String] = []
        var candidates: [(path: String, entry: FolderSnapshot.Entry)] = []
        for entry in entries {
            if entry.name.hasPrefix(".") {
                if entry.type == .file, DurableFile.isTemporaryName(entry.name) { stale.append(entry.name) }
                continue
            }
            let path = folder + "/" + entry.name
            if entry.type == .symbolicLink, !entry.name.hasSuffix(".json") {
                // A linked folder (a committed `notes/<session>` → elsewhere): reported, never listed or read.
                problems.append(StoreProblem(path: path, reason: "a symbolic link; links are not followed", kind: .unreadable))
                continue
            }
            if entry.type == .folder {
                if groupID == nil, let group = StoreLayout.groupID(fromFolderName: entry.name) {
                    groups.append(group)
                } else {
                    problems.append(StoreProblem(path: path, reason: "unexpected folder (records are <id>.json files\(groupID == nil ? " or <id> folders" : ""))", kind: .misplaced))
                }
                continue
            }
            guard entry.name.hasSuffix(".json") else { continue }
            guard let id = StoreLayout.recordID(fromFileName: entry.name) else {
                problems.append(StoreProblem(path: path, reason: "not a record file name (expected a lowercase id such as 0b8e5a52-…-3c1f.json)", kind: .misplaced))
                continue
            }
            listed.insert(id)
            if let hit = cached[id] {
                candidates.append((path, hit))
                continue
            }
            if !reread, let known = files[path], let now = try? FileStatus.of(path: layout.absolute(path)),
               known.fingerprint.looksUnchanged(now) {
                continue
            }
            tasks.append(ReadTask(path: path, kind: kind, groupID: groupID, id: id))
        }
        if !candidates.isEmpty { adoptUnchanged(candidates, kind: kind, groupID: groupID, tasks: &tasks) }
        let vanished = files.ids(in: folder).filter { !listed.contains($0) }
        for id in vanished { setEntry(nil, at: FileIndex.path(folder, id)) }
        setFolderProblems(problems.isEmpty ? nil : problems, for: folder)
        if groupID == nil { folderGroups[folder] = groups }
        if groupID == nil {
            if stale.isEmpty { foldersWithTemporaryFiles.remove(folder) } else { foldersWithTemporaryFiles.insert(folder) }
        }
        if !stale.isEmpty, let lock, !isReadOnlyLocked {
            // Left by a crashed writer: a live one holds the lock while its temporary file exists.
            try? lock.withLock { try removeTemporaryFiles(stale, in: absolute) }
        }
        return groups
    }

    /// Drops everything known about a folder that is gone.
    func forgetFolder(_ folder: String) {
        watch?.remove(folder)
        for id in files.ids(in: folder) { setEntry(nil, at: FileIndex.path(folder, id)) }
        setFolderProblems(nil, for: folder)
        folderStamps[folder] = nil
    }

    /// Replaces a folder's problems, moving the generation when they differ.
    func setFolderProblems(_ problems: [StoreProblem]?, for folder: String) {
        guard folderProblems[folder] != problems else { return }
        folderProblems[folder] = problems
        generation += 1
    }

    /// Reads and decodes the queued files (in parallel when there are many) and records the results.
    func runTasks(_ tasks: [ReadTask]) {
        guard !tasks.isEmpty else { return }
        let slots = WorkerSlots<LoadedFile?>(count: tasks.count)
        let chunkSize = 64
        let chunks = (tasks.count + chunkSize - 1) / chunkSize
        let reader = self.reader
        let layout = self.layout
        let types = self.typesByKind
        let work: @Sendable (Int) -> Void = { chunk in
            let codec = RecordCodec()
            for index in (chunk * chunkSize)..<min(tasks.count, (chunk + 1) * chunkSize) {
                let task = tasks[index]
                guard let type = types[task.kind] else { continue }
                slots[index] = Self.read(task, type: type, codec: codec, reader: reader, layout: layout, checkFolders: task.checkFolders)
            }
        }
        if chunks == 1 {
            work(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: chunks, execute: work)
        }
        for (index, task) in tasks.enumerated() { setEntry(slots[index], at: task.path) }
    }

    /// Reads one file and judges it; nil when it does not exist. Pure apart from the read.
    ///
    /// The file itself is opened with `O_NOFOLLOW`; with `checkFolders` every folder on the way is checked too
    /// (`ContainedPath`). Files queued by a folder scan skip that: the scan checked their folder moments before.
    static func read<R: Record>(_ task: ReadTask, type: R.Type, codec: RecordCodec, reader: SafeFileReader, layout: StoreLayout,
                                checkFolders: Bool = false) -> LoadedFile? {
        let absolute = layout.absolute(task.path)
        func entry(_ fingerprint: FileFingerprint, _ record: R?, _ problem: StoreProblem?) -> LoadedFile {
            LoadedFile(kind: task.kind, groupID: task.groupID, id: task.id, fingerprint: fingerprint, record: record, problem: problem)
        }
        let outcome: FileReadOutcome
        do { outcome = try checkFolders ? reader.read(task.path, in: layout) : reader.read(path: absolute) } catch {
            let status = (try? FileStatus.of(path: absolute)) ?? nil
            return entry(FileFingerprint(status: status ?? FileStatus(stat()), contentHash: 0), nil,
                         StoreProblem(path: task.path, reason: error.reason, kind: .unreadable))
        }
        switch outcome {
        case .missing:
            return nil
        case .refused(let reason):
            let status = (try? FileStatus.of(path: absolute)) ?? nil
            return entry(FileFingerprint(status: status ?? FileStatus(stat()), contentHash: 0), nil,
                         StoreProblem(path: task.path, reason: reason, kind: .unreadable))
        case .contents(let data, let fingerprint):
            switch codec.decode(R.self, from: data, path: task.path) {
            case .failure(let problem):
                // A file git left with markers still loads, as its first kept version, so the record stays in every
                // list; the problem stays beside it, so saves over it refuse until the conflict is resolved.
                if problem.kind == .mergeConflict, let record = conflictedVersion(R.self, data, task, codec: codec) {
                    return entry(fingerprint, record, problem)
                }
                return entry(fingerprint, nil, problem)
            case .success(let record):
                if let problem = placementProblem(record, task) {
                    // Text longer than its limit: the record is shown with it cut, the problem stays beside it (so
                    // saves over the file refuse) and the file is left as it is.
                    if problem.kind == .invalid, let (cut, problem) = cutToLimits(record, task) { return entry(fingerprint, cut, problem) }
                    return entry(fingerprint, nil, problem)
                }
                return entry(fingerprint, record, nil)
            }
        }
    }

    /// `record` with its over-long text cut to `TextLimit`, and the problem naming each field cut, when that is all that
    /// is wrong with it; nil otherwise.
    static func cutToLimits<R: Record>(_ record: R, _ task: ReadTask) -> (R, StoreProblem)? {
        let (cut, fields) = TextLimit.cut(record)
        guard let first = fields.first, placementProblem(cut, task) == nil else { return nil }
        let place = fields.map { "field \"\($0.field)\"" }.joined(separator: ", ")
        let reason = fields.count == 1 ? "\(first.message); shown cut, the file is left as it is"
            : fields.map { "\($0.field) \($0.message)" }.joined(separator: "; ") + "; shown cut, the file is left as it is"
        return (cut, StoreProblem(path: task.path, place: place, reason: reason, kind: .invalid))
    }

    /// The first version a conflicted file keeps, when it decodes as a valid record that belongs at its path.
    static func conflictedVersion<R: Record>(_ type: R.Type, _ data: Data, _ task: ReadTask, codec: RecordCodec) -> R? {
        guard let conflict = ConflictedRecord(path: task.path, bytes: data), let bytes = conflict.firstKeptVersion,
              case .success(let record) = codec.decode(R.self, from: bytes, path: task.path),
              placementProblem(record, task) == nil else { return nil }
        return record
    }

    /// Why a decoded record does not belong at its path (name ≠ id, wrong group folder) or breaks its own rules.
    static func placementProblem<R: Record>(_ record: R, _ task: ReadTask) -> StoreProblem? {
        if record.id != task.id {
            return StoreProblem(path: task.path, place: "field \"id\"",
                                reason: "the file name says \(task.id.uuidString.lowercased()) but the record's id is \(record.id.uuidString.lowercased())",
                                kind: .misplaced)
        }
        if record.groupID != task.groupID {
            let wanted = StoreLayout.folder(kind: task.kind, groupID: record.groupID)
            return StoreProblem(path: task.path, reason: "this record belongs in the folder \(wanted)/", kind: .misplaced)
        }
        do { try record.validate() } catch {
            return StoreProblem(path: task.path, place: "field \"\(error.field)\"", reason: error.message, kind: .invalid)
        }
        return nil
    }
}
