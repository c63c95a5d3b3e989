import Foundation

/// Git's plumbing, for work that must not touch the index or the working tree until Guild decides to (merges,
/// anonymous entries, interrupted syncs): objects, trees, commits and refs.
extension GitRepository {
    /// One path that differs between two trees, as `git diff-tree -r` reports it (nil ids: absent on that side).
    struct TreeChange: Sendable, Equatable {
        var path: String
        var oldMode: String
        var oldID: String?
        var newMode: String
        var newID: String?
    }

    /// The commit `ref` names, or nil when it names none.
    func commit(_ ref: String) throws(SyncError) -> String? {
        let output = try run(["rev-parse", "-q", "--verify", "--end-of-options", ref + "^{commit}"])
        return output.status == 0 && !output.text.isEmpty ? output.text : nil
    }

    /// The tree of a commit.
    func tree(of commit: String) throws(SyncError) -> String {
        try check(["rev-parse", "--verify", "--end-of-options", commit + "^{tree}"])
    }

    /// The id of the empty tree in this repository's object format.
    func emptyTree() throws(SyncError) -> String {
        try check(["hash-object", "-t", "tree", "--stdin"], input: Data())
    }

    /// Whether `ancestor` is `descendant` or one of its ancestors.
    func isAncestor(_ ancestor: String, of descendant: String) throws(SyncError) -> Bool {
        try run(["merge-base", "--is-ancestor", ancestor, descendant]).status == 0
    }

    /// The absolute path of `name` inside the repository's git folder (`.git/<name>`, or wherever `.git` points).
    func gitPath(_ name: String) throws(SyncError) -> String {
        let path = try check(["rev-parse", "--git-path", name])
        return path.hasPrefix("/") ? path : folder + "/" + path
    }

    /// The committer time of a commit, in seconds since 1970.
    func commitTime(_ commit: String) throws(SyncError) -> Int {
        Int(try check(["log", "-1", "--format=%ct", commit])) ?? 0
    }

    /// The parents of a commit.
    func parents(of commit: String) throws(SyncError) -> [String] {
        try check(["rev-list", "--parents", "-n", "1", commit]).split(separator: " ").dropFirst().map(String.init)
    }

    /// The contents of blobs, read through one `git cat-file --batch`; ids git does not have are left out.
    func blobs(_ ids: Set<String>) throws(SyncError) -> [String: Data] {
        guard !ids.isEmpty else { return [:] }
        let list = ids.sorted()
        let output = try run(["cat-file", "--batch"], input: Data((list.joined(separator: "\n") + "\n").utf8))
        guard output.status == 0 else { throw SyncError.git(command: "git cat-file", message: GitRepository.firstLines(output.stderr)) }
        var result: [String: Data] = [:]
        let bytes = output.stdout
        var index = bytes.startIndex
        while index < bytes.endIndex {
            guard let newline = bytes[index...].firstIndex(of: 0x0A) else { break }
            let header = String(decoding: bytes[index..<newline], as: UTF8.self).split(separator: " ")
            index = bytes.index(after: newline)
            guard header.count == 3, let size = Int(header[2]) else { continue }
            let end = bytes.index(index, offsetBy: size)
            if header[1] == "blob" { result[String(header[0])] = Data(bytes[index..<end]) }
            index = bytes.index(after: end)
        }
        return result
    }

    /// The size of an object in bytes.
    func objectSize(_ id: String) throws(SyncError) -> Int {
        Int(try check(["cat-file", "-s", id])) ?? 0
    }

    /// Stores `data` as a blob exactly as given (no filters) and returns its id.
    func writeBlob(_ data: Data) throws(SyncError) -> String {
        try check(["hash-object", "-w", "-t", "blob", "--no-filters", "--stdin"], input: data)
    }

    /// Every path that differs between the trees of `from` (nil: nothing) and `to`, optionally only those whose
    /// status (`A`dded, `M`odified, `D`eleted, `T`ype changed) is in `only`.
    func changes(from: String?, to: String, only: String? = nil) throws(SyncError) -> [TreeChange] {
        var arguments = ["diff-tree", "-r", "-z", "--no-renames", "--no-commit-id"]
        if let only { arguments.append("--diff-filter=" + only) }
        let start: String
        if let from { start = from } else { start = try emptyTree() }
        arguments += [start, to, "--"]
        let output = try run(arguments)
        guard output.status == 0 else { throw SyncError.git(command: "git diff-tree", message: GitRepository.firstLines(output.stderr)) }
        var changes: [TreeChange] = []
        let fields = output.stdout.split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        var index = 0
        while index + 1 < fields.count {
            let header = fields[index]
            guard header.hasPrefix(":") else { index += 1; continue }
            let parts = header.dropFirst().split(separator: " ")
            guard parts.count >= 5 else { index += 2; continue }
            let zero = { (id: Substring) -> String? in id.allSatisfy { $0 == "0" } ? nil : String(id) }
            changes.append(TreeChange(path: fields[index + 1], oldMode: String(parts[0]), oldID: zero(parts[2]),
                                      newMode: String(parts[1]), newID: zero(parts[3])))
            index += 2
        }
        return changes
    }

    /// A tree made from `base` (nil: empty) with the given entries set (`id` nil: removed), built in a private
    /// index file so the repository's own index is never touched.
    func tree(from base: String?, setting entries: [(path: String, mode: String, id: String?)]) throws(SyncError) -> String {
        let index = try gitPath("guild-tree-\(getpid()).index")
        defer { unlink(index); unlink(index + ".lock") }
        let environment = ["GIT_INDEX_FILE": index]
        if let base {
            try check(["read-tree", base], extraEnvironment: environment)
        } else {
            try check(["read-tree", "--empty"], extraEnvironment: environment)
        }
        var list = Data()
        let zero = try zeroID()
        for entry in entries {
            // `--index-info` lines: "<mode> <id>\t<path>", a zero mode and id removing the path.
            let line = entry.id.map { "\(entry.mode) \($0)\t\(entry.path)" } ?? "0 \(zero)\t\(entry.path)"
            list.append(Data(line.utf8))
            list.append(0)
        }
        if !entries.isEmpty { try check(["update-index", "-z", "--index-info"], extraEnvironment: environment, input: list) }
        return try check(["write-tree"], extraEnvironment: environment)
    }

    /// Makes a commit of `tree` with `parents` without touching HEAD, the index or the working tree.
    func commit(tree: String, parents: [String], message: String, config: [String] = [],
                environment: [String: String] = [:]) throws(SyncError) -> String {
        var arguments = config + ["commit-tree", tree]
        for parent in parents { arguments += ["-p", parent] }
        return try check(arguments, extraEnvironment: environment, input: Data((message + "\n").utf8))
    }

    /// Points `ref` at `new` when it still points at `old` (nil: must not exist yet).
    func updateRef(_ ref: String, to new: String, from old: String?, reason: String) throws(SyncError) {
        let expected: String
        if let old { expected = old } else { expected = try zeroID() }
        try check(["update-ref", "-m", reason, ref, new, expected])
    }

    /// The all-zero id git uses for "no object", as long as this repository's ids.
    func zeroID() throws(SyncError) -> String {
        String(repeating: "0", count: try emptyTree().count)
    }
}
