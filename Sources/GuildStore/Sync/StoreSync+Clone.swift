import Foundation

extension StoreSync {
    /// Clones the team's repository at `url` into `destination` (missing or empty) and installs Guild's git
    /// settings. An empty repository becomes a new store named `name`; returns whether a store was created.
    @discardableResult
    public static func clone(_ url: String, into destination: URL, name: String, options: Options) throws -> Bool {
        let layout = StoreLayout(root: destination)
        if let status = (try? FileStatus.of(path: layout.rootPath)) ?? nil {
            guard status.isFolder, ((try? FolderListing.entries(of: layout.rootPath)) ?? nil)?.isEmpty ?? false else {
                throw SyncError.folder("\(layout.rootPath) already exists and is not an empty folder; choose another with --store")
            }
        }
        let parent = (layout.rootPath as NSString).deletingLastPathComponent
        do { try DurableFile.makeFolder(parent) } catch {
            throw SyncError.folder("could not create \(parent): \(error.reason)")
        }
        let runner = try GitRepository(folder: parent, environment: options.environment)
        try runner.check(["-c", "protocol.ext.allow=never", "clone", "-q", "--", url, layout.rootPath])
        let git = try GitRepository(folder: layout.rootPath, environment: options.environment)
        let hasCommits = try git.run(["rev-parse", "-q", "--verify", "HEAD"]).status == 0
        let branch = try git.run(["symbolic-ref", "-q", "--short", "HEAD"]).text
        if !hasCommits || branch != options.branch {
            if try git.run(["rev-parse", "-q", "--verify", "refs/remotes/origin/\(options.branch)"]).status == 0 {
                // The remote's default branch is not the shared one (or names none): check the shared one out.
                try git.check(["checkout", "-q", "-B", options.branch, "--track", "refs/remotes/origin/\(options.branch)"])
            } else if !hasCommits {
                // An empty repository: share the branch the options name.
                try git.check(["symbolic-ref", "HEAD", "refs/heads/\(options.branch)"])
            }
        }
        var created = false
        if (try? FileStatus.of(path: layout.manifestPath)) ?? nil == nil {
            let names = ((try? FolderListing.entries(of: layout.rootPath)) ?? nil)?.map(\.name) ?? []
            guard names.allSatisfy({ $0 == ".git" }) else {
                throw SyncError.folder("\(url) holds files but no \(StoreLayout.manifestName): it is not a Guild store (the clone is at \(layout.rootPath))")
            }
            _ = try GuildStore.create(at: destination, name: name)
            created = true
        }
        let sync = try StoreSync(store: try GuildStore.open(at: destination), options: options)
        try sync.prepareRepository()
        // Today's anonymous questions (on their own branch until a later day) show in the new clone too.
        try sync.showQueuedAnonymous()
        return created
    }
}
