import Dispatch
import Foundation
import GuildCore

/// Shares a store through git: makes it a repository, commits what changed, merges what others pushed (field by
/// field, through `MergeDriver`), commits conflicts as conflicted records, and pushes (STORE.md, "Git as the
/// distributed engine").
///
/// Merges happen in git's object store (`TreeMerge`) and the store's files are then moved with Guild's own durable
/// writes (`WorkingTreeUpdate`), so a sync killed at any step — add, commit, merge, the merge driver, fetch, push —
/// leaves nothing the next sync cannot finish (`SyncRecovery`). Guild's merge settings live in
/// `.git/info/attributes`, out of reach of a push, and are checked before every merge (`MergeAttributes`).
/// Anonymous entries travel on their own branch and join the main history a day later (`AnonymousQueue`).
public struct StoreSync: Sendable {
    /// How to sync.
    public struct Options: Sendable {
        /// The `guild` executable git runs as the merge driver (`<program> merge-driver %O %A %B %P`).
        public var driverProgram: String
        /// When set, becomes the `origin` remote.
        public var remote: String?
        /// The branch shared with the team.
        public var branch = "main"
        /// Variables for every git command (tests set `HOME` and `GIT_CONFIG_NOSYSTEM`).
        public var environment: [String: String] = [:]
        /// How many times to merge and push again when someone pushed in between.
        public var attempts = 3
        /// The time the sync runs at (which day anonymous entries belong to).
        public var now = Date()
        /// Told how far the long steps of a large sync have come (committing, queueing anonymous entries, sending);
        /// only for syncs of many files, and never from more than one thread at a time.
        public var progress: (@Sendable (SyncProgress) -> Void)?

        public init(driverProgram: String, remote: String? = nil, environment: [String: String] = [:]) {
            self.driverProgram = driverProgram
            self.remote = remote
            self.environment = environment
        }
    }

    /// What a sync did.
    public struct Report: Sendable, Equatable {
        /// The folder was not a repository and now is.
        public var createdRepository = false
        /// What an interrupted earlier sync left and this one repaired, in words.
        public var repaired: [String] = []
        /// Subjects of the named commits made here.
        public var commits: [String] = []
        /// How many anonymous files went onto the anonymous branch.
        public var anonymousFiles = 0
        /// Whether anonymous entries of earlier days were folded into the main history.
        public var foldedAnonymous = false
        /// Whether someone else's changes were merged in.
        public var merged = false
        /// Whether anything was pushed.
        public var pushed = false
        /// The remote, when one is configured.
        public var remote: String?
        /// Files committed as conflicted records, for the user to resolve.
        public var conflicts: [String] = []
        /// Paths an update of the store's files did not write, each with why (a linked folder on the way).
        public var skipped: [String] = []

        /// One line for the status bar or the terminal.
        public var summary: String {
            var parts: [String] = []
            if createdRepository { parts.append("made the store a git repository") }
            if !repaired.isEmpty { parts.append(repaired.joined(separator: "; ")) }
            parts.append(commits.isEmpty ? "nothing to commit" : "committed: " + commits.joined(separator: "; "))
            if anonymousFiles > 0 {
                parts.append("sent \(anonymousFiles) anonymous \(anonymousFiles == 1 ? "entry" : "entries") on their own branch")
            }
            if foldedAnonymous { parts.append("folded in anonymous entries of earlier days") }
            if merged { parts.append("merged changes from \(remote ?? "the remote")") }
            if pushed { parts.append("pushed to \(remote ?? "the remote")") } else if remote == nil {
                parts.append("no remote yet (guild sync --remote URL)")
            }
            if !conflicts.isEmpty {
                parts.append("\(conflicts.count) conflict\(conflicts.count == 1 ? "" : "s") to resolve: " + conflicts.joined(separator: ", "))
            }
            if !skipped.isEmpty { parts.append("not written: " + skipped.joined(separator: "; ")) }
            return parts.joined(separator: "; ")
        }
    }

    /// The name and e-mail on anonymous commits.
    public static let anonymousName = "Guild"
    public static let anonymousEmail = "anonymous@guild.invalid"
    /// The driver's name in git's config.
    public static let driverName = "guild"
    /// The file in `.guild/` that keeps two syncs of one store from running at once.
    static let syncLockName = "sync.lock"

    /// The store's folders and root files git tracks (never `.guild/`).
    static var trackedPaths: [String] {
        [StoreLayout.manifestName, StoreLayout.gitignoreName, ".gitattributes"] + RecordKind.allCases.map(\.folder)
    }

    public let store: GuildStore
    public let options: Options
    let git: GitRepository

    public init(store: GuildStore, options: Options) throws(SyncError) {
        self.store = store
        self.options = options
        git = try GitRepository(folder: store.layout.rootPath, environment: options.environment)
    }

    var remoteBranch: String { "refs/remotes/origin/\(options.branch)" }

    var workingTree: WorkingTreeUpdate { WorkingTreeUpdate(git: git, layout: store.layout, reader: store.reader) }

    var treeMerge: TreeMerge { TreeMerge(git: git, sizeLimit: store.reader.sizeLimit) }

    var anonymousQueue: AnonymousQueue { AnonymousQueue(git: git, layout: store.layout, reader: store.reader, now: options.now) }

    // MARK: - Sync

    /// Repairs what an interrupted sync left, commits, merges and pushes; safe to call again at any time (each step
    /// only does what is needed). One sync of a store runs at a time (`.guild/sync.lock`).
    public func sync() throws -> Report {
        var report = Report()
        let syncLock: StoreLock
        do { syncLock = try StoreLock(path: try PrivateFolder.prepare(store.layout) + "/" + Self.syncLockName) } catch {
            throw SyncError.folder("could not lock the store for syncing: \(error.reason)")
        }
        return try syncLock.withLock {
            var recovery = SyncRecovery(git: git, layout: store.layout, update: workingTree, merge: treeMerge, identity: [])
            // Git's own lock files first: a killed `git config` or `git fetch` would stop the set-up below.
            let hadStaleFiles = (try? FileStatus.of(path: store.layout.absolute(".git"))) ?? nil != nil ? try recovery.removeStaleFiles() : false
            report.createdRepository = try prepareRepository()
            report.remote = try configuredRemote()
            let identity = try identityConfig()
            recovery = SyncRecovery(git: git, layout: store.layout, update: workingTree, merge: treeMerge, identity: identity)
            try store.withExclusiveLock { report.repaired = try recovery.run() }
            if hadStaleFiles, report.repaired.isEmpty { report.repaired.append("removed lock files left by an interrupted git") }
            var attempt = 0
            var anonymousChanged = true
            var largeSync = false
            while true {
                attempt += 1
                if report.remote != nil { try git.check(["fetch", "-q", "origin"]) }
                var outgoing: (commit: String, expected: String?, files: Int)?
                try store.withExclusiveLock {
                    if attempt == 1 {
                        let status = try workingStatus()
                        largeSync = status.changes.count >= Self.progressThreshold
                        anonymousChanged = try commitChanges(status, into: &report, identity: identity)
                    }
                    try mergeRemote(into: &report, identity: identity)
                    // The last try adds a commit instead of rewriting the day's, for a remote that refuses rewrites.
                    // No anonymous file changed here: no second look at the working tree (`git status` reads it all).
                    outgoing = anonymousChanged ? try queueAnonymous(into: &report, rewrite: attempt < options.attempts) : nil
                    try foldAnonymous(into: &report, tip: outgoing?.commit)
                    try showAnonymous(tip: outgoing?.commit, into: &report)
                }
                guard report.remote != nil else { return report }
                var refspecs: [String] = []
                var leases: [String] = []
                if let head = try git.commit("HEAD"), try git.commit(remoteBranch) != head {
                    refspecs.append("HEAD:refs/heads/\(options.branch)")
                }
                if let outgoing {
                    leases.append("--force-with-lease=refs/heads/\(AnonymousQueue.branch):\(outgoing.expected ?? "")")
                    refspecs.append("\(outgoing.commit):refs/heads/\(AnonymousQueue.branch)")
                }
                guard !refspecs.isEmpty else { return report }
                // A large sync shows git's own count of the objects it compresses and sends.
                let reader = largeSync ? options.progress.map {
                    SyncProgress.GitPhaseReader(phases: [("Compressing objects", Self.compressingStep), ("Writing objects", Self.sendingStep)],
                                                report: $0)
                } : nil
                var push = try git.run(["push", "-q", "--atomic"] + (reader == nil ? [] : ["--progress"]) + leases + ["origin"] + refspecs,
                                       observe: reader?.observer)
                if reader != nil { push.stderr = SyncProgress.withoutGitProgress(push.stderr) }
                if push.status == 0 {
                    report.pushed = true
                    report.anonymousFiles += outgoing?.files ?? 0
                    _ = try? git.run(["branch", "-q", "--set-upstream-to=origin/\(options.branch)"])
                    return report
                }
                if attempt >= options.attempts { throw SyncError.pushRejected(attempts: attempt) }
                let rejected = ["fetch first", "non-fast-forward", "rejected", "stale info", "atomic"].contains { push.stderr.contains($0) }
                if !rejected { throw SyncError.git(command: "git push", message: GitRepository.firstLines(push.stderr)) }
            }
        }
    }

    /// Makes the folder a repository when it is not one and (re)installs Guild's git settings; true when created.
    @discardableResult
    public func prepareRepository() throws -> Bool {
        var created = false
        if (try? FileStatus.of(path: store.layout.absolute(".git"))) ?? nil == nil {
            try git.check(["init", "-q", "-b", options.branch])
            created = true
        }
        try StoreSync.configure(git, driverProgram: options.driverProgram)
        try MergeAttributes.install(git)
        return created
    }

    /// Installs the merge driver, `core.fsync=committed` (with `core.fsyncMethod=batch`: one flush for all the objects
    /// a command writes, not one per object) and the local ignore rule for temporary files. Reads the repository's
    /// settings once and writes only those that differ, so a sync that changes nothing here runs one git command.
    static func configure(_ git: GitRepository, driverProgram: String) throws {
        let wanted = [
            ("core.fsync", "committed"), ("core.fsyncMethod", "batch"),
            ("merge.\(driverName).name", "Guild field-level merge of record files"),
            ("merge.\(driverName).driver", "\(shellQuoted(driverProgram)) merge-driver %O %A %B %P"),
        ]
        let settings = try localConfig(git)
        for (key, value) in wanted where settings[key.lowercased()] != value {
            try git.check(["config", key, value])
        }
        let exclude = try git.gitPath("info/exclude")
        let rule = ".*" + DurableFile.temporaryMarker + "*"
        var current = ""
        if case .contents(let data, _)? = try? SafeFileReader().read(path: exclude) { current = String(decoding: data, as: UTF8.self) }
        if !current.split(separator: "\n").contains(Substring(rule)) {
            let text = current + (current.isEmpty || current.hasSuffix("\n") ? "" : "\n") + "# Guild's temporary files\n" + rule + "\n"
            let folder = (exclude as NSString).deletingLastPathComponent
            do {
                try DurableFile.makeFolder(folder)
                try DurableFile.write(Data(text.utf8), folder: folder, name: "exclude")
            } catch {
                throw SyncError.folder("could not write \(exclude): \(error.reason)")
            }
        }
    }

    /// The repository's own settings (`git config --local --list`), keys in git's lower case.
    static func localConfig(_ git: GitRepository) throws -> [String: String] {
        let output = try git.run(["config", "--local", "--list", "-z"])
        guard output.status == 0 else { return [:] }
        var result: [String: String] = [:]
        // "<key>\n<value>\0" for each setting ("<key>\0" when it has no value).
        for entry in output.stdout.split(separator: 0) {
            let text = String(decoding: entry, as: UTF8.self)
            let key = text.prefix { $0 != "\n" }
            result[key.lowercased()] = text.count > key.count ? String(text.dropFirst(key.count + 1)) : ""
        }
        return result
    }

    /// Sets `origin` from the options; returns the configured remote's URL, if any.
    func configuredRemote() throws -> String? {
        let current = try git.run(["remote", "get-url", "origin"])
        if let remote = options.remote {
            if current.status == 0 {
                if current.text != remote { try git.check(["remote", "set-url", "origin", "--", remote]) }
            } else {
                try git.check(["remote", "add", "origin", "--", remote])
            }
            return remote
        }
        return current.status == 0 ? current.text : nil
    }

    // MARK: - Commits

    /// Commits everything changed here under the user's name — except anonymous files, which go on their own branch;
    /// returns whether any anonymous file changed.
    ///
    /// The paths reach git on its standard input, never on the command line, so a store of any size commits in one
    /// `git update-index` and one `git commit`; either fails whole, leaving no commit. The index is committed as it
    /// is when it differs from the last commit only in these paths (the usual case: git then reads no pathspec and
    /// writes no second index); when a person staged other files by hand, only these paths are committed.
    @discardableResult
    func commitChanges(_ status: WorkingStatus? = nil, into report: inout Report, identity: [String]? = nil) throws -> Bool {
        let status = try status ?? workingStatus()
        let changes = status.changes
        let anonymous = anonymousPaths(among: changes)
        let named = anonymous.isEmpty ? changes : changes.filter { !anonymous.contains($0.path) }
        guard !named.isEmpty else { return !anonymous.isEmpty }
        let progress = named.count >= Self.progressThreshold ? options.progress : nil
        progress?(SyncProgress(step: Self.committingStep, done: 0, total: named.count))
        let subject = Self.message(for: named)
        let identity = try identity ?? identityConfig()
        // Staged one by one (a pathspec would be matched against every file, quadratic in a first sync).
        var list = Data()
        for change in named {
            list.append(contentsOf: change.path.utf8)
            list.append(0)
        }
        // `--verbose` prints a line per path staged: the progress bar counts them.
        let counter = progress.map { SyncProgress.LineCounter(step: Self.committingStep, total: named.count, report: $0) }
        try git.check(["update-index", "--add", "--remove"] + (counter == nil ? [] : ["--verbose"]) + ["-z", "--stdin"],
                      input: list, observe: counter?.observer)
        let namedPaths = Set(named.map(\.path))
        if status.staged.allSatisfy({ namedPaths.contains($0) }) {
            try git.check(identity + ["commit", "-q", "-m", subject])
        } else {
            // Files a person staged (an anonymous entry among them, perhaps) stay staged and out of this commit.
            try git.check(identity + ["--literal-pathspecs", "commit", "-q", "--only", "--pathspec-from-file=-", "--pathspec-file-nul",
                                      "-m", subject], input: list)
        }
        progress?(SyncProgress(step: Self.committingStep, done: named.count, total: named.count))
        report.commits.append(subject)
        return !anonymous.isEmpty
    }

    /// From how many changed files on a sync says what it is doing through `Options.progress`.
    static let progressThreshold = 1_000

    /// The progress steps' names.
    public static let committingStep = "Committing changed files"
    public static let queueingStep = "Queueing anonymous entries"
    public static let compressingStep = "Compressing for the push"
    public static let sendingStep = "Sending"

    /// Config for anonymous commits: no signing, no hooks that could add a name.
    static let neutralConfig = ["-c", "commit.gpgSign=false", "-c", "core.hooksPath=/dev/null", "-c", "user.useConfigOnly=false"]

    /// The neutral identity of anonymous commits, at `time` (seconds since 1970, UTC).
    static func neutralEnvironment(time: Int) -> [String: String] {
        let date = "\(time) +0000"
        return [
            "GIT_AUTHOR_NAME": anonymousName, "GIT_AUTHOR_EMAIL": anonymousEmail, "GIT_AUTHOR_DATE": date,
            "GIT_COMMITTER_NAME": anonymousName, "GIT_COMMITTER_EMAIL": anonymousEmail, "GIT_COMMITTER_DATE": date,
        ]
    }

    /// A name for named commits when git has none configured: the login name on this host.
    func identityConfig() throws -> [String] {
        if try git.run(["config", "user.email"]).status == 0 { return [] }
        let user = ProcessInfo.processInfo.environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? "guild"
        let host = ProcessInfo.processInfo.hostName.isEmpty ? "localhost" : ProcessInfo.processInfo.hostName
        return ["-c", "user.name=\(user)", "-c", "user.email=\(user)@\(host)"]
    }

    /// How a file differs from the last commit.
    public enum Change: Sendable, Equatable {
        case added, updated, deleted
    }

    /// Store files that differ from the last commit (new, changed or deleted), relative to the store, sorted.
    func changedPaths() throws -> [(path: String, change: Change)] {
        try workingStatus().changes
    }

    /// What one `git status` of the whole repository says (see `WorkingStatus`).
    func workingStatus() throws -> WorkingStatus {
        let output = try git.run(["status", "--porcelain=v1", "-z", "--untracked-files=all", "--no-renames"])
        guard output.status == 0 else {
            throw SyncError.git(command: "git status", message: GitRepository.firstLines(output.stderr))
        }
        let tracked = Set(Self.trackedPaths)
        var changes: [String: Change] = [:]
        var staged = Set<String>()
        for entry in output.stdout.split(separator: 0) where entry.count > 3 {
            let code = String(decoding: entry.prefix(2), as: UTF8.self)
            let path = String(decoding: entry.dropFirst(3), as: UTF8.self)
            // "XY path": X is the index against the last commit ("?" untracked, "!" ignored, " " unchanged).
            if let index = code.first, !" ?!".contains(index) { staged.insert(path) }
            let top = path.prefix { $0 != "/" }
            guard tracked.contains(String(top)), Self.isSafeRelativePath(path),
                  !DurableFile.isTemporaryName((path as NSString).lastPathComponent) else { continue }
            if code.contains("D") {
                changes[path] = .deleted
            } else if code == "??" || code.contains("A") {
                changes[path] = .added
            } else {
                changes[path] = .updated
            }
        }
        return WorkingStatus(changes: changes.sorted { $0.key < $1.key }.map { (path: $0.key, change: $0.value) }, staged: staged)
    }

    /// Whether a changed file is an anonymous entry: a note with no author, or any record marked `"anonymous": true`.
    func isAnonymous(_ path: String) -> Bool {
        guard path.hasSuffix(".json"), case .contents(let data, _)? = try? store.reader.read(path, in: store.layout) else { return false }
        let isNote = path.hasPrefix(RecordKind.note.folder + "/")
        // Only notes can be anonymous without saying so: any other file is parsed only when it holds the word.
        guard isNote || data.range(of: Self.anonymousKey) != nil, let object = JSONValue.parse(data)?.objectValue else { return false }
        if object["anonymous"] == .bool(true) { return true }
        return isNote && (object["author"] == nil || object["author"] == .null)
    }

    private static let anonymousKey = Data("\"anonymous\"".utf8)

    /// The changed (not deleted) files that are anonymous entries; read in parallel when there are many (a first sync).
    func anonymousPaths(among changes: [(path: String, change: Change)]) -> Set<String> {
        let candidates = changes.filter { $0.change != .deleted && $0.path.hasSuffix(".json") }.map(\.path)
        guard !candidates.isEmpty else { return [] }
        let flags = WorkerSlots(count: candidates.count, initial: false)
        let chunk = 256
        DispatchQueue.concurrentPerform(iterations: (candidates.count + chunk - 1) / chunk) { part in
            for index in (part * chunk)..<min(candidates.count, (part + 1) * chunk) where isAnonymous(candidates[index]) {
                flags[index] = true
            }
        }
        var result = Set<String>()
        for (index, path) in candidates.enumerated() where flags[index] { result.insert(path) }
        return result
    }

    /// "Add 2 notes; update 1 session; delete 1 action item".
    static func message(for changes: [(path: String, change: Change)]) -> String {
        var counts: [Change: [String: Int]] = [:]
        for (path, change) in changes {
            let folder = path.split(separator: "/").first.map(String.init) ?? path
            let label = RecordKind(rawValue: folder) == nil ? "settings" : folder
            counts[change, default: [:]][label, default: 0] += 1
        }
        func phrase(_ verb: String, _ change: Change) -> String? {
            guard let byLabel = counts[change], !byLabel.isEmpty else { return nil }
            return verb + " " + byLabel.sorted { $0.key < $1.key }.map { "\($0.value) \(noun($0.key, $0.value))" }.joined(separator: ", ")
        }
        let text = [phrase("add", .added), phrase("update", .updated), phrase("delete", .deleted)].compactMap { $0 }.joined(separator: "; ")
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// The noun for a folder and a count: "1 person", "2 people".
    static func noun(_ folder: String, _ count: Int) -> String {
        let names: [String: (String, String)] = [
            "people": ("person", "people"), "skills": ("skill", "skills"), "ratings": ("rating sheet", "rating sheets"),
            "sessions": ("session", "sessions"), "notes": ("note", "notes"), "actions": ("action item", "action items"),
            "learnings": ("learning", "learnings"), "topics": ("topic", "topics"), "communities": ("community", "communities"),
            "solutions": ("solution", "solutions"), "votes": ("meeting rating", "meeting ratings"),
            "settings": ("store setting", "store settings"),
        ]
        let (one, many) = names[folder] ?? (folder, folder)
        return count == 1 ? one : many
    }

    // MARK: - Merging

    /// Merges the remote branch into HEAD in git's object store and moves the store's files to the result;
    /// conflicts are committed as conflicted record files, so the repository is never left half-merged.
    func mergeRemote(into report: inout Report, identity: [String]) throws {
        guard report.remote != nil, let theirs = try git.commit(remoteBranch) else { return }
        let head = try git.commit("HEAD")
        if let head, try git.isAncestor(theirs, of: head) { return }
        let label = report.remote ?? "origin"
        guard let head, !(try git.isAncestor(head, of: theirs)) else {
            // Nothing here that the remote lacks: take the remote's history as it is.
            report.skipped += try workingTree.move(from: head, to: theirs, reason: "guild sync: fast-forward to \(label)")
            report.merged = true
            return
        }
        try verifyAttributes(head, theirs)
        let outcome = try treeMerge.merge(ours: head, theirs: theirs)
        let subject = outcome.conflicts.isEmpty ? "Merge changes from \(label)"
            : "Merge changes from \(label) with \(outcome.conflicts.count) conflict\(outcome.conflicts.count == 1 ? "" : "s") to resolve in Guild"
        let commit = try git.commit(tree: outcome.tree, parents: [head, theirs], message: subject, config: identity)
        report.skipped += try workingTree.move(from: head, to: commit, reason: "guild sync: merge \(label)")
        report.merged = true
        report.conflicts += outcome.conflicts
    }

    /// Checks with `git check-attr` that every record file either side changed since they parted is merged by
    /// Guild's driver (see `MergeAttributes`), reinstalling the settings once if not.
    func verifyAttributes(_ ours: String, _ theirs: String) throws {
        let base = try git.run(["merge-base", ours, theirs])
        let start = base.status == 0 ? base.text : nil
        let paths = try git.changes(from: start, to: ours).map(\.path) + git.changes(from: start, to: theirs).map(\.path)
        do { try MergeAttributes.verify(git, paths: paths) } catch {
            try MergeAttributes.install(git)
            try MergeAttributes.verify(git, paths: paths)
        }
    }

    // MARK: - Anonymous entries

    /// Puts the anonymous files changed here on the anonymous branch; returns the new tip to push (and the tip it
    /// replaces) when there is a remote, else keeps it in the local ref.
    func queueAnonymous(into report: inout Report, rewrite: Bool = true) throws -> (commit: String, expected: String?, files: Int)? {
        let paths = anonymousPaths(among: try changedPaths()).sorted()
        guard !paths.isEmpty else { return nil }
        let progress = paths.count >= Self.progressThreshold ? options.progress : nil
        progress?(SyncProgress(step: Self.queueingStep, done: 0, total: paths.count))
        let queue = anonymousQueue
        let tip = try queue.tip(hasRemote: report.remote != nil)
        let queued = try queue.enqueue(paths, tip: tip, rewrite: rewrite)
        progress?(SyncProgress(step: Self.queueingStep, done: paths.count, total: paths.count))
        guard let (commit, files) = queued else { return nil }
        if report.remote != nil { return (commit, tip, files) }
        try git.updateRef(AnonymousQueue.localRef, to: commit, from: tip, reason: "guild sync: anonymous entries")
        report.anonymousFiles += files
        return nil
    }

    /// Folds the anonymous entries of earlier days into the main history (a neutral merge commit), when any are new.
    func foldAnonymous(into report: inout Report, tip outgoing: String?) throws {
        let queue = anonymousQueue
        guard let head = try git.commit("HEAD"),
              let target = try queue.foldable(from: try outgoing ?? queue.tip(hasRemote: report.remote != nil)),
              !(try git.isAncestor(target, of: head)) else { return }
        try verifyAttributes(head, target)
        let (commit, conflicts) = try queue.fold(target, into: head, merge: treeMerge)
        report.skipped += try workingTree.move(from: head, to: commit, reason: "guild sync: fold in anonymous entries")
        report.foldedAnonymous = true
        report.conflicts += conflicts
    }

    /// Writes the queued anonymous entries the main history does not hold yet into the working folder, so every
    /// screen shows them at once (they are committed with the fold, a day later).
    func showAnonymous(tip outgoing: String?, into report: inout Report) throws {
        let queue = anonymousQueue
        guard let tip = try outgoing ?? queue.tip(hasRemote: report.remote != nil) else { return }
        let head = try git.commit("HEAD")
        report.skipped += try workingTree.show(from: head, to: tip, paths: try queue.pendingChanges(head: head, tip: tip))
    }

    /// Shows queued anonymous entries in a freshly cloned store (see `showAnonymous`).
    public func showQueuedAnonymous() throws {
        var report = Report()
        report.remote = try configuredRemote()
        try store.withExclusiveLock { try showAnonymous(tip: nil, into: &report) }
    }

    // MARK: - Paths

    /// Whether a path from git or a file is a plain relative path inside the store: no "..", no absolute or empty
    /// parts, no control characters, and not inside `.git` or `.guild`.
    public static func isSafeRelativePath(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), path.utf8.count < 4096 else { return false }
        if path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { return false }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        for part in parts where part.isEmpty || part == "." || part == ".." { return false }
        return parts.first != ".git" && parts.first != Substring(StoreLayout.privateFolderName)
    }

    /// `text` quoted for a POSIX shell (git runs merge drivers through `sh`): only our own program path goes here.
    static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
