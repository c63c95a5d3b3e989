import Foundation
import GuildCore

/// Shares a store through git: makes it a repository, commits what changed, merges what others pushed (field by
/// field, through `MergeDriver`), commits conflicts as conflicted records, and pushes (STORE.md, "Git as the
/// distributed engine").
///
/// Anonymous entries (notes without an author) go in a commit of their own with a neutral author and committer,
/// a fixed timestamp and no hooks or signing, so neither the commit nor its time says who wrote them; their file
/// names are random ids.
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
        /// Subjects of the commits made here (the anonymous one first, when there was one).
        public var commits: [String] = []
        /// How many anonymous files went into the anonymous commit.
        public var anonymousFiles = 0
        /// Whether someone else's changes were merged in.
        public var merged = false
        /// Whether the branch was pushed.
        public var pushed = false
        /// The remote, when one is configured.
        public var remote: String?
        /// Files committed as conflicted records, for the user to resolve.
        public var conflicts: [String] = []

        /// One line for the status bar or the terminal.
        public var summary: String {
            var parts: [String] = []
            if createdRepository { parts.append("made the store a git repository") }
            parts.append(commits.isEmpty ? "nothing to commit" : "committed: " + commits.joined(separator: "; "))
            if merged { parts.append("merged changes from \(remote ?? "the remote")") }
            if pushed { parts.append("pushed to \(remote ?? "the remote")") } else if remote == nil {
                parts.append("no remote yet (guild sync --remote URL)")
            }
            if !conflicts.isEmpty {
                parts.append("\(conflicts.count) conflict\(conflicts.count == 1 ? "" : "s") to resolve: " + conflicts.joined(separator: ", "))
            }
            return parts.joined(separator: "; ")
        }
    }

    /// The name and e-mail on anonymous commits.
    public static let anonymousName = "Guild"
    public static let anonymousEmail = "anonymous@guild.invalid"
    /// The time on anonymous commits: 2000-01-01T00:00:00Z, the same for every one.
    public static let anonymousDate = "946684800 +0000"
    /// What `.gitattributes` must hold for record files to merge field by field.
    public static let attributesLine = "*.json merge=guild"
    /// The driver's name in git's config.
    public static let driverName = "guild"

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

    // MARK: - Sync

    /// Commits, merges and pushes; safe to call again at any time (each step only does what is needed).
    public func sync() throws -> Report {
        var report = Report()
        report.createdRepository = try prepareRepository()
        report.remote = try configuredRemote()
        var attempt = 0
        while true {
            attempt += 1
            if report.remote != nil { try git.check(["fetch", "-q", "origin"]) }
            try store.withExclusiveLock {
                if attempt == 1 { try commitChanges(into: &report) }
                if report.remote != nil, try remoteBranchExists() { try merge(into: &report) }
            }
            guard report.remote != nil else { return report }
            guard try hasCommits() else { return report }
            if try remoteBranchExists(), try git.check(["rev-parse", "HEAD"]) == git.check(["rev-parse", "refs/remotes/origin/\(options.branch)"]) {
                return report
            }
            let push = try git.run(["push", "-q", "origin", "HEAD:refs/heads/\(options.branch)"])
            if push.status == 0 {
                report.pushed = true
                _ = try? git.run(["branch", "-q", "--set-upstream-to=origin/\(options.branch)"])
                return report
            }
            if attempt >= options.attempts { throw SyncError.pushRejected(attempts: attempt) }
            if !(push.stderr.contains("fetch first") || push.stderr.contains("non-fast-forward") || push.stderr.contains("rejected")) {
                throw SyncError.git(command: "git push", message: GitRepository.firstLines(push.stderr))
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
        try StoreSync.writeAttributes(in: store.layout)
        return created
    }

    /// Installs the merge driver, `core.fsync=committed` and the local ignore rule for temporary files.
    static func configure(_ git: GitRepository, driverProgram: String) throws(SyncError) {
        try git.check(["config", "core.fsync", "committed"])
        try git.check(["config", "merge.\(driverName).name", "Guild field-level merge of record files"])
        try git.check(["config", "merge.\(driverName).driver", "\(shellQuoted(driverProgram)) merge-driver %O %A %B %P"])
        let exclude = git.folder + "/.git/info/exclude"
        let rule = ".*" + DurableFile.temporaryMarker + "*"
        let current = (try? String(contentsOfFile: exclude, encoding: .utf8)) ?? ""
        if !current.split(separator: "\n").contains(Substring(rule)) {
            let text = current + (current.isEmpty || current.hasSuffix("\n") ? "" : "\n") + "# Guild's temporary files\n" + rule + "\n"
            do {
                try DurableFile.makeFolder(git.folder + "/.git/info")
                try DurableFile.write(Data(text.utf8), folder: git.folder + "/.git/info", name: "exclude")
            } catch {
                throw SyncError.folder("could not write .git/info/exclude: \(error.reason)")
            }
        }
    }

    /// Makes sure `.gitattributes` routes record files to the merge driver (other lines are kept).
    static func writeAttributes(in layout: StoreLayout) throws(SyncError) {
        let path = layout.absolute(".gitattributes")
        let current = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        guard !current.split(separator: "\n").contains(Substring(attributesLine)) else { return }
        let text = current + (current.isEmpty || current.hasSuffix("\n") ? "" : "\n")
            + "# Written by Guild: record files merge field by field (guild merge-driver).\n" + attributesLine + "\n"
        do { try DurableFile.write(Data(text.utf8), folder: layout.rootPath, name: ".gitattributes") } catch {
            throw SyncError.folder("could not write .gitattributes: \(error.reason)")
        }
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

    func hasCommits() throws -> Bool {
        try git.run(["rev-parse", "-q", "--verify", "HEAD"]).status == 0
    }

    func remoteBranchExists() throws -> Bool {
        try git.run(["rev-parse", "-q", "--verify", "refs/remotes/origin/\(options.branch)"]).status == 0
    }

    // MARK: - Commits

    /// Commits anonymous files on their own, then everything else under the user's name.
    func commitChanges(into report: inout Report) throws {
        let changes = try changedPaths()
        guard !changes.isEmpty else { return }
        let anonymous = changes.map(\.path).filter { isAnonymous($0) }
        if !anonymous.isEmpty {
            try git.check(["--literal-pathspecs", "add", "-A", "--"] + anonymous)
            let subject = "Add \(anonymous.count) anonymous \(anonymous.count == 1 ? "entry" : "entries")"
            try git.check(Self.neutralConfig + ["--literal-pathspecs", "commit", "-q", "--no-verify", "--only", "-m", subject, "--"] + anonymous,
                          extraEnvironment: Self.neutralEnvironment)
            report.commits.append(subject)
            report.anonymousFiles = anonymous.count
        }
        let named = changes.filter { !anonymous.contains($0.path) }
        guard !named.isEmpty else { return }
        try git.check(["--literal-pathspecs", "add", "-A", "--"] + named.map(\.path))
        let subject = Self.message(for: named)
        try git.check(try identityConfig() + ["--literal-pathspecs", "commit", "-q", "--only", "-m", subject, "--"] + named.map(\.path))
        report.commits.append(subject)
    }

    /// Config for anonymous commits: no signing, no hooks that could add a name.
    static let neutralConfig = ["-c", "commit.gpgSign=false", "-c", "core.hooksPath=/dev/null", "-c", "user.useConfigOnly=false"]

    /// The neutral identity and fixed time of anonymous commits.
    static let neutralEnvironment = [
        "GIT_AUTHOR_NAME": anonymousName, "GIT_AUTHOR_EMAIL": anonymousEmail, "GIT_AUTHOR_DATE": anonymousDate,
        "GIT_COMMITTER_NAME": anonymousName, "GIT_COMMITTER_EMAIL": anonymousEmail, "GIT_COMMITTER_DATE": anonymousDate,
    ]

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
        let output = try git.run(["--literal-pathspecs", "status", "--porcelain=v1", "-z", "--untracked-files=all", "--no-renames", "--"]
                                 + Self.trackedPaths)
        guard output.status == 0 else {
            throw SyncError.git(command: "git status", message: GitRepository.firstLines(output.stderr))
        }
        var changes: [String: Change] = [:]
        for entry in output.stdout.split(separator: 0) where entry.count > 3 {
            let code = String(decoding: entry.prefix(2), as: UTF8.self)
            let path = String(decoding: entry.dropFirst(3), as: UTF8.self)
            guard Self.isSafeRelativePath(path), !DurableFile.isTemporaryName((path as NSString).lastPathComponent) else { continue }
            if code.contains("D") {
                changes[path] = .deleted
            } else if code == "??" || code.contains("A") {
                changes[path] = .added
            } else {
                changes[path] = .updated
            }
        }
        return changes.sorted { $0.key < $1.key }.map { (path: $0.key, change: $0.value) }
    }

    /// Whether a changed file is an anonymous entry: a note with no author, or any record marked `"anonymous": true`.
    func isAnonymous(_ path: String) -> Bool {
        guard path.hasSuffix(".json"), case .contents(let data, _)? = try? store.reader.read(path: store.layout.absolute(path)),
              let object = JSONValue.parse(data)?.objectValue else { return false }
        if object["anonymous"] == .bool(true) { return true }
        return path.hasPrefix(RecordKind.note.folder + "/") && (object["author"] == nil || object["author"] == .null)
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
            "solutions": ("solution", "solutions"), "settings": ("store setting", "store settings"),
        ]
        let (one, many) = names[folder] ?? (folder, folder)
        return count == 1 ? one : many
    }

    // MARK: - Merging

    /// Merges the remote branch; conflicts become conflicted record files, committed so the repository never stays half-merged.
    func merge(into report: inout Report) throws {
        let target = "refs/remotes/origin/\(options.branch)"
        if try git.run(["merge-base", "--is-ancestor", target, "HEAD"]).status == 0 { return }
        if !(try hasCommits()) {
            // Nothing here yet: take the remote's history as it is.
            try git.check(["reset", "-q", "--keep", target])
            report.merged = true
            return
        }
        let merge = try git.run(try identityConfig() + ["merge", "-q", "--no-edit", "-m", "Merge changes from \(report.remote ?? "origin")", target])
        report.merged = true
        if merge.status == 0 { return }
        let unmerged = try git.run(["diff", "--name-only", "--diff-filter=U", "-z"])
        let paths = unmerged.stdout.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }.filter(Self.isSafeRelativePath)
        guard !paths.isEmpty else {
            _ = try? git.run(["merge", "--abort"])
            throw SyncError.git(command: "git merge", message: GitRepository.firstLines(merge.stderr + "\n" + merge.text))
        }
        for path in paths.sorted() {
            try markConflict(path)
            report.conflicts.append(path)
        }
        try git.check(["--literal-pathspecs", "add", "-A", "--"] + paths)
        let subject = "Merge changes from \(report.remote ?? "origin") with \(paths.count) conflict\(paths.count == 1 ? "" : "s") to resolve in Guild"
        try git.check(try identityConfig() + ["commit", "-q", "--no-verify", "-m", subject])
    }

    /// Leaves a conflicted file as a record with conflict markers Guild can show; an edit against a delete keeps the edit.
    func markConflict(_ path: String) throws {
        let stages = try git.run(["--literal-pathspecs", "ls-files", "-u", "-z", "--", path]).stdout
            .split(separator: 0).compactMap { entry -> Int? in
                // "<mode> <object> <stage>\t<path>"
                let head = String(decoding: entry.prefix { $0 != 0x09 }, as: UTF8.self)
                return head.split(separator: " ").last.flatMap { Int($0) }
            }
        let hasOurs = stages.contains(2)
        let hasTheirs = stages.contains(3)
        guard hasOurs != hasTheirs, path.hasSuffix(".json") else { return } // both sides: the driver already wrote markers
        guard Self.isInsideStore(path, layout: store.layout),
              case .contents(let data, _)? = try? store.reader.read(path: store.layout.absolute(path)),
              let object = JSONValue.parse(data)?.objectValue else { return }
        let bytes = MergeConflictFile.render(ours: hasOurs ? object : nil, theirs: hasTheirs ? object : nil, conflicts: [])
        let url = URL(fileURLWithPath: store.layout.absolute(path))
        do { try DurableFile.write(bytes, folder: url.deletingLastPathComponent().path, name: url.lastPathComponent) } catch {
            throw SyncError.folder("could not mark the conflict in \(path): \(error.reason)")
        }
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

    /// Whether every folder on the way to `path` is a real folder inside the store (no symbolic links to escape through).
    static func isInsideStore(_ path: String, layout: StoreLayout) -> Bool {
        guard isSafeRelativePath(path) else { return false }
        var prefix = ""
        for part in path.split(separator: "/").dropLast() {
            prefix += (prefix.isEmpty ? "" : "/") + part
            guard let status = (try? FileStatus.of(path: layout.absolute(prefix))) ?? nil, status.isFolder, !status.isSymbolicLink else { return false }
        }
        return true
    }

    /// `text` quoted for a POSIX shell (git runs merge drivers through `sh`): only our own program path goes here.
    static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
