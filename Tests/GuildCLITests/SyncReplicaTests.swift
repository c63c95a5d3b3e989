import Foundation
import GuildCore
import GuildStore
import GuildTestSupport
import XCTest

/// Two and three replicas of one store sharing a local bare repository through `guild sync` and `guild clone`:
/// scripted edit/edit, edit/delete, concurrent notes and anonymous questions. Nothing is lost; conflicts surface.
final class SyncReplicaTests: XCTestCase {
    var guild: GuildBinary!
    var root: URL!
    var remote: URL { root.appendingPathComponent("remote.git") }

    override func setUpWithError() throws {
        guild = try GuildBinary.locate()
        root = try temporaryFolder(self, "guild-sync")
        try git(["init", "-q", "--bare", "--initial-branch=main", remote.path], in: root)
    }

    // MARK: - Replicas

    /// A person's machine: its own home (git identity, no global config of the machine's user) and store folder.
    struct Replica {
        var name: String
        var store: URL
        var home: URL

        var environment: [String: String] {
            ["HOME": home.path, "XDG_CONFIG_HOME": home.path, "GIT_CONFIG_NOSYSTEM": "1"]
        }
    }

    func replica(_ name: String) throws -> Replica {
        let home = root.appendingPathComponent("home-\(name)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        try "[user]\n\tname = \(name)\n\temail = \(name.lowercased())@example.com\n".write(
            to: home.appendingPathComponent(".gitconfig"), atomically: true, encoding: .utf8)
        return Replica(name: name, store: root.appendingPathComponent("store-\(name)"), home: home)
    }

    @discardableResult
    func run(_ replica: Replica, _ arguments: [String], expect status: Int32 = 0, line: UInt = #line) throws -> GuildBinary.Outcome {
        let outcome = try guild.run(arguments + ["--store", replica.store.path], environment: replica.environment)
        XCTAssertEqual(outcome.status, status, "guild \(arguments.joined(separator: " ")) as \(replica.name): \(outcome.stderr)", line: line)
        return outcome
    }

    @discardableResult
    func sync(_ replica: Replica, line: UInt = #line) throws -> String {
        try run(replica, ["sync"], line: line).stdout
    }

    /// A store with one person, one session and one action item, pushed by the first replica and cloned by the others.
    func team(_ names: [String]) throws -> (replicas: [Replica], session: Session) {
        let replicas = try names.map(replica)
        let first = replicas[0]
        try run(first, ["init", "--name", "Team"])
        let store = try GuildStore.open(at: first.store)
        let session = Session(id: SyncFixtures.id(100), title: "Weekly", format: .techTalk, start: SyncFixtures.now, updatedAt: SyncFixtures.now)
        try store.save(SyncFixtures.person(1), base: nil)
        try store.save(session, base: nil)
        try store.save(ActionItem(id: SyncFixtures.id(200), title: "Fix CI", createdAt: SyncFixtures.now), base: nil)
        let out = try run(first, ["sync", "--remote", remote.path]).stdout
        XCTAssertTrue(out.contains("made the store a git repository"), out)
        XCTAssertTrue(out.contains("pushed"), out)
        for other in replicas.dropFirst() {
            let cloned = try guild.run(["clone", remote.path, "--store", other.store.path], environment: other.environment)
            XCTAssertEqual(cloned.status, 0, cloned.stderr)
            XCTAssertTrue(cloned.stdout.contains("Joined the store"), cloned.stdout)
        }
        return (replicas, session)
    }

    /// Opens a replica's store, changes one record, saves it.
    func edit<R: Record>(_ replica: Replica, _ type: R.Type, _ id: UUID, groupID: UUID? = nil, _ change: (inout R) -> Void) throws {
        let store = try GuildStore.open(at: replica.store)
        _ = store.loadAll()
        let base = try XCTUnwrap(try store.record(R.self, id: id, groupID: groupID))
        var record = base
        change(&record)
        record.updatedAt = record.updatedAt.addingTimeInterval(1)
        try store.save(record, base: base)
    }

    func load(_ replica: Replica) throws -> LoadResult {
        try GuildStore.open(at: replica.store).loadAll(includeNotes: true)
    }

    func note(_ text: String, by author: UUID?, session: Session) -> NoteEntry {
        NoteEntry(sessionID: session.id, kind: .note, text: text, author: author, createdAt: session.start)
    }

    // MARK: - Tests

    func testCloneInstallsTheMergeDriverAndFsyncSettings() throws {
        let (replicas, _) = try team(["Ann", "Ben"])
        for replica in replicas {
            let driver = try git(["config", "merge.guild.driver"], in: replica.store, environment: replica.environment)
            XCTAssertTrue(driver.hasSuffix("guild' merge-driver %O %A %B %P"), driver)
            XCTAssertEqual(try git(["config", "core.fsync"], in: replica.store, environment: replica.environment), "committed")
            // Where no push can change it: git reads .git/info/attributes before any .gitattributes.
            let attributes = try String(contentsOf: replica.store.appendingPathComponent(".git/info/attributes"), encoding: .utf8)
            XCTAssertTrue(attributes.hasSuffix("*.json merge=guild\n"), attributes)
        }
        XCTAssertEqual(try load(replicas[1]).data, try load(replicas[0]).data)
        // Cloning into a folder that holds something else is refused, one line, nothing touched.
        let busy = root.appendingPathComponent("busy")
        try FileManager.default.createDirectory(at: busy, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: busy.appendingPathComponent("file.txt"))
        let refused = try guild.run(["clone", remote.path, "--store", busy.path], environment: replicas[0].environment)
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("not an empty folder"), refused.stderr)
        XCTAssertEqual(try Data(contentsOf: busy.appendingPathComponent("file.txt")), Data("keep".utf8))
    }

    func testTwoReplicasMergeDifferentFieldsNotesAndAnonymousQuestionsLosingNothing() throws {
        let (replicas, session) = try team(["Ann", "Ben"])
        let (ann, ben) = (replicas[0], replicas[1])
        try edit(ann, Person.self, SyncFixtures.id(1)) { $0.team = "Platform" }
        try edit(ben, Person.self, SyncFixtures.id(1)) { $0.role = "SRE" }
        // Notes typed at the same moment on both machines, and anonymous questions on both.
        var expectedNotes: Set<String> = []
        for (replica, count) in [(ann, 3), (ben, 4)] {
            let store = try GuildStore.open(at: replica.store)
            for index in 0..<count {
                let text = "\(replica.name) note \(index)"
                try store.save(note(text, by: SyncFixtures.id(1), session: session), base: nil)
                expectedNotes.insert(text)
            }
            for index in 0..<2 {
                let question = AnonymousQuestion.note("\(replica.name)'s question \(index)?", session: session, id: UUID())
                try store.save(question, base: nil)
                expectedNotes.insert(question.text)
            }
        }
        let annOut = try sync(ann)
        XCTAssertTrue(annOut.contains("sent 2 anonymous entries on their own branch"), annOut)
        let benOut = try sync(ben)
        XCTAssertTrue(benOut.contains("merged"), benOut)
        XCTAssertFalse(benOut.contains("conflict"), benOut)
        try sync(ann)

        for replica in [ann, ben] {
            let result = try load(replica)
            XCTAssertEqual(result.problems, [], replica.name)
            let person = try XCTUnwrap(result.data.people[SyncFixtures.id(1)])
            XCTAssertEqual(person.team, "Platform")
            XCTAssertEqual(person.role, "SRE")
            XCTAssertEqual(Set(result.data.notes.values.map(\.text)), expectedNotes, replica.name)
        }
        try assertAnonymity(in: ann)
    }

    func testSameFieldAndEditAgainstDeleteBecomeConflictsThatResolveEverywhere() throws {
        let (replicas, _) = try team(["Ann", "Ben"])
        let (ann, ben) = (replicas[0], replicas[1])
        try edit(ann, Person.self, SyncFixtures.id(1)) { $0.name = "Name from Ann" }
        let annStore = try GuildStore.open(at: ann.store)
        let fixCI = try XCTUnwrap(annStore.loadAll().data.actions[SyncFixtures.id(200)])
        try annStore.delete(base: fixCI)
        try edit(ben, Person.self, SyncFixtures.id(1)) { $0.name = "Name from Ben" }
        try edit(ben, ActionItem.self, SyncFixtures.id(200)) { $0.title = "Fix CI for good" }
        try sync(ann)
        let out = try sync(ben)
        XCTAssertTrue(out.contains("2 conflicts to resolve"), out)

        // On Ben's machine: both files load as conflicted records, every value still there.
        let store = try GuildStore.open(at: ben.store)
        let result = store.loadAll()
        XCTAssertEqual(result.problems.map(\.kind), [.mergeConflict, .mergeConflict])
        let conflicts = store.conflictedRecords()
        XCTAssertEqual(conflicts.count, 2)
        let person = try XCTUnwrap(conflicts.first { $0.kind == .person })
        XCTAssertEqual(person.fields, ["name"])
        XCTAssertEqual(person.text(of: "name", option: 0), "Name from Ben")
        XCTAssertEqual(person.text(of: "name", option: 1), "Name from Ann")
        let action = try XCTUnwrap(conflicts.first { $0.kind == .action })
        XCTAssertTrue(action.isEditAgainstDelete)
        XCTAssertEqual(action.text(of: "title", option: 0), "Fix CI for good", "the edit is kept, never silently deleted")
        XCTAssertEqual(action.text(of: "title", option: 1), "(deleted)")

        // Ann's machine sees the same conflicts after her next sync.
        try sync(ann)
        let annAfter = try GuildStore.open(at: ann.store)
        _ = annAfter.loadAll()
        XCTAssertEqual(annAfter.conflictedRecords().count, 2)

        // Ben resolves: Ann's name, keep his edit of the action item.
        try store.resolve(person, with: person.resolution(choosing: ["name": 1]))
        try store.resolve(action, with: action.resolution(version: 0))
        try sync(ben)
        try sync(ann)
        for replica in [ann, ben] {
            let final = try load(replica)
            XCTAssertEqual(final.problems, [], replica.name)
            XCTAssertEqual(final.data.people[SyncFixtures.id(1)]?.name, "Name from Ann")
            XCTAssertEqual(final.data.actions[SyncFixtures.id(200)]?.title, "Fix CI for good")
        }
    }

    func testThreeReplicasConvergeWithEveryEditAndNoteAndOneSurfacedConflict() throws {
        let (replicas, session) = try team(["Ann", "Ben", "Cat"])
        var expectedNotes: Set<String> = []
        for (index, replica) in replicas.enumerated() {
            // Each edits its own field of the shared person, adds its own person, notes and a question;
            // all three change the session title (one conflict, surfaced).
            try edit(replica, Person.self, SyncFixtures.id(1)) { person in
                switch index {
                case 0: person.team = "Platform"
                case 1: person.role = "SRE"
                default: person.email = "p1@example.com"
                }
            }
            try edit(replica, Session.self, session.id) { $0.title = "Weekly by \(replica.name)" }
            let store = try GuildStore.open(at: replica.store)
            try store.save(SyncFixtures.person(10 + index, name: replica.name), base: nil)
            for note in 0..<3 {
                try store.save(self.note("\(replica.name) \(note)", by: SyncFixtures.id(10 + index), session: session), base: nil)
                expectedNotes.insert("\(replica.name) \(note)")
            }
            let question = AnonymousQuestion.note("asked on \(replica.name)'s machine?", session: session, id: UUID())
            try store.save(question, base: nil)
            expectedNotes.insert(question.text)
        }
        for replica in replicas + replicas { try sync(replica) }

        var sessionFiles: Set<Data> = []
        for replica in replicas {
            let store = try GuildStore.open(at: replica.store)
            let result = store.loadAll(includeNotes: true)
            XCTAssertEqual(result.problems.map(\.path), ["sessions/\(session.id.uuidString.lowercased()).json"], replica.name)
            let person = try XCTUnwrap(result.data.people[SyncFixtures.id(1)])
            XCTAssertEqual([person.team, person.role, person.email], ["Platform", "SRE", "p1@example.com"])
            XCTAssertEqual(Set(result.data.people.keys), Set([1, 10, 11, 12].map(SyncFixtures.id)))
            XCTAssertEqual(Set(result.data.notes.values.map(\.text)), expectedNotes, replica.name)
            let conflict = try XCTUnwrap(store.conflictedRecords().first)
            XCTAssertEqual(conflict.fields, ["title"])
            sessionFiles.insert(conflict.bytes)
            // Every title typed survives in the file (nested conflicts keep the markers of the earlier merge).
            let text = String(decoding: conflict.bytes, as: UTF8.self)
            for other in replicas where !text.contains("Weekly by \(other.name)") {
                // A title may only be missing if the user could not see it: never.
                XCTFail("\(other.name)'s title is missing on \(replica.name): \(text)")
            }
        }
        XCTAssertEqual(sessionFiles.count, 1, "every replica holds the same conflicted file")
        try assertAnonymity(in: replicas[0])
    }

    func testSyncWithoutARemoteCommitsLocallyAndSaysHowToAddOne() throws {
        let ann = try replica("Ann")
        try run(ann, ["init", "--name", "Solo"])
        let out = try sync(ann)
        XCTAssertTrue(out.contains("no remote yet"), out)
        XCTAssertEqual(try git(["log", "--format=%s"], in: ann.store, environment: ann.environment), "Add 2 store settings")
        XCTAssertTrue(try sync(ann).contains("nothing to commit"))
        // A conflicted file whose text holds terminal escapes never reaches the terminal raw.
        try Data("<<<<<<< a\n{\"name\":\"\u{1B}]0;pwned\u{07}\"}\n=======\n>>>>>>> b\n".utf8)
            .write(to: ann.store.appendingPathComponent("people/\(SyncFixtures.id(5).uuidString.lowercased()).json"))
        let listed = try run(ann, ["list", "people"])
        XCTAssertFalse((listed.stdout + listed.stderr).contains("\u{1B}"))
        let synced = try run(ann, ["sync"])
        XCTAssertFalse((synced.stdout + synced.stderr).contains("\u{1B}"))
    }

    func testPullEveryNeedsAPositiveInterval() throws {
        let ann = try replica("Ann")
        try run(ann, ["init", "--name", "Solo"])
        for command in [["dashboard"], ["meeting"]] {
            let refused = try run(ann, command + ["--pull-every", "0"], expect: 1)
            XCTAssertTrue(refused.stderr.contains("--pull-every takes a whole number of seconds from 1 to 86400, not 0"), refused.stderr)
        }
    }

    // MARK: - Anonymity

    /// Every anonymous note was added by a commit with the neutral name at a midnight, whose parents are neutral too
    /// (the anonymous branch), and no named commit added one.
    func assertAnonymity(in replica: Replica, line: UInt = #line) throws {
        let log = try git(["log", "--all", "--no-merges", "--diff-filter=A", "--name-only", "--format=%x01%H|%an|%ae|%cn|%ce|%at|%ct|%P"],
                          in: replica.store, environment: replica.environment)
        let store = try GuildStore.open(at: replica.store).loadAll(includeNotes: true)
        let anonymous = Set(store.data.notes.values.filter { $0.author == nil }.map {
            "notes/\($0.sessionID.uuidString.lowercased())/\($0.id.uuidString.lowercased()).json"
        })
        XCTAssertFalse(anonymous.isEmpty, line: line)
        let neutral = Set(try git(["log", "--all", "--author=anonymous@guild.invalid", "--format=%H"], in: replica.store, environment: replica.environment)
            .split(separator: "\n").map(String.init))
        var seen: Set<String> = []
        for commit in log.components(separatedBy: "\u{1}").dropFirst() {
            let lines = commit.split(separator: "\n").map(String.init)
            let fields = lines[0].split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            let anonymousHere = Set(lines.dropFirst()).intersection(anonymous)
            guard !anonymousHere.isEmpty else { continue }
            XCTAssertEqual(fields[1...4].joined(separator: "|"), "Guild|anonymous@guild.invalid|Guild|anonymous@guild.invalid", line: line)
            XCTAssertEqual((Int(fields[5]) ?? 1) % 86_400, 0, "an anonymous commit's time is a midnight", line: line)
            XCTAssertEqual(anonymousHere, Set(lines.dropFirst()), "an anonymous commit holds only anonymous files", line: line)
            for parent in fields[7].split(separator: " ") {
                XCTAssertTrue(neutral.contains(String(parent)), "an anonymous commit sits on the anonymous branch", line: line)
            }
            seen.formUnion(anonymousHere)
        }
        XCTAssertEqual(seen, anonymous, "every anonymous note came in through an anonymous commit", line: line)
    }

    // MARK: - git

    @discardableResult
    func git(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = folder
        var env = ProcessInfo.processInfo.environment
        env["HOME"] = root.path
        env["GIT_CONFIG_NOSYSTEM"] = "1"
        env["XDG_CONFIG_HOME"] = root.path
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "git \(arguments.joined(separator: " "))")
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
