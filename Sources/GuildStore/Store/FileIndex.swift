import Foundation
import GuildCore

/// What the store knows about every record file it read or wrote: per folder, each file by the id its name stands for.
///
/// A file's path is derived (`folder/<id>.json`), never stored: every file the store tracks has a record file name,
/// and an id names one file per folder. One table entry per file, keyed by a 16-byte id — at four times organisation
/// scale (120,000 files) a table keyed by path strings, a set of names per folder and an index of paths by id cost
/// three allocations and three hashes of a string per file. Only group folders (a session's notes) can hold the same
/// id twice within a kind, so only their files are indexed by id as well (`paths(kind:id:)`).
struct FileIndex {
    /// Each folder's files; a folder with no file has no table.
    private(set) var folders: [String: FolderTable] = [:]
    /// Files with a record in group folders, by kind and id (the duplicate-id check).
    private var groupPaths: [RecordKind: [UUID: IDPaths]] = [:]
    /// How many files the index holds.
    private(set) var count = 0

    /// The folder and id of a record file's relative path; nil for a path that is not `folder/<id>.json`.
    static func split(_ path: String) -> (folder: String, id: UUID)? {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")),
              let id = StoreLayout.recordID(fromFileName: String(path[path.utf8.index(after: slash)...])) else { return nil }
        return (String(path[..<slash]), id)
    }

    /// The relative path of the file with `id` in `folder`.
    static func path(_ folder: String, _ id: UUID) -> String {
        folder + "/" + StoreLayout.fileName(for: id)
    }

    /// The file at a relative path, if known (the first lookup in a folder taken from a snapshot builds its positions).
    subscript(path: String) -> LoadedFile? {
        mutating get {
            guard let (folder, id) = Self.split(path) else { return nil }
            return folders[folder]?.file(id)
        }
    }

    /// The files of one folder, if any is known.
    func table(_ folder: String) -> FolderTable? {
        folders[folder]
    }

    /// How many files of `folder` are known.
    func fileCount(in folder: String) -> Int {
        folders[folder]?.count ?? 0
    }

    /// The ids of `folder`'s known files, in no particular order.
    func ids(in folder: String) -> [UUID] {
        folders[folder]?.ids ?? []
    }

    /// The ids of `folder`'s known files, in file name order.
    func sortedIDs(in folder: String) -> [UUID] {
        ids(in: folder).sorted { $0.orderKey < $1.orderKey }
    }

    /// Every known file's relative path (for the polling sweep; built only when no folder watch is available).
    var allPaths: [String] {
        var paths: [String] = []
        paths.reserveCapacity(count)
        for (folder, table) in folders {
            for entry in table.entries { paths.append(Self.path(folder, entry.id)) }
        }
        return paths
    }

    /// Records `entry` at `path` (or forgets the file when nil); returns what was known before. A path that is not a
    /// record file name is ignored.
    @discardableResult
    mutating func update(_ entry: LoadedFile?, at path: String) -> LoadedFile? {
        guard let (folder, id) = Self.split(path) else { return nil }
        let old: LoadedFile?
        if let entry {
            if folders[folder] == nil { folders[folder] = FolderTable(kind: entry.kind, groupID: entry.groupID) }
            old = folders[folder]?.set(entry, id: id)
        } else {
            old = folders[folder]?.set(nil, id: id) ?? nil
            if folders[folder]?.count == 0 { folders[folder] = nil }
        }
        if old == nil, entry != nil { count += 1 } else if old != nil, entry == nil { count -= 1 }
        if let old, old.groupID != nil, old.record != nil {
            groupPaths[old.kind]?[id]?.remove(path)
            if groupPaths[old.kind]?[id]?.isEmpty == true { groupPaths[old.kind]?[id] = nil }
        }
        if let entry, entry.groupID != nil, entry.record != nil {
            groupPaths[entry.kind, default: [:]][id, default: []].insert(path)
        }
        return old
    }

    /// Takes a whole kind folder's files at once, as a trusted load cache snapshot lists them (entries without a
    /// record are left out: they are read again); the folder must hold no known file yet. The entries' storage is
    /// shared with the snapshot, not copied, and no per-file work is done until a lookup by id.
    mutating func fill(_ folder: String, kind: RecordKind, entries: [FolderSnapshot.Entry]) {
        precondition(folders[folder] == nil, "fill of a folder already known")
        let usable = entries.allSatisfy { $0.record != nil } ? entries : entries.filter { $0.record != nil }
        guard !usable.isEmpty else { return }
        folders[folder] = FolderTable(kind: kind, groupID: nil, entries: usable)
        count += usable.count
    }

    /// How many ids the group folders' id index holds (none until some group folder is read).
    var groupIndexCount: Int { groupPaths.values.reduce(0) { $0 + $1.count } }

    /// The files of `kind` holding a record with `id`: its file in the kind folder and any in group folders.
    mutating func paths(kind: RecordKind, id: UUID) -> [String] {
        var paths = Array(groupPaths[kind]?[id] ?? [])
        if folders[kind.folder]?.file(id)?.record != nil { paths.append(Self.path(kind.folder, id)) }
        return paths
    }

    /// For every id of a kind held by more than one file with a record, those files' paths (unsorted).
    mutating func duplicateIDPaths() -> [[String]] {
        var result: [[String]] = []
        for (kind, byID) in groupPaths {
            for id in Array(byID.keys) {
                let paths = paths(kind: kind, id: id)
                if paths.count > 1 { result.append(paths) }
            }
        }
        return result
    }
}
