import Foundation

/// `guild sync` beside the plain git commands it wraps, measured in the same run on two copies of a scale's store,
/// each with a bare remote of its own: the first sync, one edited record, receiving it, a sync with nothing to do,
/// and `guild clone` followed by the first dashboard frame. Prints Guild's overhead over git (guild ÷ git).
struct SyncMeasurement {
    let guild: String
    let fixture: URL
    let work: URL
    let runs: Int

    /// The limits: the steady-state syncs within 2× plain git; every step under 150 MB.
    static let overheadTarget = MetricTarget.median(2)
    static let memoryTarget = MetricTarget(statistic: .median, limit: 150)

    /// What plain git runs for a sync: add everything, commit if anything is staged, pull (merge), push.
    static let plainSync = "git add -A && (git diff --cached --quiet || git commit -q -m sync) && git pull -q --no-rebase && git push -q"

    func run() throws -> (metrics: [Metric], notes: [String]) {
        let before = LoadAverage.now()
        let (metrics, notes) = try measure()
        return (metrics, notes + ["load average (1, 5, 15 min) at the start: \(before); at the end: \(LoadAverage.now())"])
    }

    private func measure() throws -> (metrics: [Metric], notes: [String]) {
        let fm = FileManager.default
        try? fm.removeItem(at: work)
        try fm.createDirectory(at: work, withIntermediateDirectories: true)
        let guildStore = work.appendingPathComponent("guild-store")
        let gitStore = work.appendingPathComponent("git-store")
        let guildRemote = work.appendingPathComponent("guild-remote.git")
        let gitRemote = work.appendingPathComponent("git-remote.git")
        let copying = BenchProgress("Copying the store twice for sync")
        // The store's own folder, never a link to it: `cp -a` copies a link as a link, and the copies are written.
        let source = fixture.resolvingSymlinksInPath().path
        try CommandRun(program: "cp", arguments: ["-a", source, guildStore.path]).runChecked()
        copying.update(1, of: 2)
        try CommandRun(program: "cp", arguments: ["-a", source, gitStore.path]).runChecked()
        copying.finish()
        for remote in [guildRemote, gitRemote] {
            try CommandRun(program: "git", arguments: ["init", "-q", "--bare", "-b", "main", remote.path]).runChecked()
        }
        let picks = try CommandMeasurement.Picks(store: guildStore)
        _ = try CommandMeasurement.Picks(store: gitStore)
        var metrics: [Metric] = []
        var notes: [String] = []

        // 1. First sync of the whole store.
        let plainFirst = try git("git init -q -b main && git add -A && git commit -q -m first && git remote add origin \(quote(gitRemote.path))"
                                 + " && git push -q -u origin main", in: gitStore)
        // Git's `gc --auto` after a large commit repacks in the background for minutes: each side's first sync is
        // measured on a machine its other side's gc no longer works on, and so is everything after them.
        waitForBackgroundGC(in: gitStore)
        let guildFirst = try guildRun(["sync", "--remote", guildRemote.path], store: guildStore)
        waitForBackgroundGC(in: guildStore)
        waitForBackgroundGC(in: gitRemote, bare: true)
        waitForBackgroundGC(in: guildRemote, bare: true)
        metrics.append(Metric("sync: plain git first commit + push (init, add -A, commit, push)", value: plainFirst.milliseconds, unit: "ms"))
        guard guildFirst.status == 0 else {
            notes.append("guild sync (first, whole store) FAILED with exit status \(guildFirst.status) after "
                         + ReportTable.number(guildFirst.milliseconds) + " ms; the other sync steps were not measured")
            return (metrics, notes)
        }
        metrics.append(Metric("sync: guild sync first (whole store)", value: guildFirst.milliseconds, unit: "ms"))
        metrics.append(overhead("sync: first sync overhead (guild ÷ git)", guildFirst.milliseconds, plainFirst.milliseconds, target: nil))
        metrics.append(Metric("sync: guild sync first: peak memory", value: guildFirst.peakMegabytes, unit: "MB", target: Self.memoryTarget))

        // Every later step that fails ends the measurement with a note; the rows measured so far are kept.
        do {
            try measureAfterFirstSync(guildStore: guildStore, gitStore: gitStore, gitRemote: gitRemote, guildRemote: guildRemote,
                                      picks: picks, metrics: &metrics, notes: &notes)
        } catch {
            notes.append("stopped: \(error)")
        }
        return (metrics, notes)
    }

    /// Clone, the next day's fold, then the steady-state rounds (see `measure`).
    private func measureAfterFirstSync(guildStore: URL, gitStore: URL, gitRemote: URL, guildRemote: URL, picks: CommandMeasurement.Picks,
                                       metrics: inout [Metric], notes: inout [String]) throws {
        // Clones that receive: guild clone (timed, then the first dashboard frame) and git clone.
        let guildClone = work.appendingPathComponent("guild-clone")
        let gitClone = work.appendingPathComponent("git-clone")
        let plainClone = try CommandRun(program: "git", arguments: ["clone", "-q", gitRemote.path, gitClone.path]).runChecked()
        let cloned = try guildRun(["clone", guildRemote.path], store: guildClone)
        guard cloned.status == 0 else {
            notes.append("guild clone FAILED with exit status \(cloned.status)")
            return
        }
        metrics.append(Metric("sync: plain git clone", value: plainClone.milliseconds, unit: "ms"))
        metrics.append(Metric("sync: guild clone", value: cloned.milliseconds, unit: "ms"))
        metrics.append(overhead("sync: clone overhead (guild ÷ git)", cloned.milliseconds, plainClone.milliseconds, target: nil))
        let dashboard = PtyDashboard(guild: guild, store: guildClone)
        if let measured = try? dashboard.measure(presses: 1, targets: (.median(500), .p95(16), Self.memoryTarget), starts: 1),
           let frame = measured.first {
            metrics.append(Metric("sync: first dashboard frame after guild clone (cold)", value: frame.median, unit: "ms", target: .median(500)))
        } else {
            notes.append("the dashboard did not draw its first frame on the clone")
        }

        // The next day: the first sync folds the day before's anonymous entries into the main branch (until then they
        // stay queued beside it, and every sync of that day looks at them again); the clone takes the fold in. The
        // steady state below is measured from there, as on any later day of a store whose first commit was pushed.
        let fold = try guildRun(["sync"], store: guildStore, checked: true, now: Self.nextDay)
        metrics.append(Metric("sync: guild sync the next day (folds in the anonymous entries queued by the first)", value: fold.milliseconds, unit: "ms"))
        try guildRun(["sync"], store: guildClone, checked: true, now: Self.nextDay)

        // 2. One edited record, sent; 3. received by the clone; 4. nothing to do.
        var sendGuild = Samples(), sendGit = Samples(), receiveGuild = Samples(), receiveGit = Samples()
        var idleGuild = Samples(), idleGit = Samples()
        var peak = 0.0
        let progress = BenchProgress("guild sync and git, \(runs) rounds")
        for round in 0..<runs {
            let level = String(round % 3 + 2)
            try guildRun(["rate", picks.handle, picks.skill, level], store: guildStore, checked: true, now: Self.nextDay)
            try guildRun(["rate", picks.handle, picks.skill, level], store: gitStore, checked: true, now: Self.nextDay)
            let send = try guildRun(["sync"], store: guildStore, checked: true, now: Self.nextDay)
            sendGuild.add(send.milliseconds)
            sendGit.add(try git(Self.plainSync, in: gitStore).milliseconds)
            let receive = try guildRun(["sync"], store: guildClone, checked: true, now: Self.nextDay)
            receiveGuild.add(receive.milliseconds)
            receiveGit.add(try git("git pull -q --no-rebase", in: gitClone).milliseconds)
            let idle = try guildRun(["sync"], store: guildStore, checked: true, now: Self.nextDay)
            idleGuild.add(idle.milliseconds)
            idleGit.add(try git(Self.plainSync, in: gitStore).milliseconds)
            peak = max(peak, send.peakMegabytes, receive.peakMegabytes, idle.peakMegabytes)
            progress.update(round + 1, of: runs)
        }
        progress.finish()
        metrics.append(Metric("sync: guild sync, one edited record", sendGuild))
        metrics.append(Metric("sync: plain git add -A, commit, pull, push (same edit)", sendGit))
        metrics.append(overhead("sync: one edited record overhead (guild ÷ git)", sendGuild.median, sendGit.median, target: Self.overheadTarget))
        metrics.append(Metric("sync: guild sync receiving it", receiveGuild))
        metrics.append(Metric("sync: plain git pull", receiveGit))
        metrics.append(overhead("sync: receive overhead (guild ÷ git)", receiveGuild.median, receiveGit.median, target: Self.overheadTarget))
        metrics.append(Metric("sync: guild sync, nothing to do", idleGuild))
        metrics.append(Metric("sync: plain git add -A, pull, push, nothing to do", idleGit))
        metrics.append(overhead("sync: nothing-to-do overhead (guild ÷ git)", idleGuild.median, idleGit.median, target: Self.overheadTarget))
        metrics.append(Metric("sync: guild sync steady state: peak memory", value: peak, unit: "MB", target: Self.memoryTarget))
    }

    /// Waits (up to 15 minutes) until no `git gc` runs in the repository at `folder`: git removes `gc.pid` when it ends.
    private func waitForBackgroundGC(in folder: URL, bare: Bool = false) {
        let pid = (bare ? folder : folder.appendingPathComponent(".git")).appendingPathComponent("gc.pid").path
        let deadline = Date().addingTimeInterval(15 * 60)
        while Date() < deadline, let text = try? String(contentsOfFile: pid, encoding: .utf8),
              let number = text.split(separator: " ").first, FileManager.default.fileExists(atPath: "/proc/\(number)") {
            usleep(500_000)
        }
    }

    /// The day after the commands' pinned clock (`CommandMeasurement.environment`).
    static let nextDay = "2026-11-24T10:00:00Z"

    /// Runs `guild ARGUMENTS --store STORE` with the commands' environment (its clock at `now` when given).
    @discardableResult
    private func guildRun(_ arguments: [String], store: URL, checked: Bool = false, now: String? = nil) throws -> CommandRun.Outcome {
        var environment = CommandMeasurement.environment
        if let now { environment["GUILD_NOW"] = now }
        var command = CommandRun(program: guild, arguments: arguments + ["--store", store.path], environment: environment)
        command.errorPath = work.appendingPathComponent("guild-stderr.txt").path
        return checked ? try command.runChecked() : try command.run()
    }

    /// Runs a git command line in `folder` through /bin/sh (the plain-git side of each comparison).
    private func git(_ script: String, in folder: URL) throws -> CommandRun.Outcome {
        try CommandRun(program: "/bin/sh", arguments: ["-c", "cd \(quote(folder.path)) && " + script], environment: Self.gitEnvironment)
            .runChecked()
    }

    /// A fixed identity, so plain git commits without a configured user.
    static let gitEnvironment = ["GIT_AUTHOR_NAME": "bench", "GIT_AUTHOR_EMAIL": "bench@example.com",
                                 "GIT_COMMITTER_NAME": "bench", "GIT_COMMITTER_EMAIL": "bench@example.com"]

    private func quote(_ path: String) -> String { "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// guild ÷ git as a ratio row ("×").
    private func overhead(_ name: String, _ guild: Double, _ git: Double, target: MetricTarget?) -> Metric {
        Metric(name, value: git > 0 ? guild / git : 0, unit: "×", target: target)
    }
}
