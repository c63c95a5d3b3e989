import Foundation

/// How anonymous entries (questions without an author, records marked `"anonymous": true`) travel, so that the
/// shared history never points at who wrote them.
///
/// They never go into a commit on the asker's branch. Each sync puts the anonymous files changed here on a branch
/// of their own, `guild-anonymous`, in one commit per day (UTC): the day's commit is rewritten (compare-and-swap on
/// the remote, `--force-with-lease`) to hold every entry of that day from anyone, with the neutral name
/// `Guild <anonymous@guild.invalid>` as author and committer and the day's midnight as its time, without hooks or
/// signing. Its parent is the previous day's commit, never a commit of the main branch. Every sync shows the
/// queued entries in its working folder at once (the meeting screen sees a question as soon as its asker synced),
/// and the first sync of a later day — anyone's — folds the earlier days into the main branch with a merge commit
/// that carries the same neutral name and a midnight time. So within a day, who asked cannot be told from the
/// repository better than by guessing among everyone who synced that day.
struct AnonymousQueue {
    let git: GitRepository
    let layout: StoreLayout
    let reader: SafeFileReader
    /// The sync's clock.
    let now: Date

    /// The branch (on the remote) that carries anonymous entries.
    static let branch = "guild-anonymous"
    /// Where the queue's tip is kept when there is no remote yet.
    static let localRef = "refs/guild/anonymous"
    /// The remote-tracking ref of the queue.
    static let remoteRef = "refs/remotes/origin/" + branch
    /// The length of a day slot in seconds.
    static let day = 86_400

    /// The start of the current day slot (UTC midnight), in seconds since 1970.
    var today: Int { Int(now.timeIntervalSince1970.rounded(.down)) / Self.day * Self.day }

    /// The queue's tip as this clone knows it: the remote's after the last fetch or push, else the local ref.
    func tip(hasRemote: Bool) throws -> String? {
        try git.commit(hasRemote ? Self.remoteRef : Self.localRef)
    }

    /// The anonymous files among `paths` whose contents the queue does not hold yet, put on it: the day's commit
    /// (rewritten when `tip` is today's and `rewrite` allows, else a new one on top of `tip` — for a remote that
    /// refuses rewrites). Nil when there is nothing new.
    func enqueue(_ paths: [String], tip: String?, rewrite: Bool = true) throws -> (commit: String, files: Int)? {
        // What the queue holds at these paths, read in two git calls (every sync sees the day's entries again).
        var queued: [String: String] = [:]
        if let tip, !paths.isEmpty {
            let listing = try git.check(["--literal-pathspecs", "ls-tree", "-r", "-z", "--full-tree", tip, "--"] + paths)
            for entry in listing.split(separator: "\0") {
                guard let tab = entry.firstIndex(of: "\t") else { continue }
                let head = entry[..<tab].split(separator: " ")
                if head.count == 3 { queued[String(entry[entry.index(after: tab)...])] = String(head[2]) }
            }
        }
        let queuedBytes = try git.blobs(Set(queued.values))
        var entries: [(path: String, mode: String, id: String?)] = []
        for path in paths.sorted() {
            guard case .contents(let data, _)? = try? reader.read(path, in: layout) else { continue }
            if let id = queued[path], queuedBytes[id] == data { continue }
            entries.append((path, "100644", try git.writeBlob(data)))
        }
        guard !entries.isEmpty else { return nil }
        let tree = try git.tree(from: tip.map { try git.tree(of: $0) }, setting: entries)
        var parents = tip.map { [$0] } ?? []
        var time = today
        if let tip {
            let tipTime = try git.commitTime(tip)
            if tipTime >= today, rewrite {
                // Today's commit already exists: rewrite it, so the day holds one commit whatever the order of asks.
                parents = try git.parents(of: tip)
                time = tipTime
            }
        }
        let day = StoreDateFormat.string(from: Date(timeIntervalSince1970: TimeInterval(time))).prefix(10)
        let commit = try git.commit(tree: tree, parents: parents, message: "Anonymous entries of \(day)",
                                    config: StoreSync.neutralConfig, environment: StoreSync.neutralEnvironment(time: time))
        return (commit, entries.count)
    }

    /// The newest queued commit of a day before today (what the main branch may take in now), if any.
    func foldable(from tip: String?) throws -> String? {
        var candidate = tip
        while let commit = candidate, try git.commitTime(commit) >= today {
            candidate = try git.parents(of: commit).first
        }
        return candidate
    }

    /// The merge commit that folds `target` into `head` (neutral name, today's midnight), and its conflicts.
    func fold(_ target: String, into head: String, merge: TreeMerge) throws -> (commit: String, conflicts: [String]) {
        let outcome = try merge.merge(ours: head, theirs: target, allowUnrelated: true)
        let day = StoreDateFormat.string(from: Date(timeIntervalSince1970: TimeInterval(try git.commitTime(target)))).prefix(10)
        let commit = try git.commit(tree: outcome.tree, parents: [head, target], message: "Fold in anonymous entries up to \(day)",
                                    config: StoreSync.neutralConfig, environment: StoreSync.neutralEnvironment(time: today))
        return (commit, outcome.conflicts)
    }

    /// The queued changes the working folder should show on top of `head`: files the queue added or changed since
    /// the main branch last took it in (never an older queued version over a later change on the main branch).
    func pendingChanges(head: String?, tip: String) throws -> Set<String> {
        let base = try head.flatMap { head -> String? in
            let output = try git.run(["merge-base", head, tip])
            return output.status == 0 ? output.text : nil
        }
        return Set(try git.changes(from: base, to: tip, only: "AM").map(\.path))
    }
}
