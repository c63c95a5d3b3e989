import Foundation

/// Merges two commits of the store entirely in git's object store (`git merge-tree --write-tree`): the index and
/// the working tree are not touched, so a kill leaves nothing half-merged (`WorkingTreeUpdate` then moves the files).
///
/// Record files go through the field-level merge driver (`MergeDriver`, which `.git/info/attributes` names for
/// `*.json`). Every conflicted path becomes a file Guild can load and the conflicts screen can resolve:
///
/// - what the driver wrote, when it is a conflicted record;
/// - otherwise (the driver failed or did not run: a side over the size limit, a side that is not a record, a
///   missing `guild` program) the sides are decided here from git's stages: merged field by field when both are
///   records, else each whole version in its own section — a version that cannot be read is marked "not merged",
///   with the git object that keeps it, never dropped and never taken silently for the other;
/// - an edit against a delete keeps the edit next to the deletion.
struct TreeMerge {
    let git: GitRepository
    /// Sides larger than this are not read (the store's size limit).
    let sizeLimit: Int

    /// The merged tree and the paths left in conflict.
    struct Outcome {
        var tree: String
        var conflicts: [String]
    }

    /// One stage of a conflicted path: its mode and object.
    struct Stage {
        var mode: String
        var id: String
    }

    /// Merges `theirs` into `ours` (commits) and returns the tree to commit.
    func merge(ours: String, theirs: String, allowUnrelated: Bool = false) throws -> Outcome {
        var arguments = ["-c", "merge.renames=false", "merge-tree", "--write-tree", "-z", "--no-messages"]
        if allowUnrelated { arguments.append("--allow-unrelated-histories") }
        arguments += [ours, theirs]
        let output = try git.run(arguments)
        guard output.status == 0 || output.status == 1 else {
            if output.stderr.contains("unrelated histories") {
                throw SyncError.folder("the remote holds a store with a history unrelated to this one; join it with guild clone instead")
            }
            throw SyncError.git(command: "git merge-tree", message: GitRepository.firstLines(output.stderr))
        }
        let fields = output.stdout.split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        var tree = fields.first ?? ""
        guard output.status == 1 else { return Outcome(tree: tree, conflicts: []) }
        // "<mode> <object> <stage>\t<path>" entries, up to an empty field (the messages, left out, would follow).
        var stages: [String: [Int: Stage]] = [:]
        for field in fields.dropFirst() {
            if field.isEmpty { break }
            guard let tab = field.firstIndex(of: "\t") else { continue }
            let head = field[..<tab].split(separator: " ")
            guard head.count == 3, let number = Int(head[2]) else { continue }
            stages[String(field[field.index(after: tab)...]), default: [:]][number] = Stage(mode: String(head[0]), id: String(head[1]))
        }
        var entries: [(path: String, mode: String, id: String?)] = []
        var conflicts: [String] = []
        for (path, pathStages) in stages.sorted(by: { $0.key < $1.key }) where StoreSync.isSafeRelativePath(path) {
            let left = pathStages[2] != nil && pathStages[3] != nil ? try blob(at: "\(tree):\(path)") : nil
            let (bytes, conflicted) = try decide(path, pathStages, left: left)
            if let bytes { entries.append((path, "100644", try git.writeBlob(bytes))) }
            if conflicted { conflicts.append(path) }
        }
        if !entries.isEmpty { tree = try git.tree(from: tree, setting: entries) }
        return Outcome(tree: tree, conflicts: conflicts)
    }

    /// The file to keep for one conflicted path (nil: what git or the driver `left` there) and whether it stays a
    /// conflict.
    func decide(_ path: String, _ stages: [Int: Stage], left: Data?) throws -> (bytes: Data?, conflicted: Bool) {
        // Files that are not records (minutes, settings) keep git's own conflict markers.
        guard path.hasSuffix(".json") else { return (nil, true) }
        if let left, ConflictedRecord(path: path, bytes: left) != nil { return (nil, true) }
        let mine = try side(stages[2])
        let other = try side(stages[3])
        if case .bytes(let mineBytes) = mine, case .bytes(let otherBytes) = other {
            let base = try stages[1].flatMap { try blob(id: $0.id) } ?? Data()
            let (bytes, result) = MergeDriver.merge(base: base, ours: mineBytes, theirs: otherBytes, pathname: path)
            if result == .merged { return (bytes, false) }
            if ConflictedRecord(path: path, bytes: bytes) != nil { return (bytes, true) }
        }
        var versions: [[String: JSONValue]?] = []
        var notMerged: [Int: String] = [:]
        for side in [mine, other] {
            switch side {
            case .deleted:
                versions.append(nil)
            case .bytes(let bytes):
                if let object = JSONValue.parse(bytes)?.objectValue {
                    versions.append(object)
                } else if let content = MergeDriver.Side(bytes), case .conflicted = content {
                    versions.append(contentsOf: content.versions)
                } else {
                    notMerged[versions.count] = "not a JSON record"
                    versions.append(nil)
                }
            case .unread(let reason):
                notMerged[versions.count] = reason
                versions.append(nil)
            }
        }
        return (MergeConflictFile.render(versions: versions, notMerged: notMerged), true)
    }

    /// One side of a conflict as git's stage holds it.
    enum Side {
        case deleted
        case bytes(Data)
        /// Not read, with why and where git keeps it.
        case unread(String)
    }

    func side(_ stage: Stage?) throws -> Side {
        guard let stage else { return .deleted }
        guard stage.mode.hasPrefix("100") else { return .unread("not a regular file; kept in git as \(stage.id)") }
        let size = try git.objectSize(stage.id)
        if size > sizeLimit {
            return .unread("too large (\(SafeFileReader.megabytes(size)) MiB; the limit is \(SafeFileReader.megabytes(sizeLimit)) MiB); kept in git as \(stage.id)")
        }
        guard let bytes = try blob(id: stage.id) else { return .unread("unreadable; kept in git as \(stage.id)") }
        if JSONValue.parse(bytes)?.objectValue == nil, MergeDriver.Side(bytes) == nil {
            return .unread("not a JSON record; kept in git as \(stage.id)")
        }
        return .bytes(bytes)
    }

    func blob(id: String) throws -> Data? {
        try git.blobs([id])[id]
    }

    /// The blob a `<tree>:<path>` expression names, if any.
    func blob(at expression: String) throws -> Data? {
        let output = try git.run(["rev-parse", "-q", "--verify", expression])
        guard output.status == 0 else { return nil }
        return try blob(id: output.text)
    }
}
