import Foundation
import GuildCore

extension GuildStore {
    /// Durably saves a writer's change to one record: `record` is its version, `base` the version it started from
    /// (nil when it creates the record). Returns once the file and its folder are synced.
    ///
    /// Under the store lock the file is read as it is now and the change `base → record` is applied to it field by
    /// field (`FieldMerge`, as the git merge driver does): fields changed only by this writer are written, fields
    /// changed only by others are kept, a field both changed to different values throws `StoreError.conflict` carrying
    /// both values; nothing is ever overwritten silently. With no base, an existing file is a conflict unless it
    /// already holds the same values. An unreadable file, or one holding git conflict markers, is never replaced.
    @discardableResult
    public func save<R: Record>(_ record: R, base: R?) throws -> SaveOutcome {
        try state.withLock {
            try checkCanSave(R.self)
            let prepared = try prepare(record, base: base)
            return try withStoreLock { try saveLocked(record, base: base, prepared) }
        }
    }

    /// Durably deletes the record whose version the writer last saw, `base`.
    ///
    /// Refused with `StoreError.conflict` (listing the fields changed since) when the file no longer holds `base`,
    /// and with `StoreError.unreadable` when it cannot be read; a file already gone is fine.
    public func delete<R: Record>(base: R) throws {
        try state.withLock {
            try checkCanSave(R.self)
            let path = StoreLayout.relativePath(kind: R.kind, groupID: base.groupID, id: base.id)
            try withStoreLock {
                let codec = RecordCodec()
                guard let (data, fingerprint) = try readForWrite(path, for: "delete") else {
                    setEntry(nil, at: path)
                    return
                }
                let theirs = try decodeForWrite(R.self, data, path: path, groupID: base.groupID, id: base.id, codec: codec)
                if let conflict = try ChangeMerge.deleteConflict(base: base, theirs: theirs, path: path, codec: codec) {
                    adopt(theirs, fingerprint, at: path)
                    throw StoreError.conflict(conflict)
                }
                let folder = layout.absolute(StoreLayout.folder(kind: R.kind, groupID: base.groupID))
                try trackingFolders(of: path) {
                    do { try DurableFile.remove(folder: folder, name: StoreLayout.fileName(for: base.id)) } catch let error as SystemError {
                        throw StoreError.io(action: "delete", path: path, error)
                    }
                }
                setEntry(nil, at: path)
            }
        }
    }

    // MARK: - Steps (call with `state` held)

    /// Throws when the store is read-only or the type is not one it was opened with.
    func checkCanSave(_ type: any Record.Type) throws {
        if let reason = readOnlyReasonLocked { throw StoreError.readOnly(reason: reason) }
        guard let known = typesByKind[type.kind], known == type else { throw StoreError.unknownType(String(describing: type)) }
    }

    /// Validates and encodes before taking the lock; a base must be a version of the same record.
    func prepare<R: Record>(_ record: R, base: R?) throws -> (path: String, bytes: Data) {
        let path = try check(record, base: base)
        return (path, try encode(record, path, RecordCodec()))
    }

    /// Validates a change and returns its file's path: a base must be a version of the same record, and no other file
    /// may hold its id.
    func check<R: Record>(_ record: R, base: R?) throws -> String {
        do { try record.validate() } catch { throw StoreError.invalid(error) }
        if let base, base.id != record.id || base.groupID != record.groupID {
            throw StoreError.invalid(ValidationError(field: "id", "the base is a version of another record"))
        }
        let path = StoreLayout.relativePath(kind: R.kind, groupID: record.groupID, id: record.id)
        for other in files.paths(kind: R.kind, id: record.id) where other != path {
            throw StoreError.duplicate(path: path, existing: other)
        }
        return path
    }

    /// Opens the existential so a bulk save can reuse the generic path (as a creation: no base).
    func saveOpened<R: Record>(_ record: R) throws -> SaveOutcome {
        try saveLocked(record, base: nil, try prepare(record, base: nil))
    }

    /// Runs `body` holding the inter-process lock.
    func withStoreLock<T>(_ body: () throws -> T) throws -> T {
        guard let lock else { throw StoreError.readOnly(reason: setupFailure ?? "no lock file") }
        do {
            return try lock.withLock(body)
        } catch let error as SystemError {
            throw StoreError.io(action: "lock", path: StoreLayout.privateFolderName + "/" + StoreLayout.lockName, error)
        }
    }

    /// Applies the change to the file as it is now and writes the result, with the store lock held.
    func saveLocked<R: Record>(_ record: R, base: R?, _ prepared: (path: String, bytes: Data)) throws -> SaveOutcome {
        let (path, mine) = prepared
        let codec = RecordCodec()
        let disk = try readForWrite(path)
        // The file is still the one the base was loaded from (same `lstat` and content hash as when this process read
        // it, and that read gave the base): the writer's version is the result, as when the bytes match the base's
        // encoding below, without encoding the base again (most of a large import's saving).
        if let disk, let base, record != base, let loaded = files[path], loaded.problem == nil, loaded.fingerprint == disk.1,
           let known = loaded.record as? R, known == base, disk.0 != mine {
            try write(mine, record: record, at: path)
            return .written
        }
        if base != nil { baseEncodings += 1 }
        let baseBytes = try base.map { try encode($0, path, codec) }
        // The common case: nobody changed the file since the base (or it is new), so the writer's version is the result.
        if let disk, disk.0 == baseBytes || disk.0 == mine {
            if disk.0 == mine {
                adopt(record, disk.1, at: path)
                return .unchanged
            }
            try write(mine, record: record, at: path)
            return .written
        }
        if disk == nil, base == nil {
            try write(mine, record: record, at: path)
            return .written
        }
        let theirs = try disk.map { try decodeForWrite(R.self, $0.0, path: path, groupID: record.groupID, id: record.id, codec: codec) }
        switch try ChangeMerge.apply(base: base, mine: record, theirs: theirs, path: path, codec: codec) {
        case .conflict(let conflict):
            if let theirs, let disk { adopt(theirs, disk.1, at: path) }
            throw StoreError.conflict(conflict)
        case .result(nil):
            // Not changed here, deleted elsewhere: the deletion stands.
            setEntry(nil, at: path)
            return .keptTheirs
        case .result(let result?):
            let bytes = result == record ? mine : try encode(result, path, codec)
            let theirBytes = try theirs.map { try encode($0, path, codec) }
            if let theirs, let disk, disk.0 == bytes || result == theirs {
                adopt(theirs, disk.1, at: path)
                // Nothing to write: the file holds the result already (or only others changed it).
                return baseBytes == mine && theirBytes != baseBytes ? .keptTheirs : .unchanged
            }
            if result != record {
                do { try result.validate() } catch { throw StoreError.invalid(error) }
            }
            try write(bytes, record: result, at: path)
            return theirBytes != nil && theirBytes != baseBytes ? .merged : .written
        }
    }

    /// Reads the file about to be replaced; nil when missing. Throws when it cannot be read (never overwrite it),
    /// and when a folder on the way is a symbolic link or not a folder, so no save or delete goes outside the store.
    func readForWrite(_ path: String, for action: String = "save") throws -> (Data, FileFingerprint)? {
        let folder = path.split(separator: "/").dropLast().joined(separator: "/")
        if !folder.isEmpty, let reason = layout.refusal(folder, leaf: .folder) {
            throw StoreError.io(action: action, path: path, SystemError(action, path: layout.absolute(path), code: ELOOP, explanation: reason))
        }
        let outcome: FileReadOutcome
        do { outcome = try reader.read(path: layout.absolute(path)) } catch {
            throw StoreError.unreadable(StoreProblem(path: path, reason: error.reason, kind: .unreadable))
        }
        switch outcome {
        case .missing: return nil
        case .refused(let reason): throw StoreError.unreadable(StoreProblem(path: path, reason: reason, kind: .unreadable))
        case .contents(let data, let fingerprint): return (data, fingerprint)
        }
    }

    /// Decodes the file on disk for a re-check; any problem (including a wrong id or group inside) refuses the write.
    func decodeForWrite<R: Record>(_ type: R.Type, _ data: Data, path: String, groupID: UUID?, id: UUID, codec: RecordCodec) throws -> R {
        switch codec.decode(R.self, from: data, path: path) {
        case .failure(let problem):
            throw StoreError.unreadable(problem)
        case .success(let record):
            let task = ReadTask(path: path, kind: R.kind, groupID: groupID, id: id)
            if let problem = Self.placementProblem(record, task) { throw StoreError.unreadable(problem) }
            return record
        }
    }

    /// The bytes of a record's file.
    func encode<R: Record>(_ record: R, _ path: String, _ codec: RecordCodec) throws -> Data {
        do { return try codec.encode(record) } catch {
            throw StoreError.encoding(path: path, reason: String(describing: error))
        }
    }

    /// Durably writes `bytes` as the file of `record` and remembers its new fingerprint.
    func write<R: Record>(_ bytes: Data, record: R, at path: String) throws {
        let folder = StoreLayout.folder(kind: R.kind, groupID: record.groupID)
        let written = try trackingFolders(of: path) { () throws -> FileStatus? in
            do {
                try DurableFile.makeFolder(layout.absolute(folder))
                // In a batch (`saveChanges`) the folder is synced once, at the end, for all its files.
                let deferring = deferredFolderSyncs != nil
                if deferring { deferredFolderSyncs?.insert(folder) }
                if stagedWrites != nil {
                    // In a batch: written with the others (`flushStagedWrites`), its entry recorded once it is in place.
                    stagedWrites?.append(StagedWrite(path: path, folder: layout.absolute(folder), name: StoreLayout.fileName(for: record.id),
                                                     bytes: bytes, record: record))
                    return nil
                }
                return try DurableFile.write(bytes, folder: layout.absolute(folder), name: StoreLayout.fileName(for: record.id),
                                             syncingFolder: !deferring)
            } catch let error as SystemError {
                throw StoreError.io(action: "save", path: path, error)
            }
        }
        guard let status = written else { return }
        setEntry(LoadedFile(kind: R.kind, groupID: record.groupID, id: record.id,
                            fingerprint: FileFingerprint(status: status, contentHash: ContentHash.of(bytes)),
                            record: record, problem: nil), at: path)
    }

    /// Remembers the disk's version of a file as what this process has loaded.
    func adopt<R: Record>(_ record: R, _ fingerprint: FileFingerprint, at path: String) {
        if let known = files[path], known.fingerprint == fingerprint, known.problem == nil { return }
        setEntry(LoadedFile(kind: R.kind, groupID: record.groupID, id: record.id, fingerprint: fingerprint,
                            record: record, problem: nil), at: path)
    }

    /// Runs a write in the folders of `path`; folder stamps that were current before it are moved past it,
    /// so this process's own writes do not look like outside changes.
    func trackingFolders<T>(of path: String, _ body: () throws -> T) throws -> T {
        var folders: [String] = [""]
        var prefix = ""
        for part in path.split(separator: "/").dropLast() {
            prefix += (prefix.isEmpty ? "" : "/") + part
            folders.append(prefix)
        }
        var current: [String: Bool] = [:]
        for folder in folders { current[folder] = folderStamps[folder] != nil && !folderChanged(folder) }
        let result = try body()
        for folder in folders where current[folder] == true {
            folderStamps[folder] = try? FileStatus.of(path: folder.isEmpty ? layout.rootPath : layout.absolute(folder))
        }
        return result
    }
}
