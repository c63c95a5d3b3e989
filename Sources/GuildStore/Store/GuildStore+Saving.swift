import Foundation
import GuildCore

extension GuildStore {
    /// Validates and durably saves a record; returns once the file and its folder are synced.
    ///
    /// Under the store lock it re-reads the file: unchanged on disk → written (or skipped when the bytes are
    /// identical); changed on disk → kept, merged by the `ConflictResolver`, or refused with `StoreError.conflict`.
    @discardableResult
    public func save<R: Record>(_ record: R) throws -> SaveOutcome {
        try state.withLock {
            try checkCanSave(R.self)
            let prepared = try prepare(record)
            return try withStoreLock { try saveLocked(record, prepared) }
        }
    }

    /// Saves several records under one hold of the lock, in order; stops at the first failure (earlier ones stay saved).
    public func save(batch records: [any Record]) throws -> [SaveOutcome] {
        try state.withLock {
            guard !records.isEmpty else { return [] }
            for record in records { try checkCanSave(type(of: record)) }
            return try withStoreLock {
                var outcomes: [SaveOutcome] = []
                for record in records { outcomes.append(try saveOpened(record)) }
                return outcomes
            }
        }
    }

    /// Durably deletes a record's file; refuses when it changed on disk since it was loaded, or could not be read.
    public func delete<R: Record>(_ type: R.Type, id: UUID, groupID: UUID?) throws {
        try state.withLock {
            try checkCanSave(R.self)
            let path = StoreLayout.relativePath(kind: R.kind, groupID: groupID, id: id)
            try withStoreLock {
                let codec = RecordCodec()
                let known = files[path]
                guard let (data, fingerprint) = try readForWrite(path) else {
                    setEntry(nil, at: path)
                    return
                }
                // Re-check unless the file is exactly what was loaded cleanly (a conflicted file, loaded as its first
                // version beside its problem, is re-checked too: decoding refuses its markers, so no version is dropped).
                if known?.fingerprint.contentHash != fingerprint.contentHash || known?.record == nil || known?.problem != nil {
                    let theirs = try decodeForWrite(R.self, data, path: path, groupID: groupID, id: id, codec: codec)
                    let base = known?.record as? R
                    guard let base, try encode(base, path, codec) == encode(theirs, path, codec) else {
                        throw StoreError.conflict(StoreConflict(path: path, base: base, mine: nil, theirs: theirs))
                    }
                }
                let folder = layout.absolute(StoreLayout.folder(kind: R.kind, groupID: groupID))
                try trackingFolders(of: path) {
                    do { try DurableFile.remove(folder: folder, name: StoreLayout.fileName(for: id)) } catch let error as SystemError {
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

    /// Validates and encodes before taking the lock.
    func prepare<R: Record>(_ record: R) throws -> (path: String, bytes: Data) {
        do { try record.validate() } catch { throw StoreError.invalid(error) }
        let path = StoreLayout.relativePath(kind: R.kind, groupID: record.groupID, id: record.id)
        for other in pathsByID[R.kind]?[record.id] ?? [] where other != path {
            throw StoreError.duplicate(path: path, existing: other)
        }
        return (path, try encode(record, path, RecordCodec()))
    }

    /// Opens the existential so a batch can reuse the generic path.
    func saveOpened<R: Record>(_ record: R) throws -> SaveOutcome {
        try saveLocked(record, try prepare(record))
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

    /// The re-check and write, with the store lock held.
    func saveLocked<R: Record>(_ record: R, _ prepared: (path: String, bytes: Data)) throws -> SaveOutcome {
        let (path, mine) = prepared
        let codec = RecordCodec()
        let known = files[path]
        let disk = try readForWrite(path)
        let unchangedOnDisk: Bool
        switch (known, disk) {
        case (nil, nil): unchangedOnDisk = true
        case (let known?, let disk?): unchangedOnDisk = known.problem == nil && known.fingerprint.contentHash == disk.1.contentHash
        default: unchangedOnDisk = false
        }
        if unchangedOnDisk {
            if let disk, disk.0 == mine {
                adopt(record, disk.1, at: path)
                return .unchanged
            }
            try write(mine, record: record, at: path)
            return .written
        }
        // Changed on disk since this process read it (or never read, or deleted).
        var theirs: R?
        if let disk {
            let decoded = try decodeForWrite(R.self, disk.0, path: path, groupID: record.groupID, id: record.id, codec: codec)
            if try encode(decoded, path, codec) == mine {
                adopt(decoded, disk.1, at: path)
                return .unchanged
            }
            theirs = decoded
        }
        let base = known?.record as? R
        if let base {
            let baseBytes = try encode(base, path, codec)
            if let theirs, try encode(theirs, path, codec) == baseBytes {
                // Only the file's formatting changed: our change still applies to what we loaded.
                try write(mine, record: record, at: path)
                return .written
            }
            if baseBytes == mine {
                // Nothing changed here: what is on disk (or its deletion) stands.
                if let theirs, let disk { adopt(theirs, disk.1, at: path) } else { setEntry(nil, at: path) }
                return .keptTheirs
            }
        }
        switch resolver.resolve(base: base, mine: record, theirs: theirs) {
        case .write(let merged):
            do { try merged.validate() } catch { throw StoreError.invalid(error) }
            try write(try encode(merged, path, codec), record: merged, at: path)
            return .merged
        case .keepTheirs:
            if let theirs, let disk { adopt(theirs, disk.1, at: path) } else { setEntry(nil, at: path) }
            return .keptTheirs
        case .conflict:
            throw StoreError.conflict(StoreConflict(path: path, base: base, mine: record, theirs: theirs))
        }
    }

    /// Reads the file about to be replaced; nil when missing. Throws when it cannot be read (never overwrite it),
    /// and when a folder on the way is a symbolic link or not a folder, so no save or delete goes outside the store.
    func readForWrite(_ path: String) throws -> (Data, FileFingerprint)? {
        let folder = path.split(separator: "/").dropLast().joined(separator: "/")
        if !folder.isEmpty, let reason = layout.refusal(folder, leaf: .folder) {
            throw StoreError.io(action: "write", path: path, SystemError("write", path: layout.absolute(path), code: ELOOP, explanation: reason))
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
        let status = try trackingFolders(of: path) { () throws -> FileStatus in
            do {
                try DurableFile.makeFolder(layout.absolute(folder))
                return try DurableFile.write(bytes, folder: layout.absolute(folder), name: StoreLayout.fileName(for: record.id))
            } catch let error as SystemError {
                throw StoreError.io(action: "save", path: path, error)
            }
        }
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
