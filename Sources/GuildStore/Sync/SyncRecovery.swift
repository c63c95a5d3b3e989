#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Puts the store's repository back in order after a sync — or git beneath it — was killed, before the next sync
/// does anything else, so no person has to repair git by hand.
///
/// - when lock files are left, git processes still running in the store (orphans of the killed sync, or a
///   person's) are waited for; then the lock files no live process holds (`index.lock`, `HEAD.lock`, ref locks,
///   Guild's private index) are removed, and so are the merge driver's temporary files git left in the store;
/// - a half-done update of the store's files (`WorkingTreeUpdate`'s note) is finished;
/// - a merge git left unfinished (`MERGE_HEAD`, from an older Guild or a person) is finished the way `guild sync`
///   merges: conflicts become conflicted records, nothing is dropped;
/// - a rebase or cherry-pick in progress (a person's) stops the sync with one line saying so.
struct SyncRecovery {
    let git: GitRepository
    let layout: StoreLayout
    let update: WorkingTreeUpdate
    let merge: TreeMerge
    /// `-c user.…` arguments for commits when git has no identity configured.
    let identity: [String]
    /// How long to wait for git processes still running in the store.
    var patience: TimeInterval = 20

    /// Repairs what it finds; returns what it did, in words (empty when nothing needed repair).
    func run() throws -> [String] {
        var repaired: [String] = []
        if try removeStaleFiles() { repaired.append("removed lock files left by an interrupted git") }
        if try update.resume() { repaired.append("finished an interrupted update of the store's files") }
        if try finishMerge() { repaired.append("finished a merge git had left unfinished") }
        for (name, what) in [("rebase-merge", "a rebase"), ("rebase-apply", "a rebase"), ("CHERRY_PICK_HEAD", "a cherry-pick"), ("REVERT_HEAD", "a revert")]
        where (try? FileStatus.of(path: try git.gitPath(name))) ?? nil != nil {
            throw SyncError.folder("\(what) is in progress in the store's repository; finish or abort it with git, then sync again")
        }
        return repaired
    }

    // MARK: - Processes and locks

    /// Waits while a git process works in the store (its working folder is the store or inside it).
    func waitForGit() throws {
        try Self.waitForGit(in: layout.rootPath, patience: patience)
    }

    /// Waits up to `patience` seconds while a git process works in the folder `root` (or inside it).
    static func waitForGit(in root: String, patience: TimeInterval = 20) throws {
        let deadline = Date().addingTimeInterval(patience)
        while let (pid, name) = gitProcesses(in: root).first {
            if Date() > deadline {
                throw SyncError.folder("\(name) (process \(pid)) is still running in the store; sync again when it has finished")
            }
            usleep(100_000)
        }
    }

    /// Git processes (other than this one) whose working folder is `root` or inside it, from `/proc`.
    static func gitProcesses(in root: String) -> [(pid: Int32, name: String)] {
        guard let entries = try? FolderListing.entries(of: "/proc") else { return [] }
        var found: [(Int32, String)] = []
        for entry in entries {
            guard let pid = Int32(entry.name), pid != getpid() else { continue }
            var buffer = [CChar](repeating: 0, count: 4097)
            let count = readlink("/proc/\(pid)/cwd", &buffer, 4096)
            guard count > 0 else { continue }
            let cwd = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            guard cwd == root || cwd.hasPrefix(root + "/") else { continue }
            guard case .contents(let data, _)? = try? SafeFileReader(sizeLimit: 4096).read(path: "/proc/\(pid)/comm") else { continue }
            let name = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if name.hasPrefix("git") { found.append((pid, name)) }
        }
        return found
    }

    /// Removes lock and temporary files no live git holds; true when there were any. Only when some are found does
    /// it wait for git processes running in the store (say, an orphan of a killed sync finishing), so a person's
    /// `git log` open in the store never holds a sync up.
    func removeStaleFiles() throws -> Bool {
        let stale = staleFiles()
        guard !stale.isEmpty else { return false }
        try waitForGit()
        var removed = false
        // Listed again: the git just waited for may have finished and released its locks itself.
        for path in staleFiles() where unlink(path) == 0 { removed = true }
        return removed
    }

    /// Lock files in the git folder and under refs/, Guild's own temporary index and note copies, and the merge
    /// driver's temporary files git makes in the store's root.
    func staleFiles() -> [String] {
        guard let gitFolder = try? git.gitPath(".") else { return [] }
        // A `git gc --auto` git started in the background (after a large commit or fetch) keeps `gc.log.lock` for as
        // long as it repacks — a minute and more after a first sync of a large store. Git works beside it, and so
        // does a sync: its lock is not stale while it runs.
        let gcRunning = Self.isBackgroundGCRunning(gitFolder: gitFolder)
        var found: [String] = []
        var folders = [gitFolder]
        // Ref locks anywhere under refs/ (a killed update-ref, fetch or push).
        if let refs = try? git.gitPath("refs") { folders += Self.subfolders(of: refs) + [refs] }
        for folder in folders {
            for entry in (try? FolderListing.entries(of: folder)) ?? [] where entry.type == .file {
                let name = entry.name
                if folder == gitFolder, name == "gc.log.lock", gcRunning { continue }
                if name.hasSuffix(".lock")
                    || (folder == gitFolder && ((name.hasPrefix("guild-tree-") && name.hasSuffix(".index")) || DurableFile.isTemporaryName(name))) {
                    found.append(folder + "/" + name)
                }
            }
        }
        for entry in (try? FolderListing.entries(of: layout.rootPath)) ?? [] where entry.type == .file && entry.name.hasPrefix(".merge_file_") {
            found.append(layout.absolute(entry.name))
        }
        return found
    }

    /// Whether the `git gc` that `gc.pid` in `gitFolder` names ("<pid> <host>") is still running.
    static func isBackgroundGCRunning(gitFolder: String) -> Bool {
        guard case .contents(let data, _)? = try? SafeFileReader(sizeLimit: 4096).read(path: gitFolder + "/gc.pid") else { return false }
        let fields = String(decoding: data, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard let first = fields.first, let pid = Int32(first), pid > 0 else { return false }
        // Only a git process counts (a pid reused by anything else does not).
        guard case .contents(let name, _)? = try? SafeFileReader(sizeLimit: 4096).read(path: "/proc/\(pid)/comm") else { return false }
        return String(decoding: name, as: UTF8.self).hasPrefix("git")
    }

    /// Every folder below `path` (not following links).
    static func subfolders(of path: String) -> [String] {
        var result: [String] = []
        for entry in (try? FolderListing.entries(of: path)) ?? [] where entry.type == .folder {
            let child = path + "/" + entry.name
            result.append(child)
            result += subfolders(of: child)
        }
        return result
    }

    // MARK: - An unfinished merge

    /// Finishes a merge git left (`MERGE_HEAD`): each unmerged record becomes a conflicted record (or merges), the
    /// result is committed with both parents, and the merge state goes; false when there was none.
    func finishMerge() throws -> Bool {
        guard let theirs = try git.commit("MERGE_HEAD") else { return false }
        guard let head = try git.commit("HEAD") else { return false }
        let listing = try git.run(["ls-files", "-u", "-z"])
        var stages: [String: [Int: TreeMerge.Stage]] = [:]
        for entry in listing.stdout.split(separator: 0) {
            let text = String(decoding: entry, as: UTF8.self)
            guard let tab = text.firstIndex(of: "\t") else { continue }
            let head = text[..<tab].split(separator: " ")
            guard head.count == 3, let number = Int(head[2]) else { continue }
            stages[String(text[text.index(after: tab)...]), default: [:]][number] = TreeMerge.Stage(mode: String(head[0]), id: String(head[1]))
        }
        for (path, pathStages) in stages.sorted(by: { $0.key < $1.key }) where StoreSync.isSafeRelativePath(path) {
            var left: Data?
            if case .contents(let data, _)? = try? SafeFileReader().read(path, in: layout) { left = data }
            let (bytes, _) = try merge.decide(path, pathStages, left: left)
            if let bytes {
                _ = try update.write(.file(bytes, executable: false), at: path)
                try git.check(["update-index", "--add", "--cacheinfo", "100644,\(try git.writeBlob(bytes)),\(path)"])
            } else {
                try git.check(["--literal-pathspecs", "add", "-A", "--", path])
            }
        }
        let tree = try git.check(["write-tree"])
        let messagePath = try git.gitPath("MERGE_MSG")
        var message = "Merge (finished by guild sync after an interruption)"
        if case .contents(let data, _)? = try? SafeFileReader(sizeLimit: 65_536).read(path: messagePath),
           let first = String(decoding: data, as: UTF8.self).split(separator: "\n").first, !first.hasPrefix("#") {
            message = String(first)
        }
        let commit = try git.commit(tree: tree, parents: [head, theirs], message: message, config: identity)
        try git.updateRef("HEAD", to: commit, from: head, reason: "guild sync: finish an interrupted merge")
        for name in ["MERGE_HEAD", "MERGE_MSG", "MERGE_MODE", "AUTO_MERGE"] {
            if let path = try? git.gitPath(name) { unlink(path) }
        }
        _ = try git.run(["update-index", "-q", "--refresh"])
        return true
    }
}
