import Foundation
import GuildTestSupport
import XCTest

/// Anonymity against teammates: three machines (a bare remote and three clones) sync the same day in the same
/// order, one of them asks an anonymous question and another rates the live meeting (`guild rate-meeting`); whoever
/// asked and rated, the shared repository — authors, committers, dates, parents, merges, file names, order — must be
/// the same, so it cannot tell who asked or rated better than a guess.
final class SyncAnonymityTests: XCTestCase {
    /// The remote's whole history after one play of the scenario in which `asker` (0, 1 or 2) asks and the next
    /// machine after it rates the meeting.
    func history(askedBy asker: Int) throws -> (signature: String, lab: SyncLab, replicas: [SyncLab.Replica]) {
        let rater = (asker + 1) % 3
        let lab = try SyncLab(self, name: "guild-anonymity")
        lab.extraEnvironment = ["GIT_AUTHOR_DATE": "1795338000 +0000", "GIT_COMMITTER_DATE": "1795338000 +0000"]
        let (replicas, person, _) = try lab.team(["Ann", "Ben", "Cat"])
        var step = 0
        /// Every named commit gets the same time in every play, so only what Guild does can differ.
        func syncAll() throws {
            for replica in replicas {
                step += 1
                let time = "\(1_795_338_600 + step * 60) +0000"
                lab.extraEnvironment = ["GIT_AUTHOR_DATE": time, "GIT_COMMITTER_DATE": time]
                try lab.sync(replica)
            }
            lab.extraEnvironment = [:]
        }
        try syncAll()
        // Day 1: everyone edits a field of the same person; one of them also asks.
        for (index, replica) in replicas.enumerated() {
            try lab.edit(replica, person) { object in
                object[["team", "role", "email"][index]] = "set by machine \(index)"
                object["updatedAt"] = "2026-11-22T09:1\(index):00Z"
            }
            if index == asker { try lab.run(replica, ["ask", "Who decided on Fridays?"]) }
            if index == rater {
                let rated = try lab.run(replica, ["rate-meeting", "4"])
                XCTAssertTrue(rated.stdout.contains("(1 anonymous rating so far)"), rated.stdout)
            }
        }
        try syncAll()
        try syncAll()
        // Every machine shows the question and counts the rating the same day, before they are part of the main history.
        for replica in replicas {
            XCTAssertEqual(try lab.noteTexts(replica), ["Who decided on Fridays?"], replica.name)
            XCTAssertEqual(try Self.votes(replica), [4], replica.name)
        }
        // Day 2: the first sync folds the question in.
        lab.now = "2026-11-23T08:00:00Z"
        try syncAll()
        try syncAll()
        for replica in replicas {
            XCTAssertEqual(try lab.noteTexts(replica), ["Who decided on Fridays?"], replica.name)
            XCTAssertEqual(try Self.votes(replica), [4], replica.name)
            XCTAssertEqual(try lab.git(replica, ["status", "--porcelain"]), "", "\(replica.name): the question and the rating are committed")
            let person = try XCTUnwrap(try lab.people(replica)["zoe"])
            XCTAssertEqual([person["team"], person["role"], person["email"]].map { $0 as? String },
                           ["set by machine 0", "set by machine 1", "set by machine 2"], replica.name)
        }
        return (try signature(of: lab.remote, lab: lab), lab, replicas)
    }

    /// The values of the meeting ratings a machine's store holds, sorted; each file must say nothing of its rater:
    /// only the vote's id, session, value, anonymous mark and the session's start as its time.
    static func votes(_ replica: SyncLab.Replica) throws -> [Int] {
        let votes = replica.store.appendingPathComponent("votes")
        let sessions = replica.store.appendingPathComponent("sessions")
        let sessionFile = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: sessions.path).first { $0.hasSuffix(".json") })
        let session = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: sessions.appendingPathComponent(sessionFile))) as? [String: Any])
        let start = try XCTUnwrap(session["start"] as? String)
        var values: [Int] = []
        for session in (try? FileManager.default.contentsOfDirectory(atPath: votes.path)) ?? [] {
            let folder = votes.appendingPathComponent(session)
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".json") {
                let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent(name))) as? [String: Any])
                XCTAssertEqual(Set(object.keys).subtracting(["schema"]), ["id", "sessionID", "value", "anonymous", "updatedAt"], "\(object)")
                XCTAssertEqual(object["updatedAt"] as? String, start, "the session's start, as a question's")
                if let value = object["value"] as? Int { values.append(value) }
            }
        }
        return values.sorted()
    }

    /// Everything an observer of the repository sees, with ids (random per play) replaced by `<id>`: for every
    /// ref, the commit graph with each commit's author, committer, both times, subject, parents and changed paths.
    func signature(of repository: URL, lab: SyncLab) throws -> String {
        let refs = try lab.git(["for-each-ref", "--format=%(refname) %(objectname)"], in: repository).split(separator: "\n")
        var memo: [String: String] = [:]
        func describe(_ commit: String) throws -> String {
            if let known = memo[commit] { return known }
            let fields = try lab.git(["log", "-1", "--format=%an|%ae|%cn|%ce|%at|%ct|%s|%P", commit], in: repository).split(separator: "|", omittingEmptySubsequences: false)
            let parents = fields[7].split(separator: " ").map(String.init)
            let changes = parents.isEmpty
                ? try lab.git(["show", "--format=", "--name-status", commit], in: repository)
                : try lab.git(["diff", "--name-status", parents[0], commit], in: repository)
            // The remote's path (a temporary folder, named in merge subjects) differs between plays.
            let subject = fields[6].replacingOccurrences(of: lab.root.path, with: "<lab>")
            let text = "[" + (fields[0..<6] + [Substring(subject)]).joined(separator: "|") + " changes:" + Self.withoutIDs(changes)
                + " parents:" + (try parents.map(describe).joined(separator: ",")) + "]"
            memo[commit] = text
            return text
        }
        return try refs.map { ref in
            let parts = ref.split(separator: " ")
            return String(parts[0]) + "=" + (try describe(String(parts[1])))
        }.joined(separator: "\n")
    }

    static func withoutIDs(_ text: String) -> String {
        text.replacingOccurrences(of: "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", with: "<id>", options: .regularExpression)
            .replacingOccurrences(of: "\n", with: ";")
    }

    func testTheSharedHistoryIsTheSameWhoeverAskedOrRated() throws {
        let plays = try (0..<3).map { try history(askedBy: $0) }
        XCTAssertEqual(plays[0].signature, plays[1].signature, "the history differs between Ann asking (Ben rating) and Ben asking (Cat rating)")
        XCTAssertEqual(plays[1].signature, plays[2].signature, "the history differs between Ben asking (Cat rating) and Cat asking (Ann rating)")

        // What the history holds of the question and the rating: only commits by the neutral name at a midnight,
        // never next to a named commit.
        let (_, lab, replicas) = plays[1]
        let log = try lab.git(["log", "--all", "--format=%x01%H|%an|%ae|%cn|%ce|%at|%ct|%P", "--name-only"], in: lab.remote)
        var neutral: Set<String> = []
        var addsTheQuestion: [String] = []
        var byID: [String: [String]] = [:]
        for entry in log.components(separatedBy: "\u{1}").dropFirst() {
            let lines = entry.split(separator: "\n").map(String.init)
            let fields = lines[0].split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            byID[fields[0]] = fields
            if fields[1] == "Guild", fields[2] == "anonymous@guild.invalid", fields[3] == "Guild", fields[4] == "anonymous@guild.invalid" {
                neutral.insert(fields[0])
                XCTAssertEqual((Int(fields[5]) ?? 1) % 86_400, 0, "a neutral commit's time is a midnight")
                XCTAssertEqual((Int(fields[6]) ?? 1) % 86_400, 0, "a neutral commit's time is a midnight")
            }
            if lines.dropFirst().contains(where: { $0.hasPrefix("notes/") || $0.hasPrefix("votes/") }) { addsTheQuestion.append(fields[0]) }
        }
        XCTAssertFalse(addsTheQuestion.isEmpty)
        for commit in addsTheQuestion {
            XCTAssertTrue(neutral.contains(commit), "only neutral commits carry the question and the rating")
            for parent in (byID[commit]?[7] ?? "").split(separator: " ") {
                XCTAssertTrue(neutral.contains(String(parent)), "an anonymous commit's parent is never a named commit")
            }
        }
        XCTAssertEqual(try lab.git(["branch", "--list"], in: lab.remote).contains("guild-anonymous"), true)
        _ = replicas
    }

    /// A question a person staged by hand (`git add`), and a file of their own staged beside it, stay out of the
    /// named commit: the question goes on the anonymous branch only, their file stays staged and uncommitted, and
    /// the record changed in the store is committed.
    func testFilesAPersonStagedByHandStayOutOfTheNamedCommit() throws {
        let lab = try SyncLab(self, name: "guild-staged")
        let (replicas, person, _) = try lab.team(["Ann"])
        let ann = replicas[0]
        try lab.edit(ann, person) { $0["team"] = "Platform"; $0["updatedAt"] = "2026-11-22T09:11:00Z" }
        try lab.run(ann, ["ask", "Who staged this?"])
        try "mine\n".write(to: ann.store.appendingPathComponent("NOTES.txt"), atomically: true, encoding: .utf8)
        let question = try XCTUnwrap(try lab.git(ann, ["ls-files", "--others", "--", "notes"]).split(separator: "\n").first.map(String.init))
        _ = try lab.git(ann, ["add", "--", question, "NOTES.txt"])

        try lab.sync(ann)
        let committed = try lab.git(ann, ["show", "--name-only", "--format=", "HEAD"]).split(separator: "\n").map(String.init)
        XCTAssertEqual(committed, [person], "only the edited record is in the named commit")
        XCTAssertEqual(try lab.git(ann, ["ls-tree", "-r", "--name-only", "refs/remotes/origin/guild-anonymous", "--", "notes"]), question)
        XCTAssertEqual(try lab.git(ann, ["diff", "--cached", "--name-only"]).split(separator: "\n").map(String.init), [question, "NOTES.txt"].sorted(),
                       "what the person staged is still staged, not committed")
        XCTAssertEqual(try lab.git(ann, ["log", "--format=%an", "origin/main"]).split(separator: "\n").filter { $0 == "Guild" }, [])
    }
}
