import Foundation
import GuildCore

/// One folder's known files, kept as a load cache snapshot keeps them: one entry per file (id, fingerprint, record) in
/// no particular order, the rare problems beside them, and each id's position, built on the first lookup.
///
/// A kind folder taken from a trusted snapshot keeps the snapshot's own entries (the same storage, not a copy), so
/// opening adds no per-file work and no table at all until something looks a file up by id (a save, a reload).
struct FolderTable {
    /// The kind of the folder's records.
    let kind: RecordKind
    /// The group the folder stands for (a session's notes folder); nil for a kind folder.
    let groupID: UUID?
    /// One entry per file.
    private(set) var entries: [FolderSnapshot.Entry]
    /// Problems of the files that have one, by id.
    private var problems: [UUID: StoreProblem] = [:]
    /// Each id's index in `entries`; nil until the first lookup or change.
    private var positions: [UUID: Int]?

    /// A table of `entries` (each with a record, none with a problem); positions are left to the first lookup.
    init(kind: RecordKind, groupID: UUID?, entries: [FolderSnapshot.Entry] = []) {
        self.kind = kind
        self.groupID = groupID
        self.entries = entries
        positions = entries.isEmpty ? [:] : nil
    }

    /// How many files the folder holds.
    var count: Int { entries.count }

    /// Whether the positions of the ids have been built (tests count this work).
    var hasPositions: Bool { positions != nil }

    /// The ids of the files, in no particular order.
    var ids: [UUID] { entries.map(\.id) }

    /// The file at an index of `entries`.
    func file(at index: Int) -> LoadedFile {
        let entry = entries[index]
        return LoadedFile(kind: kind, groupID: groupID, id: entry.id, fingerprint: entry.fingerprint, record: entry.record,
                          problem: problems.isEmpty ? nil : problems[entry.id])
    }

    /// Every file, in no particular order.
    var files: LazyMapSequence<Range<Int>, LoadedFile> { entries.indices.lazy.map { file(at: $0) } }

    /// The file with `id`, if known (builds the positions on first use).
    mutating func file(_ id: UUID) -> LoadedFile? {
        index(of: id).map { file(at: $0) }
    }

    /// Records `new` as the file with `id` (or forgets it when nil); returns what was known before.
    mutating func set(_ new: LoadedFile?, id: UUID) -> LoadedFile? {
        let position = index(of: id)
        let old = position.map { file(at: $0) }
        if let new {
            let entry = FolderSnapshot.Entry(id: id, fingerprint: new.fingerprint, record: new.record)
            if let position {
                entries[position] = entry
            } else {
                positions?[id] = entries.count
                entries.append(entry)
            }
            if let problem = new.problem { problems[id] = problem } else if !problems.isEmpty { problems[id] = nil }
        } else if let position {
            // The last entry moves into the gap.
            let last = entries.count - 1
            if position != last {
                entries[position] = entries[last]
                positions?[entries[position].id] = position
            }
            entries.removeLast()
            positions?[id] = nil
            if !problems.isEmpty { problems[id] = nil }
        }
        return old
    }

    /// The index of `id` in `entries`, building the positions first if needed.
    private mutating func index(of id: UUID) -> Int? {
        if positions == nil {
            var built = [UUID: Int](minimumCapacity: entries.count)
            for (index, entry) in entries.enumerated() { built[entry.id] = index }
            positions = built
        }
        return positions?[id]
    }
}
