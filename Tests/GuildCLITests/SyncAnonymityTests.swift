import Foundation
import GuildTestSupport
import XCTest

/// Anonymity against teammates: three machines (a bare remote and three clones) sync the same day in the same
/// order, one of them asks an anonymous question; whoever asked, the shared repository — authors, committers, dates,
/// parents, merges, file names, order — must be the same, so it cannot tell who asked better than a guess.
final class SyncAnonymityTests: XCTestCase {
    /// The remote's whole history after one play of the scenario in which `asker` (0, 1 or 2) asks.
    func history(askedBy asker: Int) throws -> (signature: String, lab: SyncLab, replicas: [SyncLab.Replica]) {
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
        }
        try syncAll()
        try syncAll()
        // Every machine shows the question the same day, before it is part of the main history.
        for replica in replicas {
            XCTAssertEqual(try lab.noteTexts(replica), ["Who decided on Fridays?"], replica.name)
        }
        // Day 2: the first sync folds the question in.
        lab.now = "2026-11-23T08:00:00Z"
        try syncAll()
        try syncAll()
        for replica in replicas {
            XCTAssertEqual(try lab.noteTexts(replica), ["Who decided on Fridays?"], replica.name)
            XCTAssertEqual(try lab.git(replica, ["status", "--porcelain"]), "", "\(replica.name): the question is committed")
            let person = try XCTUnwrap(try lab.people(replica)["zoe"])
            XCTAssertEqual([person["team"], person["role"], person["email"]].map { $0 as? String },
                           ["set by machine 0", "set by machine 1", "set by machine 2"], replica.name)
        }
        return (try signature(of: lab.remote, lab: lab), lab, replicas)
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

    func testTheSharedHistoryIsTheSameWhoeverAsked() throws {
        let plays = try (0..<3).map { try history(askedBy: $0) }
        XCTAssertEqual(plays[0].signature, plays[1].signature, "the history differs between Ann asking and Ben asking")
        XCTAssertEqual(plays[1].signature, plays[2].signature, "the history differs between Ben asking and Cat asking")

        // What the history holds of the question: only commits by the neutral name at a midnight, never next to a
        // named commit.
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
            if lines.dropFirst().contains(where: { $0.hasPrefix("notes/") }) { addsTheQuestion.append(fields[0]) }
        }
        XCTAssertFalse(addsTheQuestion.isEmpty)
        for commit in addsTheQuestion {
            XCTAssertTrue(neutral.contains(commit), "only neutral commits carry the question")
            for parent in (byID[commit]?[7] ?? "").split(separator: " ") {
                XCTAssertTrue(neutral.contains(String(parent)), "an anonymous commit's parent is never a named commit")
            }
        }
        XCTAssertEqual(try lab.git(["branch", "--list"], in: lab.remote).contains("guild-anonymous"), true)
        _ = replicas
    }
}
