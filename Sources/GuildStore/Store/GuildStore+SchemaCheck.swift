import Dispatch
import Foundation
import GuildCore

extension GuildStore {
    /// For the kinds the store checks without loading (`open(at:types:schemaChecked:)`): the files a newer Guild wrote,
    /// which make the store read-only exactly as they do when their kind is loaded. No record is kept.
    ///
    /// A kind folder whose load cache listing is trusted and whose stamp still matches is known from the listing: only
    /// the files the cache holds no record for (bad ones, or too fresh to trust) are read. Otherwise the folder is
    /// listed and every file whose `lstat` does not match its cached fingerprint is read — the same rule `loadAll`
    /// uses to take records from the cache. Call with `state` held.
    func newerSchemaFilesOfCheckedKinds() -> [String: StoreProblem] {
        let tasks = schemaCheckedTypes.keys.sorted().flatMap { filesToCheck(of: $0) }
        lastSchemaCheckReads = tasks.count
        guard !tasks.isEmpty else { return [:] }
        let slots = WorkerSlots<LoadedFile?>(count: tasks.count)
        let chunkSize = 64
        let (reader, layout, types) = (self.reader, self.layout, self.schemaCheckedTypes)
        DispatchQueue.concurrentPerform(iterations: (tasks.count + chunkSize - 1) / chunkSize) { chunk in
            let codec = RecordCodec()
            for index in (chunk * chunkSize)..<min(tasks.count, (chunk + 1) * chunkSize) {
                guard let type = types[tasks[index].kind] else { continue }
                let read = Self.read(tasks[index], type: type, codec: codec, reader: reader, layout: layout)
                // Only the verdict is kept, never the record.
                if case .newerSchema? = read?.problem?.kind { slots[index] = read }
            }
        }
        var found: [String: StoreProblem] = [:]
        for (index, task) in tasks.enumerated() {
            if let problem = slots[index]?.problem { found[task.path] = problem }
        }
        return found
    }

    /// The record files of one checked kind's own folder that must be read to know their schema.
    private func filesToCheck(of kind: RecordKind) -> [ReadTask] {
        let folder = kind.folder
        let absolute = layout.absolute(folder)
        // A missing folder, a link or a file holds no records `loadAll` would read either.
        guard let status = try? FileStatus.of(path: absolute), status.isFolder else { return [] }
        let snapshot = loadCache?.read(kind, records: false)
        func task(_ id: UUID) -> ReadTask {
            ReadTask(path: folder + "/" + StoreLayout.fileName(for: id), kind: kind, groupID: nil, id: id)
        }
        if let snapshot, snapshot.stampTrusted, snapshot.stamp == status {
            return snapshot.entries.filter { !$0.stored }.map { task($0.id) }
        }
        var cached: [UUID: FileFingerprint] = [:]
        for entry in snapshot?.entries ?? [] where entry.stored { cached[entry.id] = entry.fingerprint }
        var tasks: [ReadTask] = []
        for entry in (try? FolderListing.entries(of: absolute)) ?? [] where entry.type == .file {
            guard !entry.name.hasPrefix("."), let id = StoreLayout.recordID(fromFileName: entry.name) else { continue }
            if let fingerprint = cached[id], let now = try? FileStatus.of(path: absolute + "/" + entry.name),
               fingerprint.looksUnchanged(now) { continue }
            tasks.append(task(id))
        }
        return tasks
    }
}
