#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Synchronization

/// Moves the store's files (and HEAD and the index) from one commit to another with Guild's own durable writes
/// instead of git's checkout, so a kill at any moment leaves nothing half-written and nothing a later sync could
/// mistake for a user's edit.
///
/// Before the first file changes, a note of the move (`<git folder>/guild-working-tree`: from, to) is written
/// durably; each file is then replaced whole (temporary file, fsync, rename); HEAD moves (only if it is still where
/// the move started), the index follows, and the note is removed. A sync that finds the note finishes the move
/// (`resume`): every step is safe to repeat.
///
/// A file is only replaced when it still holds the version the move starts from (or already the one it ends at).
/// Anything else is a change made here — say, a save after a killed sync let go of the store lock — and is kept:
/// merged field by field with the incoming version when both are records, never overwritten. Paths inside `.git`
/// or `.guild`, and paths under a folder that is a link or not a folder, are never written (they are reported).
struct WorkingTreeUpdate: Sendable {
    let git: GitRepository
    let layout: StoreLayout
    let reader: SafeFileReader

    /// The note's file name in the git folder.
    static let noteName = "guild-working-tree"

    /// What a path holds in a tree or on disk.
    enum Entry: Equatable {
        case missing
        case file(Data, executable: Bool)
        case link(String)
        /// Something Guild does not write (a submodule, a folder, a file too large to compare).
        case other
    }

    // MARK: - Moving

    /// Moves the working tree, HEAD and the index from `from` (nil: no commit yet) to `to`; returns the paths it
    /// could not write, each with why.
    @discardableResult
    func move(from: String?, to: String, reason: String) throws -> [String] {
        try writeNote(from: from, to: to)
        let skipped = try apply(from: from, to: to)
        try git.updateRef("HEAD", to: to, from: from, reason: reason)
        try refreshIndex(from: from, to: to)
        removeNote()
        return skipped
    }

    /// Writes into the working tree what `to` adds or changes relative to `from` among `paths`, leaving HEAD and
    /// the index alone (anonymous entries not yet in the shared history).
    @discardableResult
    func show(from: String?, to: String, paths: Set<String>) throws -> [String] {
        guard !paths.isEmpty else { return [] }
        return try apply(from: from, to: to, only: "AM", paths: paths)
    }

    /// Finishes a move a killed sync left half done; false when there was none.
    func resume() throws -> Bool {
        guard let (from, to) = readNote() else { return false }
        let head = try git.commit("HEAD")
        if head == from || head == to {
            try apply(from: from, to: to)
            if head == from { try git.updateRef("HEAD", to: to, from: from, reason: "guild sync: finish an interrupted update") }
            try refreshIndex(from: from, to: to)
        }
        removeNote()
        return true
    }

    // MARK: - Files

    /// Applies every change between the two commits to the working tree; returns the paths not written, with why.
    @discardableResult
    func apply(from: String?, to: String, only: String? = nil, paths: Set<String>? = nil) throws -> [String] {
        var changes = try git.changes(from: from, to: to, only: only)
        if let paths { changes = changes.filter { paths.contains($0.path) } }
        var skipped: [String] = []
        var start = 0
        while start < changes.count {
            let chunk = changes[start..<min(changes.count, start + 256)]
            start += chunk.count
            let ids = Set(chunk.flatMap { [$0.oldID, $0.newID] }.compactMap { $0 })
            let blobs = try git.blobs(ids)
            // Side by side (each file is written and fsynced on its own, up to `GuildStore.bulkWriterCount` at once):
            // removals first, so a path that turns from a file into a folder is free before anything is written
            // under it. The first failure, in path order, ends the update as it would one by one.
            let removals = chunk.filter { $0.newID == nil }
            let writes = chunk.filter { $0.newID != nil }
            for group in [removals, writes] where !group.isEmpty {
                let results = ApplyResults(count: group.count)
                let update = self
                GuildStore.runInParallel(count: group.count, report: nil) { index in
                    results[index] = Result { try update.applyOne(group[index], blobs) }
                }
                for index in group.indices {
                    if let problem = try results[index].get() { skipped.append(problem) }
                }
            }
        }
        return skipped
    }

    /// The entry a tree holds for a mode and blob.
    static func entry(mode: String, id: String?, _ blobs: [String: Data]) -> Entry {
        guard let id else { return .missing }
        switch mode {
        case "120000": return blobs[id].map { .link(String(decoding: $0, as: UTF8.self)) } ?? .other
        case "100644", "100755", "100664": return blobs[id].map { .file($0, executable: mode == "100755") } ?? .other
        default: return .other
        }
    }

    /// What the working tree holds at `relative` now (never following a link).
    func current(_ relative: String) throws -> Entry {
        let path = layout.absolute(relative)
        guard let status = try FileStatus.of(path: path) else { return .missing }
        // An empty folder is no content (git does not track folders): it counts as nothing, and `write` removes it.
        if status.isFolder, (try FolderListing.entries(of: path))?.isEmpty ?? true { return .missing }
        if status.isSymbolicLink {
            var buffer = [CChar](repeating: 0, count: 4097)
            let count = readlink(path, &buffer, 4096)
            guard count >= 0 else { return .other }
            return .link(String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        guard status.isRegularFile, case .contents(let data, _) = try reader.read(path: path) else { return .other }
        return .file(data, executable: false)
    }

    /// Git's id of the regular file at `relative` (for one too large to compare by its bytes).
    func diskID(_ relative: String) throws -> String? {
        guard let status = try FileStatus.of(path: layout.absolute(relative)), status.isRegularFile else { return nil }
        let output = try git.run(["hash-object", "--no-filters", "--", relative])
        return output.status == 0 ? output.text : nil
    }

    /// Applies one change; returns why it was not written, or nil.
    func applyOne(_ change: GitRepository.TreeChange, _ blobs: [String: Data]) throws -> String? {
        let path = change.path
        guard StoreSync.isSafeRelativePath(path) else { return nil }
        let parent = path.split(separator: "/").dropLast().joined(separator: "/")
        if !parent.isEmpty, let reason = layout.refusal(parent, leaf: .folder) { return "\(path): \(reason)" }
        let old = Self.entry(mode: change.oldMode, id: change.oldID, blobs)
        let new = Self.entry(mode: change.newMode, id: change.newID, blobs)
        let now = try current(path)
        if Self.same(now, new) { return nil }
        if Self.same(now, old) { return try write(new, at: path) }
        if now == .other, let id = try diskID(path) {
            if id == change.newID { return nil }
            if id == change.oldID { return try write(new, at: path) }
        }
        // Changed here since `from`: keep it, merged with the incoming version when both are records.
        guard case .file(let mine, _) = now, path.hasSuffix(".json") else { return nil }
        switch new {
        case .file(let theirs, _):
            var base = Data()
            if case .file(let bytes, _) = old { base = bytes }
            let merged = MergeDriver.merge(base: base, ours: mine, theirs: theirs, pathname: path).bytes
            return try write(.file(merged, executable: false), at: path)
        case .missing:
            guard let object = JSONValue.parse(mine)?.objectValue else { return nil }
            return try write(.file(MergeConflictFile.render(ours: object, theirs: nil, conflicts: []), executable: false), at: path)
        default:
            return nil
        }
    }

    /// Whether what is on disk is what a tree holds.
    static func same(_ disk: Entry, _ tree: Entry) -> Bool {
        switch (disk, tree) {
        case (.missing, .missing): return true
        case (.file(let a, _), .file(let b, _)): return a == b
        case (.link(let a), .link(let b)): return a == b
        default: return false
        }
    }

    /// Writes (or removes) one entry; returns why it was not written, or nil.
    func write(_ entry: Entry, at relative: String) throws -> String? {
        let slash = relative.lastIndex(of: "/")
        let folderRelative = slash.map { String(relative[..<$0]) } ?? ""
        let name = slash.map { String(relative[relative.index(after: $0)...]) } ?? relative
        let folder = folderRelative.isEmpty ? layout.rootPath : layout.absolute(folderRelative)
        do {
            // A folder in the way goes only when it is empty (as git's checkout does); one with files stays.
            if let status = try FileStatus.of(path: layout.absolute(relative)), status.isFolder, rmdir(layout.absolute(relative)) != 0 {
                return "\(relative): a folder that is not empty is in the way"
            }
            switch entry {
            case .missing:
                try DurableFile.remove(folder: folder, name: name)
            case .file(let bytes, let executable):
                if !folderRelative.isEmpty { try DurableFile.makeFolder(try layout.contained(folderRelative, leaf: .folder)) }
                try DurableFile.write(bytes, folder: folder, name: name, permissions: executable ? 0o755 : 0o644)
            case .link(let target):
                // As git's checkout would: the link is made inside the store and never followed by Guild.
                if !folderRelative.isEmpty { try DurableFile.makeFolder(try layout.contained(folderRelative, leaf: .folder)) }
                let temporary = folder + "/." + name + DurableFile.temporaryMarker + "\(getpid())-link"
                unlink(temporary)
                guard symlink(target, temporary) == 0 else { throw SystemError.current("create link", path: temporary) }
                guard rename(temporary, folder + "/" + name) == 0 else {
                    let error = SystemError.current("rename", path: folder + "/" + name)
                    unlink(temporary)
                    throw error
                }
                try DurableFile.syncFolder(folder)
            case .other:
                return "\(relative): not a file Guild writes (left as it is)"
            }
        } catch let error as SystemError {
            return "\(relative): \(error.reason)"
        }
        return nil
    }

    // MARK: - Index and note

    /// Brings the index to `to`: only the entries that differ from `from` change, so git keeps what it knows of
    /// every other file and does not re-read the whole store (a full `read-tree` when that fails).
    ///
    /// Entries given by `--index-info` carry no file times, so git's next `git status` compares those files by content
    /// (and keeps their times): for a few, that is cheaper than `update-index --refresh`, which `lstat`s every file
    /// of the store (0.1–0.2 s at organisation scale, a third of receiving one edited record). Only a move of
    /// `refreshThreshold` entries or more, or a whole `read-tree`, is followed by a refresh.
    func refreshIndex(from: String?, to: String) throws {
        var updated = false
        var entries = 0
        if from != nil {
            let zero = try git.zeroID()
            var list = Data()
            for change in try git.changes(from: from, to: to) {
                let line = change.newID.map { "\(change.newMode) \($0)\t\(change.path)" } ?? "0 \(zero)\t\(change.path)"
                list.append(Data(line.utf8))
                list.append(0)
                entries += 1
            }
            if list.isEmpty {
                updated = true
            } else {
                updated = try git.run(["update-index", "-z", "--index-info"], input: list).status == 0
            }
        }
        if !updated { try git.check(["read-tree", to]) }
        if !updated || entries >= Self.refreshThreshold { _ = try git.run(["update-index", "-q", "--refresh"]) }
    }

    /// How many index entries a move changes before the whole index's file times are refreshed after it.
    static let refreshThreshold = 256

    /// Where the note of a move under way is kept.
    func notePath() throws -> String { try git.gitPath(Self.noteName) }

    /// Durably notes that the files are moving from `from` to `to`.
    func writeNote(from: String?, to: String) throws {
        let path = try notePath()
        let text = "from \(from ?? "-")\nto \(to)\n"
        do { try DurableFile.write(Data(text.utf8), folder: (path as NSString).deletingLastPathComponent, name: Self.noteName) } catch {
            throw SyncError.folder("could not write \(path): \(error.reason)")
        }
    }

    /// The move a note describes, or nil when there is none (or it is unreadable, which only a person could cause).
    func readNote() -> (from: String?, to: String)? {
        guard let path = try? notePath(), case .contents(let data, _)? = try? reader.read(path: path) else { return nil }
        var from: String?
        var to: String?
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: " ")
            guard parts.count == 2, parts[1].allSatisfy(\.isHexDigit) || parts[1] == "-" else { continue }
            if parts[0] == "from" { from = parts[1] == "-" ? nil : String(parts[1]) }
            if parts[0] == "to" { to = String(parts[1]) }
        }
        guard let to else { return nil }
        return (from, to)
    }

    /// Forgets the note once the move is complete.
    func removeNote() {
        guard let path = try? notePath() else { return }
        try? DurableFile.remove(folder: (path as NSString).deletingLastPathComponent, name: Self.noteName)
    }
}

/// One result slot per change applied side by side; each slot is written by exactly one worker.
private final class ApplyResults: Sendable {
    private let slots: Mutex<[Result<String?, any Error>]>

    init(count: Int) {
        slots = Mutex(Array(repeating: .success(nil), count: count))
    }

    subscript(index: Int) -> Result<String?, any Error> {
        get { slots.withLock { $0[index] } }
        set { slots.withLock { $0[index] = newValue } }
    }
}
