import Foundation
import GuildStore
import GuildTestSupport
import XCTest

/// A teammate with push access plays dirty with real git: symbolic links committed for every kind of file the store
/// holds, a `.gitattributes` line that would turn field merges off, a record side over the size limit. Nothing
/// outside the store is read or created, every command over the clone refuses clearly, and merges stay merges.
final class HostileTeammateTests: XCTestCase {
    static let secret = "SECRET-7c1f-outside-the-store"

    /// A folder outside every store holding what the links point at, with the secret in every file.
    func outsideFolder(_ lab: SyncLab, ids: (person: String, note: String, skill: String)) throws -> URL {
        let outside = lab.root.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: outside.appendingPathComponent("notes"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: outside.appendingPathComponent("skills"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: outside.appendingPathComponent("cache"), withIntermediateDirectories: true)
        try Data("# \(Self.secret)\nprivate key\n".utf8).write(to: outside.appendingPathComponent("id_rsa"))
        try SyncLab.write(["id": ids.person.uppercased(), "name": Self.secret, "handle": "leak", "schema": 1, "updatedAt": "2026-11-22T09:00:00Z"],
                          to: outside.appendingPathComponent("person.json"))
        try SyncLab.write(["id": ids.skill.uppercased(), "name": Self.secret, "schema": 1, "updatedAt": "2026-11-22T09:00:00Z"],
                          to: outside.appendingPathComponent("skills/\(ids.skill).json"))
        try SyncLab.write(["id": ids.note.uppercased(), "text": Self.secret, "kind": "note", "schema": 1,
                           "createdAt": "2026-11-22T09:00:00Z", "updatedAt": "2026-11-22T09:00:00Z"],
                          to: outside.appendingPathComponent("notes/\(ids.note).json"))
        return outside
    }

    /// Every file below `folder` with its bytes (links listed by their target), to compare before and after.
    func snapshot(_ folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return result }
        while let next = walker.nextObject() as? String {
            let path = folder.appendingPathComponent(next).path
            if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) {
                result[next] = Data(("link → " + target).utf8)
            } else {
                result[next] = FileManager.default.contents(atPath: path) ?? Data("(folder)".utf8)
            }
        }
        return result
    }

    func testLinksATeammateCommitsForEveryKindOfFileAreNeverFollowed() throws {
        let lab = try SyncLab(self, name: "guild-links")
        let (replicas, _, session) = try lab.team(["Ann", "Ben"])
        let (ann, ben) = (replicas[0], replicas[1])
        // A held session with minutes, so `export minutes` and `export site` look for them.
        try lab.run(ben, ["add", "session", "Retro", "--at", "2026-11-15 10:00", "--format", "tech-talk"], expect: nil)
        let retroFile = try XCTUnwrap(try lab.files(in: ben, "sessions").first { !$0.contains(session) })
        try lab.edit(ben, retroFile) { $0["status"] = "done" }
        let retro = String(retroFile.dropFirst("sessions/".count).dropLast(".json".count))
        let ids = (person: UUID().uuidString.lowercased(), note: UUID().uuidString.lowercased(), skill: UUID().uuidString.lowercased())
        let outside = try outsideFolder(lab, ids: ids)
        let before = snapshot(outside)
        let created = outside.appendingPathComponent("created-by-guild")

        // Ben, with plain git: a link for each kind of file.
        let store = ben.store
        let fm = FileManager.default
        try fm.createDirectory(at: store.appendingPathComponent("minutes"), withIntermediateDirectories: true)
        try fm.createSymbolicLink(atPath: store.appendingPathComponent("minutes/\(retro).md").path, withDestinationPath: outside.appendingPathComponent("id_rsa").path)
        try fm.createSymbolicLink(atPath: store.appendingPathComponent("minutes/\(session).md").path, withDestinationPath: outside.appendingPathComponent("id_rsa").path)
        try? fm.removeItem(at: store.appendingPathComponent(".guild/lock"))
        try fm.createSymbolicLink(atPath: store.appendingPathComponent(".guild/lock").path, withDestinationPath: created.path)
        try? fm.removeItem(at: store.appendingPathComponent(".guild/cache"))
        try fm.createSymbolicLink(atPath: store.appendingPathComponent(".guild/cache").path, withDestinationPath: outside.appendingPathComponent("cache").path)
        try fm.createSymbolicLink(atPath: store.appendingPathComponent("people/\(ids.person).json").path, withDestinationPath: outside.appendingPathComponent("person.json").path)
        try? fm.removeItem(at: store.appendingPathComponent("notes/\(session)"))
        try fm.createDirectory(at: store.appendingPathComponent("notes"), withIntermediateDirectories: true)
        try fm.createSymbolicLink(atPath: store.appendingPathComponent("notes/\(session)").path, withDestinationPath: outside.appendingPathComponent("notes").path)
        try? fm.removeItem(at: store.appendingPathComponent("skills"))
        try fm.createSymbolicLink(atPath: store.appendingPathComponent("skills").path, withDestinationPath: outside.appendingPathComponent("skills").path)
        try lab.git(ben, ["add", "-A", "-f", "minutes", "people", "notes", "skills", "sessions", ".guild/lock", ".guild/cache"])
        try lab.git(ben, ["commit", "-qm", "Links"])
        try lab.git(ben, ["push", "-q", "origin", "main"])

        // Ann syncs them in; Cat joins with a fresh clone (git itself makes the links).
        XCTAssertEqual(try lab.run(ann, ["sync"]).status, 0)
        let cat = try lab.replica("Cat")
        var environment = cat.environment
        environment["GUILD_NOW"] = lab.now
        XCTAssertEqual(try lab.guild.run(["clone", lab.remote.path, "--store", cat.store.path], environment: environment).status, 0)
        XCTAssertNotNil(try? fm.destinationOfSymbolicLink(atPath: cat.store.appendingPathComponent("notes/\(session)").path), "the clone holds the links")

        for replica in [ann, cat] {
            let site = lab.root.appendingPathComponent("site-\(replica.name)")
            let report = lab.root.appendingPathComponent("report-\(replica.name).md")
            let commands: [[String]] = [
                ["list", "sessions"], ["list", "people"], ["list", "people", "--json"], ["list", "actions"], ["list", "skills"],
                ["list", "skills", "--json"], ["report", "--month", "2026-11"], ["report", "--month", "2026-11", "-o", report.path],
                ["export", "minutes", "Retro"], ["export", "minutes", "Weekly"], ["export", "site", site.path], ["export", "ics"],
                ["export", "matrix"], ["who", "secret"], ["gaps"], ["staff", "Swift"], ["topics"], ["solutions"], ["learnings"],
                ["pairs", "history"], ["ask", "Is anything outside read?"], ["add", "person", "Dee D", "--handle", "dee"],
                ["add", "skill", "Swift"], ["rate", "zoe", "Swift", "3"], ["add", "action", "Check links", "--owner", "zoe"],
                ["sync"], ["sync"], ["dashboard"], ["meeting"],
            ]
            var everything = ""
            for command in commands {
                let outcome = try lab.run(replica, command, expect: nil)
                XCTAssertTrue(outcome.status == 0 || outcome.status == 1, "\(command): exit \(outcome.status)")
                everything += outcome.stdout + outcome.stderr
            }
            XCTAssertFalse(everything.contains(Self.secret), "\(replica.name): a command printed what a link points at:\n\(everything)")
            var written = snapshot(site)
            written["report"] = FileManager.default.contents(atPath: report.path)
            for (name, bytes) in written {
                XCTAssertFalse(String(decoding: bytes, as: UTF8.self).contains(Self.secret), "\(replica.name): \(name) holds the secret")
            }
            // Each refusal says what and why.
            let minutes = try lab.run(replica, ["export", "minutes", "Retro"], expect: 1)
            XCTAssertTrue(minutes.stderr.contains("minutes/\(retro).md") && minutes.stderr.contains("symbolic link"), minutes.stderr)
            let people = try lab.run(replica, ["list", "people"])
            XCTAssertTrue(people.stderr.contains("people/\(ids.person).json: a symbolic link"), people.stderr)
            let asked = try lab.run(replica, ["ask", "Another question?"], expect: 1)
            XCTAssertTrue(asked.stderr.contains("notes/\(session)") && asked.stderr.contains("symbolic link"), asked.stderr)
            let skill = try lab.run(replica, ["add", "skill", "Kotlin"], expect: 1)
            XCTAssertTrue(skill.stderr.contains("skills") && skill.stderr.contains("symbolic link"), skill.stderr)
            // Guild's machine-local folder holds a real lock file of its own.
            let lock = replica.store.appendingPathComponent(".guild/lock").path
            XCTAssertNil(try? fm.destinationOfSymbolicLink(atPath: lock), "\(replica.name): .guild/lock is still a link")
        }
        XCTAssertFalse(fm.fileExists(atPath: created.path), "a file was created where .guild/lock pointed")
        XCTAssertEqual(snapshot(outside), before, "something outside the store changed")
    }

    func testATeammatesGitattributesCannotTurnFieldMergesOff() throws {
        let lab = try SyncLab(self, name: "guild-attributes")
        let (replicas, person, _) = try lab.team(["Ann", "Ben"])
        let (ann, ben) = (replicas[0], replicas[1])
        let attributes = ben.store.appendingPathComponent(".gitattributes")
        let current = (try? String(contentsOf: attributes, encoding: .utf8)) ?? ""
        try (current + "*.json merge=binary\n*.json -merge\n").write(to: attributes, atomically: true, encoding: .utf8)
        try lab.git(ben, ["add", ".gitattributes"])
        try lab.git(ben, ["commit", "-qm", "Binary merges"])
        try lab.git(ben, ["push", "-q", "origin", "main"])
        try lab.sync(ann)
        // Concurrent edits of different fields of one record.
        try lab.edit(ann, person) { $0["team"] = "Platform"; $0["updatedAt"] = "2026-11-22T09:11:00Z" }
        try lab.edit(ben, person) { $0["role"] = "SRE"; $0["updatedAt"] = "2026-11-22T09:12:00Z" }
        try lab.sync(ben)
        let merged = try lab.sync(ann)
        XCTAssertFalse(merged.contains("conflict"), merged)
        try lab.sync(ben)
        for replica in [ann, ben] {
            let zoe = try XCTUnwrap(try lab.people(replica)["zoe"])
            XCTAssertEqual(zoe["team"] as? String, "Platform", replica.name)
            XCTAssertEqual(zoe["role"] as? String, "SRE", replica.name)
            XCTAssertEqual(try lab.git(replica, ["check-attr", "merge", "--", person]), "\(person): merge: guild")
        }
    }

    func testAnOversizedSideEndsAsAConflictThatLoadsAndResolves() throws {
        let lab = try SyncLab(self, name: "guild-oversized")
        let (replicas, person, _) = try lab.team(["Ann", "Ben"])
        let (ann, ben) = (replicas[0], replicas[1])
        // Ben's side of the person is over the 16 MiB limit (written with plain git); Ann changes another field.
        try lab.edit(ben, person) { $0["role"] = String(repeating: "x", count: 17 << 20); $0["updatedAt"] = "2026-11-22T09:12:00Z" }
        try lab.git(ben, ["commit", "-qam", "Huge"])
        try lab.git(ben, ["push", "-q", "origin", "main"])
        try lab.edit(ann, person) { $0["team"] = "Platform"; $0["updatedAt"] = "2026-11-22T09:11:00Z" }
        let out = try lab.sync(ann)
        XCTAssertTrue(out.contains("1 conflict to resolve: \(person)"), out)

        // Ann's store loads it as a conflicted record: her version in lists, Ben's kept in git and named.
        let store = try GuildStore.open(at: ann.store)
        let result = store.loadAll()
        XCTAssertEqual(result.problems.map(\.kind), [.mergeConflict])
        XCTAssertEqual(result.data.people.values.first?.team, "Platform")
        let conflict = try XCTUnwrap(store.conflictedRecords().first)
        XCTAssertEqual(conflict.path, person)
        XCTAssertTrue(conflict.text(of: "team", option: 1).contains("too large (17.0 MiB; the limit is 16.0 MiB); kept in git as"),
                      conflict.text(of: "team", option: 1))
        let blob = try XCTUnwrap(conflict.notMerged[1]?.split(separator: " ").last.map(String.init))
        XCTAssertEqual(try lab.git(ann, ["cat-file", "-s", blob]), String(try Data(contentsOf: ben.store.appendingPathComponent(person)).count),
                       "the other side is kept whole in git")
        // Choosing the side that could not be merged is refused with the reason; Ann's version resolves it.
        XCTAssertThrowsError(try store.resolve(conflict, with: conflict.resolution(version: 1))) { error in
            XCTAssertTrue("\(error)".contains("not merged"), "\(error)")
        }
        try store.resolve(conflict, with: conflict.resolution(version: 0))
        try lab.sync(ann)
        try lab.sync(ben)
        for replica in [ann, ben] {
            let listed = try lab.run(replica, ["list", "people"])
            XCTAssertEqual(listed.stderr, "", replica.name)
            XCTAssertEqual(try lab.people(replica)["zoe"]?["team"] as? String, "Platform", replica.name)
        }
    }

    func testAMergeDriverThatFailsOnBothSidesKeepsBothVersionsAsAConflict() throws {
        let lab = try SyncLab(self, name: "guild-driver-fails")
        let (replicas, person, _) = try lab.team(["Ann", "Ben"])
        let (ann, ben) = (replicas[0], replicas[1])
        // Ben's side is not a record at all; Ann's is a plain edit.
        try Data("not json, committed by hand\n".utf8).write(to: ben.store.appendingPathComponent(person))
        try lab.git(ben, ["commit", "-qam", "Broken"])
        try lab.git(ben, ["push", "-q", "origin", "main"])
        try lab.edit(ann, person) { $0["team"] = "Platform"; $0["updatedAt"] = "2026-11-22T09:11:00Z" }
        XCTAssertTrue(try lab.sync(ann).contains("1 conflict"))
        let store = try GuildStore.open(at: ann.store)
        _ = store.loadAll()
        let conflict = try XCTUnwrap(store.conflictedRecords().first)
        XCTAssertEqual(conflict.version(0)?["team"], .string("Platform"))
        XCTAssertTrue(try XCTUnwrap(conflict.notMerged[1]).hasPrefix("not a JSON record; kept in git as"))
        XCTAssertFalse(conflict.isEditAgainstDelete, "a side that could not be read is not a deletion")
    }
}
