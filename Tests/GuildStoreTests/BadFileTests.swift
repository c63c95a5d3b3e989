import Foundation
import GuildCore
@testable import GuildStore
import XCTest

/// Files that cannot be used: each is one problem naming file and place, stays byte-for-byte, and the rest loads.
final class BadFileTests: XCTestCase {
    let badID = Fixtures.id(9)
    var badPath: String { "people/\(badID.uuidString.lowercased()).json" }

    /// The file a good save of person 9 would write.
    func goodText() throws -> String {
        String(decoding: try RecordCodec().encode(Fixtures.person(9)), as: UTF8.self)
    }

    /// A store holding people 1–3.
    func makeStore() throws -> ScratchFolder {
        let folder = ScratchFolder(self)
        let store = try GuildStore.create(at: folder.url, name: "Team")
        for n in 1...3 { try store.save(Fixtures.person(n), base: nil) }
        return folder
    }

    /// Loads a store holding a bad file and checks the one problem, the untouched bytes and that everything else loads.
    func assertBadFile(_ contents: Data, at relative: String? = nil, place expectedPlace: String?, reason expectedReason: String,
                       line: UInt = #line) throws {
        let folder = try makeStore()
        let relative = relative ?? badPath
        try folder.write(relative, contents)
        let store = try GuildStore.open(at: folder.url)
        let result = store.loadAll()
        XCTAssertEqual(result.problems.count, 1, "\(result.problems)", line: line)
        let problem = try XCTUnwrap(result.problems.first, line: line)
        XCTAssertEqual(problem.path, relative, line: line)
        XCTAssertEqual(problem.place, expectedPlace, "\(problem)", line: line)
        XCTAssertEqual(problem.reason, expectedReason, "\(problem)", line: line)
        XCTAssertEqual(Set(result.data.people.keys), Set((1...3).map(Fixtures.id)), line: line)
        XCTAssertEqual(folder.bytes(relative), contents, "loading changed the bad file", line: line)

        // Saving another record leaves it alone; saving over it is refused.
        XCTAssertEqual(try store.save(Fixtures.person(4), base: nil), .written, line: line)
        XCTAssertThrowsError(try store.save(Fixtures.person(9), base: nil), line: line) { error in
            guard case StoreError.unreadable = error else { return XCTFail("\(error)", line: line) }
        }
        XCTAssertEqual(folder.bytes(relative), contents, "saving changed the bad file", line: line)
        XCTAssertEqual(store.reload(full: true).problems.count, 1, line: line)
        XCTAssertFalse(store.isReadOnly, line: line)
    }

    func testInvalidJSONNamesLineAndColumn() throws {
        let broken = try goodText().replacingOccurrences(of: "\"p9\",\n", with: "\"p9\"\n")
        try assertBadFile(Data(broken.utf8), place: "line 3, column 3", reason: "expected ',' or '}', found '\"'")
    }

    func testTruncatedFile() throws {
        let cut = Data(try goodText().utf8.prefix(40))
        try assertBadFile(cut, place: "line 3, column 10", reason: "unterminated string")
    }

    func testWrongTypeNamesTheField() throws {
        let wrong = try goodText().replacingOccurrences(of: "\"Person 9\"", with: "42")
        try assertBadFile(Data(wrong.utf8), place: "field \"name\"", reason: "expected a string, found a number")
    }

    func testMissingField() throws {
        let missing = try goodText().replacingOccurrences(of: "  \"handle\" : \"p9\",\n", with: "")
        try assertBadFile(Data(missing.utf8), place: "field \"handle\"", reason: "missing")
    }

    func testInvalidUTF8() throws {
        var bytes = Data(try goodText().utf8)
        let index = bytes.firstIndex(of: UInt8(ascii: "P"))!
        bytes[index] = 0xFF
        try assertBadFile(bytes, place: "line 4, column 13", reason: "not valid UTF-8 text (byte 0xFF)")
    }

    func testGitConflictMarkers() throws {
        let text = """
        {
          "handle" : "p9",
          "id" : "\(badID.uuidString.lowercased())",
        <<<<<<< HEAD
          "name" : "Person Nine",
        =======
          "name" : "Person 9",
        >>>>>>> theirs
          "schema" : 1,
          "updatedAt" : "2026-03-01T09:30:00Z"
        }

        """
        try assertBadFile(Data(text.utf8), place: "line 4", reason: "unresolved git merge conflict (lines 4–8)")
    }

    func testEmptyAndNULFiles() throws {
        try assertBadFile(Data(), place: nil, reason: "the file is empty")
        try assertBadFile(Data(count: 4096), place: nil, reason: "the file holds only NUL bytes (damaged by a crash or a full disk)")
    }

    func testFileNameThatIsNotTheIdInside() throws {
        let other = try goodText().replacingOccurrences(of: badID.uuidString.lowercased(), with: Fixtures.id(8).uuidString.lowercased())
        try assertBadFile(Data(other.utf8), place: "field \"id\"",
                          reason: "the file name says \(badID.uuidString.lowercased()) but the record's id is \(Fixtures.id(8).uuidString.lowercased())")
    }

    func testIdWithPathTraversalIsRejected() throws {
        let traversal = try goodText().replacingOccurrences(of: badID.uuidString.lowercased(), with: "../../etc/passwd")
        try assertBadFile(Data(traversal.utf8), place: "field \"id\"", reason: "not a valid id (a UUID is expected)")
    }

    func testRecordThatBreaksItsOwnRules() throws {
        let blank = try goodText().replacingOccurrences(of: "\"Person 9\"", with: "\"  \"")
        let message: String
        do { try Person(id: badID, name: "  ", handle: "p9", updatedAt: Fixtures.now).validate(); message = "" } catch { message = error.message }
        try assertBadFile(Data(blank.utf8), place: "field \"name\"", reason: message)
    }

    func testBadDateNamesTheField() throws {
        let bad = try goodText().replacingOccurrences(of: "2026-03-01T09:30:00Z", with: "yesterday")
        try assertBadFile(Data(bad.utf8), place: "field \"updatedAt\"",
                          reason: "expected an ISO-8601 UTC date such as 2026-03-01T09:30:00Z, found \"yesterday\"")
    }

    func testDeepNestingDoesNotCrash() throws {
        let deep = try goodText().replacingOccurrences(of: "\"Person 9\"", with: String(repeating: "[", count: 50_000) + String(repeating: "]", count: 50_000))
        let folder = try makeStore()
        try folder.write(badPath, deep)
        let result = try GuildStore.open(at: folder.url).loadAll()
        XCTAssertEqual(result.problems.map(\.path), [badPath])
        XCTAssertEqual(result.data.people.count, 3)
    }

    func testHugeFileIsRefusedUnread() throws {
        var huge = Data(try goodText().utf8)
        huge.append(Data(repeating: 0x20, count: 16 << 20))
        try assertBadFile(huge, place: nil, reason: "too large (16.0 MiB; the limit is 16.0 MiB)")
    }

    func testFIFOIsNeverOpenedForBlockingRead() throws {
        let folder = try makeStore()
        XCTAssertEqual(mkfifo(folder.path(badPath), 0o644), 0)
        let store = try GuildStore.open(at: folder.url)
        let result = store.loadAll()
        XCTAssertEqual(result.problems.map(\.description), ["\(badPath): not a regular file (a FIFO)"])
        XCTAssertEqual(result.data.people.count, 3)
        XCTAssertThrowsError(try store.save(Fixtures.person(9), base: nil))
        var info = stat()
        XCTAssertEqual(lstat(folder.path(badPath), &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFIFO)
    }

    func testSymbolicLinksAreNotFollowed() throws {
        let folder = try makeStore()
        try folder.write("outside.json", try goodText())
        XCTAssertEqual(symlink(folder.path("outside.json"), folder.path(badPath)), 0)
        let store = try GuildStore.open(at: folder.url)
        let result = store.loadAll()
        XCTAssertEqual(result.problems.map(\.description), ["\(badPath): a symbolic link; links are not followed"])
        XCTAssertThrowsError(try store.save(Fixtures.person(9), base: nil))
        XCTAssertEqual(try String(contentsOfFile: folder.path("outside.json"), encoding: .utf8), try goodText())
    }

    func testOddFileAndFolderNamesAreReportedNotFollowed() throws {
        let folder = try makeStore()
        let lettered = UUID(uuidString: "abcdef00-0000-4000-8000-00000000abcd")!
        try folder.write("people/..json", try goodText())
        try folder.write("people/\(lettered.uuidString).json", try goodText())
        try folder.write("people/notes.md", "ignored: not a record file")
        try folder.write("people/sub/\(badID.uuidString.lowercased()).json", try goodText())
        let result = try GuildStore.open(at: folder.url).loadAll()
        // Hidden names (such as "..json") are never read; upper-case ids and sub-folders are reported.
        XCTAssertEqual(result.problems.map(\.path), ["people/\(lettered.uuidString).json", "people/sub"])
        XCTAssertEqual(result.data.people.count, 3)
        XCTAssertEqual(folder.bytes("people/..json"), Data(try goodText().utf8))
    }

    func testDuplicateIdAcrossGroupFoldersLoadsOneAndReportsTheOther() throws {
        let folder = ScratchFolder(self)
        let store = try GuildStore.create(at: folder.url, name: "Team")
        let note = NoteEntry(id: Fixtures.id(50), sessionID: Fixtures.id(1), kind: .note, text: "first", createdAt: Fixtures.now)
        try store.save(note, base: nil)
        var copy = note
        copy.sessionID = Fixtures.id(2)
        copy.text = "copy"
        let copyPath = Fixtures.path(copy)
        try folder.write(copyPath, try RecordCodec().encode(copy))
        let bytes = folder.bytes(copyPath)

        let reopened = try GuildStore.open(at: folder.url)
        let result = reopened.loadAll()
        XCTAssertEqual(result.problems.map(\.description),
                       ["\(copyPath): field \"id\": duplicate id: the same record is also in \(Fixtures.path(note))"])
        XCTAssertEqual(result.data.notes, [note.id: note])
        XCTAssertThrowsError(try reopened.save(copy, base: nil)) { error in
            guard case StoreError.duplicate = error else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(folder.bytes(copyPath), bytes)
    }

    func testNoteInTheWrongSessionFolder() throws {
        let folder = try makeStore()
        let note = NoteEntry(id: Fixtures.id(50), sessionID: Fixtures.id(1), kind: .note, text: "lost", createdAt: Fixtures.now)
        let wrong = "notes/\(Fixtures.id(2).uuidString.lowercased())/\(note.id.uuidString.lowercased()).json"
        try folder.write(wrong, try RecordCodec().encode(note))
        let result = try GuildStore.open(at: folder.url).loadAll()
        XCTAssertEqual(result.problems.map(\.description),
                       ["\(wrong): this record belongs in the folder notes/\(Fixtures.id(1).uuidString.lowercased())/"])
    }

    func testNewerSchemaRecordMakesTheStoreReadOnly() throws {
        let folder = try makeStore()
        let newer = try goodText().replacingOccurrences(of: "\"schema\" : 1", with: "\"schema\" : 7")
        try folder.write(badPath, newer)
        let store = try GuildStore.open(at: folder.url)
        let result = store.loadAll()
        XCTAssertEqual(result.problems.map(\.description),
                       ["\(badPath): field \"schema\": written by a newer Guild (schema 7; this one knows up to 1); the store is read-only"])
        XCTAssertTrue(result.isReadOnly)
        XCTAssertTrue(store.isReadOnly)
        XCTAssertThrowsError(try store.save(Fixtures.person(4), base: nil)) { error in
            guard case StoreError.readOnly(let reason) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(reason.contains(self.badPath) && reason.contains("schema 7"), reason)
        }
        XCTAssertEqual(folder.bytes(badPath), Data(newer.utf8))
        XCTAssertEqual(result.data.people.count, 3)
    }

    func testNewerManifestOpensReadOnly() throws {
        let folder = try makeStore()
        let manifest = String(decoding: folder.bytes("guild.json"), as: UTF8.self).replacingOccurrences(of: "\"schema\" : 1", with: "\"schema\" : 2")
        try folder.write("guild.json", manifest)
        let store = try GuildStore.open(at: folder.url)
        XCTAssertTrue(store.isReadOnly)
        XCTAssertEqual(store.readOnlyReason, "guild.json: field \"schema\": written by a newer Guild (schema 2; this one knows up to 1); the store is read-only")
        let result = store.loadAll()
        XCTAssertEqual(result.data.people.count, 3)
        XCTAssertThrowsError(try store.save(Fixtures.person(1), base: nil)) { error in
            XCTAssertEqual("\(error)", "the store is read-only: guild.json: field \"schema\": written by a newer Guild (schema 2; this one knows up to 1); the store is read-only")
        }
        XCTAssertEqual(String(decoding: folder.bytes("guild.json"), as: UTF8.self), manifest)
    }

    /// Every prefix and many bit flips of a valid file: decoding never traps and a failure always says where or why.
    func testMutationsNeverCrashAndAlwaysExplain() throws {
        let good = Data(try goodText().utf8)
        let codec = RecordCodec()
        // Everything short of the closing brace (the trailing newline is optional).
        for length in 0..<(good.count - 1) {
            let result = codec.decode(Person.self, from: good.prefix(length), path: "p.json")
            guard case .failure(let problem) = result else { return XCTFail("a prefix of \(length) bytes decoded") }
            XCTAssertFalse(problem.reason.isEmpty)
        }
        var random = SeededRandom(seed: 7)
        for _ in 0..<2_000 {
            var bytes = good
            let index = Int.random(in: 0..<bytes.count, using: &random)
            bytes[index] ^= UInt8(1) << UInt8.random(in: 0..<8, using: &random)
            if case .failure(let problem) = codec.decode(Person.self, from: bytes, path: "p.json") {
                XCTAssertFalse(problem.reason.isEmpty)
            }
        }
    }
}
