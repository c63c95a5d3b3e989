import Foundation
import GuildCore
import GuildStore
import GuildTestSupport
import XCTest

/// `guild sync` whose git fails part-way — a command that refuses (before it does anything) or that does its work
/// and then reports an error (after), at each git command of a first sync that changes something — leaves no partial
/// commit behind: the main branch has either no commit or one holding every named file and no anonymous one, the
/// anonymous queue either nothing or every anonymous file, the files in the store are as they were, and the next sync
/// sends everything.
///
/// A `git` earlier on `PATH` counts the commands and fails the chosen one with git's exit status for a fatal error.
final class SyncFailureTests: XCTestCase {
    var lab: SyncLab!
    var zoe: SyncLab.Replica!
    var base: URL { URL(fileURLWithPath: lab.root.path + "-base") }
    var failing: URL { URL(fileURLWithPath: lab.root.path + "-bin") }
    /// Relative paths of the named and the anonymous files the first sync should send.
    var named: Set<String> = []
    var anonymous: Set<String> = []

    override func setUpWithError() throws {
        lab = try SyncLab(self, name: "guild-fail")
        zoe = try lab.replica("Zoe")
        try lab.run(zoe, ["init", "--name", "Team"])
        try lab.run(zoe, ["add", "person", "Zoe Q", "--handle", "zoe"])
        let store = try GuildStore.open(at: zoe.store)
        let start = Date(timeIntervalSince1970: 1_795_000_000)
        let session = Session(title: "Weekly", format: .techTalk, start: start, status: .live, updatedAt: start)
        // More named files than go on a command line (the `update-index --stdin` route), and anonymous questions.
        var records: [any Record] = [session]
        for index in 0..<80 {
            records.append(NoteEntry(sessionID: session.id, kind: .note, text: "Note \(index)", author: UUID(),
                                     createdAt: start.addingTimeInterval(Double(index))))
        }
        for index in 0..<5 {
            records.append(AnonymousQuestion.note("Question \(index)?", session: session, id: UUID()))
        }
        try store.saveAll(records)
        store.waitForCacheWork()
        for path in try storeFiles(zoe.store) {
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: zoe.store.appendingPathComponent(path))) as? [String: Any]
            let isAnonymous = path.hasPrefix("notes/") && object?["author"] == nil
            if isAnonymous { anonymous.insert(path) } else { named.insert(path) }
        }
        XCTAssertEqual(anonymous.count, 5)
        try copy(lab.root, to: base)
        try FileManager.default.createDirectory(at: failing, withIntermediateDirectories: true)
        let git = ["/usr/bin/git", "/usr/local/bin/git", "/bin/git"].first { FileManager.default.isExecutableFile(atPath: $0) } ?? "git"
        let script = """
        #!/bin/sh
        # Counts the git commands guild runs; number $FAIL_AT fails (exit 128), before or after doing its work.
        n=$(( $(cat "$FAIL_DIR/count" 2>/dev/null || echo 0) + 1 ))
        echo $n > "$FAIL_DIR/count"
        echo "$n $*" >> "$FAIL_DIR/log"
        if [ "$n" = "$FAIL_AT" ]; then
          case "$FAIL_WHEN" in
            before) echo "fatal: simulated failure" >&2; exit 128 ;;
            after) \(git) "$@"; echo "fatal: simulated failure after the work" >&2; exit 128 ;;
          esac
        fi
        exec \(git) "$@"
        """
        let url = failing.appendingPathComponent("git")
        try script.write(to: url, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        addTeardownBlock { [base, failing] in
            try? FileManager.default.removeItem(at: base)
            try? FileManager.default.removeItem(at: failing)
        }
    }

    func testAFirstSyncFailingAtAnyGitCommandLeavesNoPartialCommit() throws {
        let log = try failedSync(at: 0, "none")
        XCTAssertTrue(log.contains { $0.contains("update-index") } && log.contains { $0.contains(" push ") }, log.joined(separator: "\n"))
        try assertWhole("without a failure", sent: true)
        let points = failurePoints(log)
        print("SyncFailureTests: failing the first sync at \(points.count) points of its \(log.count) git commands")
        for (step, when) in points {
            try copy(base, to: lab.root)
            let label = "failed \(when) step \(step) (\(log[step - 1]))"
            try failedSync(at: step, when)
            try assertWhole(label, sent: false)
            let again = try lab.run(zoe, ["sync", "--remote", lab.remote.path], expect: nil)
            XCTAssertEqual(again.status, 0, "\(label): the next sync: \(again.stderr)")
            try assertWhole(label + ", then synced again", sent: true)
        }
    }

    /// Where to fail: before and after the first run of each git command that changes something (the repository, its
    /// settings, the index, objects, refs, the remote); with GUILD_LONG_FAILS=1, before and after every command.
    func failurePoints(_ log: [String]) -> [(Int, String)] {
        let commands = log.map { line -> String in
            let words = line.split(separator: " ").dropFirst().map(String.init)
            var index = 0
            while index < words.count, words[index].hasPrefix("-") { index += words[index] == "-c" ? 2 : 1 }
            return index < words.count ? words[index] : ""
        }
        let all = ProcessInfo.processInfo.environment["GUILD_LONG_FAILS"] == "1"
        let changing: Set<String> = ["init", "config", "remote", "add", "update-index", "commit", "fast-import", "hash-object",
                                     "mktree", "commit-tree", "update-ref", "fetch", "push", "branch"]
        var seen: Set<String> = []
        var points: [(Int, String)] = []
        for (index, command) in commands.enumerated() where all || (changing.contains(command) && seen.insert(command).inserted) {
            points.append((index + 1, "before"))
            points.append((index + 1, "after"))
        }
        return points
    }

    /// Runs Zoe's first sync through the failing git; returns the commands it ran (one line each, numbered).
    @discardableResult
    func failedSync(at step: Int, _ when: String) throws -> [String] {
        let (outcome, log) = try lab.runThroughStandInGit(zoe, ["sync", "--remote", lab.remote.path], bin: failing, prefix: "FAIL",
                                                          step: step, when: when, expect: step == 0 ? 0 : nil)
        XCTAssertFalse(outcome.stderr.contains("Fatal error"), outcome.stderr)
        return log
    }

    /// No partial commit and nothing lost: every commit on the main branch (local or pushed) holds every named file and
    /// no anonymous one; the anonymous queue holds all of them or does not exist; the store's files are all there.
    /// With `sent`, the remote has both.
    func assertWhole(_ label: String, sent: Bool, file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(Set(try storeFiles(zoe.store)), named.union(anonymous), "\(label): the store's files", file: file, line: line)
        for ref in ["HEAD", "refs/remotes/origin/main"] {
            guard let commit = try revision(ref) else {
                XCTAssertFalse(sent && ref != "HEAD", "\(label): nothing pushed", file: file, line: line)
                continue
            }
            for each in try lab.git(zoe, ["rev-list", commit]).split(separator: "\n") {
                let tree = Set(try lab.git(zoe, ["ls-tree", "-r", "--name-only", String(each)]).split(separator: "\n").map(String.init))
                XCTAssertTrue(named.isSubset(of: tree), "\(label): \(ref) has a commit without \(named.subtracting(tree).count) named files",
                              file: file, line: line)
                XCTAssertTrue(tree.isDisjoint(with: anonymous), "\(label): an anonymous file in a commit on \(ref)", file: file, line: line)
            }
        }
        for ref in ["refs/guild/anonymous", "refs/remotes/origin/guild-anonymous"] {
            guard let commit = try revision(ref) else {
                XCTAssertFalse(sent && ref.contains("origin"), "\(label): the anonymous queue was not pushed", file: file, line: line)
                continue
            }
            let tree = Set(try lab.git(zoe, ["ls-tree", "-r", "--name-only", commit, "--", "notes"]).split(separator: "\n").map(String.init))
            XCTAssertEqual(tree.intersection(anonymous), anonymous, "\(label): \(ref) holds part of the anonymous files", file: file, line: line)
        }
    }

    /// The commit `ref` names in Zoe's clone, or nil.
    func revision(_ ref: String) throws -> String? {
        let commit = try lab.git(zoe, ["rev-parse", "--verify", "-q", ref + "^{commit}"], check: false)
        return commit.isEmpty ? nil : commit
    }

    /// Every record file of a store (relative paths).
    func storeFiles(_ store: URL) throws -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: store.path)
        var paths: [String] = []
        while let path = enumerator?.nextObject() as? String {
            if path.hasPrefix(".git") || path.hasPrefix(".guild") { enumerator?.skipDescendants(); continue }
            if path.hasSuffix(".json"), path != "guild.json" { paths.append(path) }
        }
        return paths.sorted()
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
}
