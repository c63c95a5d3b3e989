import Foundation
import GuildCore

extension GuildStore {
    /// Every record file that holds merge conflict markers Guild can read, as conflicted records, sorted by path.
    public func conflictedRecords() -> [ConflictedRecord] {
        let paths = problems.filter { $0.kind == .mergeConflict }.map(\.path)
        var result: [ConflictedRecord] = []
        for path in Set(paths).sorted() {
            guard StoreSync.isSafeRelativePath(path),
                  case .contents(let data, _)? = try? reader.read(path, in: layout),
                  let conflict = ConflictedRecord(path: path, bytes: data) else { continue }
            result.append(conflict)
        }
        return result
    }

    /// Resolves a conflicted file: writes `resolution` (a whole record file) durably over it, or deletes it when
    /// nil. Refuses when the file changed since it was read, or when the resolution is not a valid record for the
    /// file's place. The next `reload()` picks the result up.
    public func resolve(_ conflict: ConflictedRecord, with resolution: Data?) throws {
        guard StoreSync.isSafeRelativePath(conflict.path), let slash = conflict.path.lastIndex(of: "/") else {
            throw StoreError.unreadable(StoreProblem(path: conflict.path, reason: "not a record path", kind: .misplaced))
        }
        let folder = layout.absolute(String(conflict.path[..<slash]))
        let name = String(conflict.path[conflict.path.index(after: slash)...])
        if let resolution {
            try checkResolution(resolution, for: conflict.path)
        } else if !conflict.isEditAgainstDelete {
            // Only a version that deleted the record can delete it: a version that could not be merged stays in git.
            let reason = conflict.notMerged.values.sorted().first.map { "that version was not merged (\($0)); choose another" }
            throw StoreError.notResolved(path: conflict.path, reason: reason ?? "no version deleted the record")
        }
        try state.withLock {
            if let reason = readOnlyReasonLocked { throw StoreError.readOnly(reason: reason) }
            try withStoreLock {
                guard case .contents(let now, _)? = try? reader.read(conflict.path, in: layout), now == conflict.bytes else {
                    throw StoreError.conflict(StoreConflict(path: conflict.path, base: nil, mine: nil, theirs: nil))
                }
                do throws(SystemError) {
                    if let resolution {
                        try DurableFile.write(resolution, folder: folder, name: name)
                    } else {
                        try DurableFile.remove(folder: folder, name: name)
                    }
                } catch {
                    throw StoreError.io(action: resolution == nil ? "delete" : "save", path: conflict.path, error)
                }
                pendingPaths.insert(conflict.path)
            }
        }
    }

    /// Throws unless `bytes` decode as a valid record that belongs at `path`.
    func checkResolution(_ bytes: Data, for path: String) throws {
        let parts = path.split(separator: "/").map(String.init)
        guard let kind = RecordKind(rawValue: parts[0]), let type = typesByKind[kind],
              let id = StoreLayout.recordID(fromFileName: parts[parts.count - 1]) else { return }
        let group = parts.count == 3 ? StoreLayout.groupID(fromFolderName: parts[1]) : nil
        try checkResolution(bytes, as: type, task: ReadTask(path: path, kind: kind, groupID: group, id: id))
    }

    private func checkResolution<R: Record>(_ bytes: Data, as type: R.Type, task: ReadTask) throws {
        switch RecordCodec().decode(R.self, from: bytes, path: task.path) {
        case .failure(let problem): throw StoreError.unreadable(problem)
        case .success(let record):
            if let problem = Self.placementProblem(record, task) { throw StoreError.unreadable(problem) }
        }
    }
}
