import Foundation
import GuildCore

/// A Guild store on disk: one JSON file per record, durable writes of changes against their base (never a lost
/// update), bad files reported and left alone.
///
/// Thread-safe: every operation takes an internal lock, and writes also take `flock` on `.guild/lock`
/// so other processes on the same store wait. Call it from any thread or task.
public final class GuildStore: @unchecked Sendable {
    /// Where the store lives and the names inside it.
    public let layout: StoreLayout
    /// The store folder.
    public let root: URL

    let typesByKind: [RecordKind: any Record.Type]
    /// Kinds not loaded whose files are still checked for a newer schema at each `loadAll` (a writer that loads only
    /// what it needs still refuses to write a store a newer Guild wrote to).
    let schemaCheckedTypes: [RecordKind: any Record.Type]
    let reader: SafeFileReader
    /// Kinds whose group folders are read only on request unless `includeNotes` is set.
    let lazyKinds = Set(RecordRegistry.all.filter(\.groupsLoadOnRequest).map(\.kind))
    let lock: StoreLock?

    /// Guards every mutable property below.
    let state = NSLock()
    var manifest: StoreManifest?
    var manifestStatus: FileStatus?
    var manifestProblem: StoreProblem?
    var setupFailure: String?
    /// Every record file known, per folder and id (a rescan compares a folder's listing with its table).
    var files = FileIndex()
    /// Folder problems (odd names, links) per folder, replaced on each scan of that folder.
    var folderProblems: [String: [StoreProblem]] = [:]
    /// What each scanned folder (and the root) looked like at its last scan.
    var folderStamps: [String: FileStatus] = [:]
    /// Group folders read so far, per kind.
    var loadedGroups: [RecordKind: Set<UUID>] = [:]
    /// Kinds whose every group folder is read (and rescanned on change).
    var allGroupsLoaded: Set<RecordKind> = []
    var generation = 0
    /// Files `changedSinceLastLoad` found changed in place (their folder did not change); `reload` re-reads them.
    var pendingPaths: Set<String> = []
    /// Files written by a newer schema: while any is known, the store is read-only.
    var newerSchemaPaths: Set<String> = []
    /// Files of the schema-checked kinds written by a newer schema, with their problems (found by the last `loadAll`).
    var checkedNewerSchema: [String: StoreProblem] = [:]
    /// How many files of the schema-checked kinds the last `loadAll` read (the rest were known from the load cache).
    var lastSchemaCheckReads = 0
    /// Files whose entry carries a problem, so listing problems never walks every file.
    var problemPaths: Set<String> = []
    /// The round-robin order in which `changedSinceLastLoad` checks files, rebuilt when the set of files changes.
    var sweepOrder: [String] = []
    var sweepGeneration = -1
    var sweepIndex = 0
    /// How many files each `changedSinceLastLoad` checks with `lstat`, besides the folders.
    let sweepBatch = 1_000
    /// inotify on every scanned folder (Linux); nil where unavailable or out of watches, then folders are polled.
    var watch: FolderWatch?
    /// Changes the watch reported that no reload has handled yet.
    var watchChanges = FolderWatch.Changes()
    /// The last snapshot and the generation it was built at, reused while nothing changed.
    var cachedSnapshot: LoadResult?

    /// The derived load cache in `.guild/cache/`.
    let loadCache: LoadCache?
    /// The kinds the load cache holds: GuildCore's types whose cache codec matches the model (see `CachedRecordCodec`).
    let cachedKinds: Set<RecordKind>
    /// Snapshots read from the load cache when the store was opened, for the first `loadAll`.
    var openingSnapshots: [String: FolderSnapshot]?
    /// Kind folders whose last listing held temporary files (their stamps are not trusted).
    var foldersWithTemporaryFiles: Set<String> = []
    /// Snapshots read from the load cache for the `loadAll` in progress, by kind folder.
    var pendingSnapshots: [String: FolderSnapshot] = [:]
    /// Each kind folder's stamp as last listed, and the wall-clock time it was taken (for the racy-stamp rule).
    var listings: [String: (stamp: FileStatus, takenAt: Int64)] = [:]
    /// The group folders present at each kind folder's last listing.
    var folderGroups: [String: [UUID]] = [:]
    /// Kind folders whose cache file no longer matches what `loadAll` found.
    var staleCacheFolders: Set<String> = []
    /// Kind folders whose files were taken from a trusted snapshot without an `lstat` of their own, with the snapshot's
    /// entries (shared with it, not copied); checked in the background after loading.
    var unverifiedFolders: [(folder: String, entries: [FolderSnapshot.Entry])] = []
    /// A kind folder with fewer entries than this gets no cache file: it loads in moments anyway, and small stores
    /// (tests, a new team) stay free of background writes.
    var cacheMinimumEntries = 100
    /// A kind folder whose record files hold at least this many bytes gets a cache file however few they are: a few
    /// large records (a held meeting's progress, 15 KB of JSON each) cost more to decode than many small ones.
    var cacheMinimumBytes: Int64 = 128 << 10
    /// How many files the last `loadAll` read and decoded (the rest came from the load cache).
    var lastLoadReads = 0
    /// How many group folders the last `scanGroups` read through the store (the rest came from the group cache).
    var lastScanGroupReads = 0
    /// Whether load cache files are being rewritten in the background (see `waitForCacheWrites`).
    var cacheWritesQueued = false
    /// During `saveChanges`: the folders written into, synced once at the end; nil otherwise (each write syncs its own).
    var deferredFolderSyncs: Set<String>?
    /// During `saveChanges`: the writes decided but not yet made, made together (their fsyncs overlapping) in order.
    var stagedWrites: [StagedWrite]?
    /// How many saves compared the file with their base's encoding (the rest knew the file was the base's by its
    /// fingerprint); tests count it.
    var baseEncodings = 0
    /// Added to the wall clock by the load cache's racy-stamp rule; tests move it ahead so fresh stamps count as settled.
    var cacheClockOffset: Int64 = 0
    /// Runs cache checks and writes one at a time, off the caller's thread.
    let cacheQueue = DispatchQueue(label: "guild.load-cache")
    /// Entered for each queued cache job, so tests and benchmarks can wait for them.
    let cacheWork = DispatchGroup()

    init(root: URL, types: [any Record.Type], schemaChecked: [any Record.Type] = [], sizeLimit: Int) throws {
        self.root = root
        layout = StoreLayout(root: root)
        var byKind: [RecordKind: any Record.Type] = [:]
        for type in types { byKind[type.kind] = type }
        typesByKind = byKind
        var checked: [RecordKind: any Record.Type] = [:]
        for type in schemaChecked where byKind[type.kind] == nil { checked[type.kind] = type }
        schemaCheckedTypes = checked
        reader = SafeFileReader(sizeLimit: sizeLimit)
        let standard = Dictionary(uniqueKeysWithValues: RecordTypes.standard.map { ($0.kind, ObjectIdentifier($0)) })
        cachedKinds = Set(byKind.filter { standard[$0.key] == ObjectIdentifier($0.value) }.keys).intersection(CachedRecordCodec.currentKinds)
        loadCache = LoadCache(layout: layout)

        guard let rootStatus = try? FileStatus.of(path: layout.rootPath), rootStatus.isFolder,
              (try? FileStatus.of(path: layout.manifestPath)) ?? nil != nil else {
            throw StoreError.noStore(path: layout.rootPath)
        }
        var lock: StoreLock?
        do {
            try PrivateFolder.prepare(layout)
            lock = try StoreLock(path: layout.lockPath)
        } catch {
            setupFailure = "cannot create \(StoreLayout.privateFolderName)/\(StoreLayout.lockName): \(error.reason)"
        }
        self.lock = lock
        watch = FolderWatch()
        readManifest()
        openingSnapshots = readSnapshots()
        if let lock, !isReadOnlyLocked {
            try lock.withLock { try removeStaleTemporaryFiles() }
        }
    }

    /// Opens the store at `root` for the given record types (all of GuildCore's by default). The files of the
    /// `schemaChecked` types are not loaded, but one written by a newer Guild still makes the store read-only (for a
    /// command that writes some kinds and reads no others).
    public static func open(at root: URL, types: [any Record.Type] = RecordTypes.standard, schemaChecked: [any Record.Type] = [],
                            sizeLimit: Int = 16 << 20) throws -> GuildStore {
        try GuildStore(root: root, types: types, schemaChecked: schemaChecked, sizeLimit: sizeLimit)
    }

    /// Creates a new store in an empty or missing folder: `guild.json`, one folder per kind, `.gitignore`, `.guild/`.
    public static func create(at root: URL, name: String, types: [any Record.Type] = RecordTypes.standard,
                              now: Date = Date()) throws -> GuildStore {
        let layout = StoreLayout(root: root)
        do {
            if let status = try FileStatus.of(path: layout.rootPath) {
                guard status.isFolder else { throw StoreError.folderNotEmpty(path: layout.rootPath) }
                if try FileStatus.of(path: layout.manifestPath) != nil { throw StoreError.alreadyAStore(path: layout.rootPath) }
                let names = (try FolderListing.entries(of: layout.rootPath) ?? []).map(\.name)
                // A fresh `git init` (or clone of an empty repository) is fine.
                guard names.allSatisfy({ $0 == ".git" }) else { throw StoreError.folderNotEmpty(path: layout.rootPath) }
            }
            try DurableFile.makeFolder(layout.rootPath)
            try PrivateFolder.prepare(layout)
            try DurableFile.write(Data(StoreLayout.gitignoreContents.utf8), folder: layout.rootPath, name: StoreLayout.gitignoreName)
            for kind in RecordKind.allCases { try DurableFile.makeFolder(layout.absolute(kind.folder)) }
            let manifest = StoreManifest(name: name, createdAt: now)
            let bytes: Data
            do { bytes = try RecordCodec().encode(manifest) } catch {
                throw StoreError.encoding(path: StoreLayout.manifestName, reason: String(describing: error))
            }
            // The manifest goes last: a folder without it is not (yet) a store.
            try DurableFile.write(bytes, folder: layout.rootPath, name: StoreLayout.manifestName)
        } catch let error as SystemError {
            throw StoreError.io(action: "create the store at", path: error.path, error)
        }
        return try open(at: root, types: types)
    }

    /// The store's manifest, when it could be read.
    public var storeManifest: StoreManifest? {
        state.withLock { manifest }
    }

    /// Whether saves throw `StoreError.readOnly`.
    public var isReadOnly: Bool { state.withLock { isReadOnlyLocked } }

    /// Why the store is read-only, or nil.
    public var readOnlyReason: String? { state.withLock { readOnlyReasonLocked } }

    /// Every file problem known now (from the last load, reload or save).
    public var problems: [StoreProblem] { state.withLock { currentProblems() } }

    var isReadOnlyLocked: Bool { readOnlyReasonLocked != nil }

    var readOnlyReasonLocked: String? {
        if let setupFailure { return setupFailure }
        if let manifestProblem {
            if case .newerSchema = manifestProblem.kind { return manifestProblem.description }
            return "\(StoreLayout.manifestName) could not be read (\(manifestProblem.description))"
        }
        let loaded = newerSchemaPaths.min().flatMap { files[$0]?.problem }
        let checked = checkedNewerSchema.keys.min().flatMap { checkedNewerSchema[$0] }
        return [loaded, checked].compactMap { $0 }.min { $0.path < $1.path }?.description
    }

    /// Reads `guild.json`; a newer schema or an unreadable manifest makes the store read-only.
    func readManifest() {
        let before = (manifest, manifestProblem)
        defer { if before.0 != manifest || before.1 != manifestProblem { generation += 1 } }
        manifestProblem = nil
        do {
            switch try reader.read(path: layout.manifestPath) {
            case .missing:
                manifestProblem = StoreProblem(path: StoreLayout.manifestName, reason: "missing", kind: .unreadable)
            case .refused(let reason):
                manifestProblem = StoreProblem(path: StoreLayout.manifestName, reason: reason, kind: .unreadable)
            case .contents(let data, let fingerprint):
                manifestStatus = fingerprint.status
                switch RecordCodec().decodeManifest(from: data) {
                case .success(let decoded):
                    manifest = decoded
                    if decoded.schema > Schema.current {
                        manifestProblem = StoreProblem(
                            path: StoreLayout.manifestName, place: "field \"schema\"",
                            reason: "written by a newer Guild (schema \(decoded.schema); this one knows up to \(Schema.current)); the store is read-only",
                            kind: .newerSchema(decoded.schema))
                    }
                case .failure(let problem):
                    manifestProblem = problem
                }
            }
        } catch {
            manifestProblem = StoreProblem(path: StoreLayout.manifestName, reason: error.reason, kind: .unreadable)
        }
    }

    /// Removes temporary files left by a crashed writer in the store folder, the kind folders and the cache; call
    /// with the lock held.
    ///
    /// A kind folder whose trusted load cache stamp still matches was listed without temporary files and has not
    /// changed since, so it is not listed again. Group folders (a session's notes) are cleaned when they are first
    /// listed (`scanFolder`), under the lock too: listing thousands of them here cost more than the rest of opening.
    func removeStaleTemporaryFiles() throws {
        var folders = [layout.rootPath]
        if let loadCache { folders.append(loadCache.folder) }
        for kind in RecordKind.allCases {
            let folder = layout.absolute(kind.folder)
            if let snapshot = openingSnapshots?[kind.folder], snapshot.stampTrusted,
               let status = try? FileStatus.of(path: folder), status == snapshot.stamp { continue }
            folders.append(folder)
        }
        for folder in folders {
            guard let entries = try? FolderListing.entries(of: folder) else { continue }
            let stale = entries.filter { $0.type == .file && DurableFile.isTemporaryName($0.name) }.map(\.name)
            try removeTemporaryFiles(stale, in: folder)
        }
    }

    /// Unlinks the named temporary files of an absolute folder and syncs it; call with the lock held.
    func removeTemporaryFiles(_ names: [String], in folder: String) throws {
        guard !names.isEmpty else { return }
        for name in names { unlink(folder + "/" + name) }
        do { try DurableFile.syncFolder(folder) } catch {
            throw StoreError.io(action: "clean temporary files in", path: folder, error)
        }
    }

    /// Every problem now known: manifest, folders, files, duplicate ids.
    func currentProblems() -> [StoreProblem] {
        var problems: [StoreProblem] = []
        if let manifestProblem { problems.append(manifestProblem) }
        for list in folderProblems.values { problems.append(contentsOf: list) }
        for path in problemPaths { if let problem = files[path]?.problem { problems.append(problem) } }
        problems.append(contentsOf: checkedNewerSchema.values)
        problems.append(contentsOf: duplicateProblems().values)
        return problems.sorted { ($0.path, $0.place ?? "") < ($1.path, $1.place ?? "") }
    }

    /// For every id stored in more than one file, a problem on each file but the first by path.
    func duplicateProblems() -> [String: StoreProblem] {
        var result: [String: StoreProblem] = [:]
        for paths in files.duplicateIDPaths() {
            let sorted = paths.sorted()
            for path in sorted.dropFirst() {
                result[path] = StoreProblem(path: path, place: "field \"id\"",
                                            reason: "duplicate id: the same record is also in \(sorted[0])", kind: .misplaced)
            }
        }
        return result
    }

    /// Records the file at `path` (or forgets it when `entry` is nil), keeping the problem sets in step.
    func setEntry(_ entry: LoadedFile?, at path: String) {
        files.update(entry, at: path)
        if case .newerSchema = entry?.problem?.kind {
            newerSchemaPaths.insert(path)
        } else if !newerSchemaPaths.isEmpty {
            newerSchemaPaths.remove(path)
        }
        if entry?.problem != nil {
            problemPaths.insert(path)
        } else if !problemPaths.isEmpty {
            problemPaths.remove(path)
        }
        generation += 1
    }

    /// The current records and problems as a `LoadResult`.
    func snapshot() -> LoadResult {
        if let cachedSnapshot, cachedSnapshot.generation == generation,
           cachedSnapshot.readOnlyReason == readOnlyReasonLocked { return cachedSnapshot }
        let duplicates = duplicateProblems()
        // One list per kind, sized from its folders' tables (a pass per folder), then filled folder by folder.
        let kinds = RecordKind.allCases
        var sizes = [Int](repeating: 0, count: kinds.count)
        var ordinals: [(ordinal: Int, table: FolderTable, folder: String)] = []
        ordinals.reserveCapacity(files.folders.count)
        for (folder, table) in files.folders {
            let ordinal = table.kind.ordinal
            guard ordinal < kinds.count else { continue }
            sizes[ordinal] += table.count
            ordinals.append((ordinal, table, folder))
        }
        var lists: [[any Record]] = sizes.map { size in
            var list: [any Record] = []
            list.reserveCapacity(size)
            return list
        }
        for (ordinal, table, folder) in ordinals {
            for entry in table.entries {
                guard let record = entry.record else { continue }
                if !duplicates.isEmpty, duplicates[FileIndex.path(folder, entry.id)] != nil { continue }
                lists[ordinal].append(record)
            }
        }
        var records: [RecordKind: [any Record]] = [:]
        for (kind, list) in zip(RecordKind.allCases, lists) where !list.isEmpty { records[kind] = list }
        let result = LoadResult(records: records, problems: currentProblems(), readOnlyReason: readOnlyReasonLocked, generation: generation)
        cachedSnapshot = result
        return result
    }
}
