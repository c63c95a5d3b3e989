import Foundation
import GuildTestSupport
import XCTest

/// `guild sync` killed at every step — before and after each git command it runs (add, commit, fetch, the merge in
/// git's object store, the merge driver, moving the files, the index, push) — and then synced again on every
/// machine: no person touches git, nothing committed or saved is lost, and every machine ends with the same store.
///
/// A `git` earlier on `PATH` counts the commands `guild sync` runs and SIGKILLs that `guild` (and itself, or the
/// merge driver's git with it) at the chosen one. `GUILD_LONG_KILLS=1` kills at every single command, both ways.
final class SyncKillRecoveryTests: XCTestCase {
    var lab: SyncLab!
    var ann: SyncLab.Replica!
    var ben: SyncLab.Replica!
    var base: URL { URL(fileURLWithPath: lab.root.path + "-base") }
    var killer: URL { URL(fileURLWithPath: lab.root.path + "-bin") }

    override func setUpWithError() throws {
        lab = try SyncLab(self, name: "guild-kill")
        let (replicas, person, _) = try lab.team(["Ann", "Ben"])
        (ann, ben) = (replicas[0], replicas[1])
        // Both machines change the same person (different fields), add a person, type a note and ask a question;
        // Ben has pushed, so Ann's sync commits, merges (the driver runs), queues her question and pushes.
        try lab.edit(ann, person) { $0["team"] = "Platform"; $0["updatedAt"] = "2026-11-22T09:11:00Z" }
        try lab.edit(ben, person) { $0["role"] = "SRE"; $0["updatedAt"] = "2026-11-22T09:12:00Z" }
        try lab.run(ann, ["add", "person", "Ann A", "--handle", "anna"])
        try lab.run(ben, ["add", "person", "Ben B", "--handle", "benb"])
        try lab.run(ann, ["ask", "Ann's question?"])
        try lab.run(ben, ["ask", "Ben's question?"])
        try lab.sync(ben)
        try copy(lab.root, to: base)
        try FileManager.default.createDirectory(at: killer, withIntermediateDirectories: true)
        let script = """
        #!/bin/sh
        # Counts the git commands guild runs; at number $KILL_AT, SIGKILLs the guild that ran it ($PPID).
        n=$(( $(cat "$KILL_DIR/count" 2>/dev/null || echo 0) + 1 ))
        echo $n > "$KILL_DIR/count"
        echo "$n $*" >> "$KILL_DIR/log"
        if [ "$n" = "$KILL_AT" ]; then
          case "$KILL_WHEN" in
            before) kill -9 $PPID; exit 137 ;;
            after) /usr/bin/env -u KILL_AT \(gitPath()) "$@"; kill -9 $PPID; exit 137 ;;
            driver) exec \(gitPath()) -c "merge.guild.driver=kill -9 $PPID \\$PPID; exit 1 #" "$@" ;;
          esac
        fi
        exec \(gitPath()) "$@"
        """
        let url = killer.appendingPathComponent("git")
        try script.write(to: url, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        addTeardownBlock { [base, killer] in
            try? FileManager.default.removeItem(at: base)
            try? FileManager.default.removeItem(at: killer)
        }
    }

    func gitPath() -> String {
        for folder in ["/usr/bin", "/usr/local/bin", "/bin"] where FileManager.default.isExecutableFile(atPath: folder + "/git") {
            return folder + "/git"
        }
        return "git"
    }

    func copy(_ source: URL, to destination: URL) throws {
        try? FileManager.default.removeItem(at: destination)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/cp")
        process.arguments = ["-a", source.path, destination.path]
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
    }

    /// Runs Ann's sync through the killing git; returns the commands it ran (one line each, numbered).
    @discardableResult
    func killedSync(at step: Int, _ when: String) throws -> [String] {
        let (outcome, log) = try lab.runThroughStandInGit(ann, ["sync"], bin: killer, prefix: "KILL", step: step, when: when, expect: nil)
        if step > 0 { XCTAssertNotEqual(outcome.status, 0, "the sync was not killed at \(step) \(when)") }
        return log
    }

    /// After a kill: the machines sync in turn (Ann, Ben, Ann), and every machine holds everything anyone saved.
    func assertEveryoneRecovers(_ label: String, file: StaticString = #filePath, line: UInt = #line) throws {
        for replica in [ann!, ben!, ann!] {
            let outcome = try lab.run(replica, ["sync"], expect: nil)
            XCTAssertEqual(outcome.status, 0, "\(label): \(replica.name)'s sync after the kill: \(outcome.stderr)", file: file, line: line)
        }
        let annPeople = try lab.people(ann, file: file, line: line)
        let benPeople = try lab.people(ben, file: file, line: line)
        XCTAssertEqual(Set(annPeople.keys), ["zoe", "anna", "benb"], label, file: file, line: line)
        XCTAssertEqual(Set(benPeople.keys), Set(annPeople.keys), label, file: file, line: line)
        for people in [annPeople, benPeople] {
            XCTAssertEqual(people["zoe"]?["team"] as? String, "Platform", label, file: file, line: line)
            XCTAssertEqual(people["zoe"]?["role"] as? String, "SRE", label, file: file, line: line)
        }
        for replica in [ann!, ben!] {
            XCTAssertEqual(try lab.noteTexts(replica), ["Ann's question?", "Ben's question?"], "\(label): \(replica.name)", file: file, line: line)
            let git = replica.store.appendingPathComponent(".git")
            for leftover in ["index.lock", "MERGE_HEAD", "guild-working-tree", "HEAD.lock"] {
                XCTAssertFalse(FileManager.default.fileExists(atPath: git.appendingPathComponent(leftover).path),
                               "\(label): \(replica.name) still has .git/\(leftover)", file: file, line: line)
            }
            let status = try lab.git(replica, ["status", "--porcelain", "--untracked-files=all"])
                .split(separator: "\n").filter { !$0.hasPrefix("?? notes/") }
            XCTAssertEqual(status, [], "\(label): \(replica.name) has uncommitted changes", file: file, line: line)
            let listed = try lab.run(replica, ["list", "people"], file: file, line: line)
            XCTAssertEqual(listed.stderr, "", "\(label): \(replica.name)'s store reports problems", file: file, line: line)
        }
    }

    func restore() throws {
        try copy(base, to: lab.root)
    }

    /// The step numbers to kill at: right after the first run of each git command that changes something (fetch,
    /// add, commit, the merge, a commit object, HEAD, the index, a blob, push), and right before the files are
    /// moved, before each move of HEAD and before the push; with GUILD_LONG_KILLS=1, before and after every step.
    func killPoints(_ log: [String]) -> [(Int, String)] {
        let commands = log.map { line -> String in
            let words = line.split(separator: " ").dropFirst().map(String.init)
            var index = 0
            while index < words.count, words[index].hasPrefix("-") { index += words[index] == "-c" ? 2 : 1 }
            return index < words.count ? words[index] : ""
        }
        if ProcessInfo.processInfo.environment["GUILD_LONG_KILLS"] == "1" {
            return commands.indices.flatMap { [($0 + 1, "before"), ($0 + 1, "after")] }
        }
        var points: [(Int, String)] = []
        let changing = ["fetch", "add", "commit", "merge-tree", "commit-tree", "update-ref", "update-index", "hash-object", "push"]
        for command in changing {
            if let index = commands.firstIndex(of: command) { points.append((index + 1, "after")) }
        }
        if let index = commands.firstIndex(of: "cat-file") { points.append((index + 1, "before")) }
        for (index, command) in commands.enumerated() where command == "update-ref" || command == "push" {
            points.append((index + 1, "before"))
        }
        return points
    }

    func testKilledAtEveryStepSyncRecoversOnEveryMachineWithNothingLost() throws {
        let log = try killedSync(at: 0, "none")
        XCTAssertTrue(log.contains { $0.contains("merge-tree") } && log.contains { $0.contains(" push ") }, log.joined(separator: "\n"))
        try assertEveryoneRecovers("without a kill")
        var points = killPoints(log)
        if let merge = log.firstIndex(where: { $0.contains("merge-tree") }) { points.append((merge + 1, "driver")) }
        print("SyncKillRecoveryTests: killing the sync at \(points.count) points of its \(log.count) git commands")
        for (step, when) in points {
            try restore()
            try killedSync(at: step, when)
            try assertEveryoneRecovers("killed \(when) step \(step) (\(log[step - 1]))")
        }
    }

    func testAStaleIndexLockAndAnUnfinishedMergeFromAnOlderGuildAreRepaired() throws {
        // What an older Guild left when killed inside `git merge`: MERGE_HEAD, conflict stages and index.lock.
        try lab.git(ann, ["add", "-A", "people"])
        try lab.git(ann, ["commit", "-qm", "Ann's edits"])
        try lab.git(ann, ["fetch", "-q", "origin"])
        _ = try lab.git(ann, ["-c", "merge.guild.driver=false", "merge", "-q", "--no-edit", "origin/main"], check: false)
        XCTAssertTrue(FileManager.default.fileExists(atPath: ann.store.appendingPathComponent(".git/MERGE_HEAD").path))
        try Data().write(to: ann.store.appendingPathComponent(".git/index.lock"))
        let out = try lab.sync(ann)
        XCTAssertTrue(out.contains("finished a merge git had left unfinished"), out)
        try assertEveryoneRecovers("an older Guild's unfinished merge")
    }

    func testARandomlyTimedKillLosesNothing() throws {
        // Kills at moments no step chose: inside git, between two file writes, while pushing.
        for delay in [0.1, 0.3, 0.6] {
            try restore()
            let counter = lab.root.appendingPathComponent("kill")
            try FileManager.default.createDirectory(at: counter, withIntermediateDirectories: true)
            var environment = ann.environment
            environment["GUILD_NOW"] = lab.now
            let process = Process()
            process.executableURL = lab.guild.url
            process.arguments = ["sync", "--store", ann.store.path]
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            try assertEveryoneRecovers("killed after \(delay) s")
        }
    }
}
