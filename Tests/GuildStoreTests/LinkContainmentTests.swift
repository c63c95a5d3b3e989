import Foundation
import GuildCore
@testable import GuildStore
import XCTest

/// Symbolic links in a store (as a teammate could commit them): no read or write ever goes through one — not for
/// record folders, a session's notes folder, the lock, the load cache, the sync status or documents such as minutes.
final class LinkContainmentTests: XCTestCase {
    var folder: ScratchFolder!
    var outside: URL!
    var session: Session!

    override func setUpWithError() throws {
        folder = ScratchFolder(self)
        outside = folder.url.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        let store = try GuildStore.create(at: folder.url.appendingPathComponent("store"), name: "Links", now: Fixtures.now)
        session = Session(id: Fixtures.id(100), title: "Weekly", format: .techTalk, start: Fixtures.now, updatedAt: Fixtures.now)
        try store.save(session, base: nil)
        try store.save(Fixtures.person(1), base: nil)
    }

    var store: URL { folder.url.appendingPathComponent("store") }

    func link(_ relative: String, to target: URL) throws {
        let path = store.appendingPathComponent(relative).path
        try? FileManager.default.removeItem(atPath: path)
        XCTAssertEqual(symlink(target.path, path), 0)
    }

    /// Every file below the outside folder with its bytes.
    func outsideFiles() -> [String: Data] {
        var result: [String: Data] = [:]
        for name in FileManager.default.enumerator(atPath: outside.path)?.allObjects as? [String] ?? [] {
            var isFolder: ObjCBool = false
            let path = outside.appendingPathComponent(name).path
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            result[name] = FileManager.default.contents(atPath: path) ?? Data()
        }
        return result
    }

    func note(_ text: String) -> NoteEntry {
        NoteEntry(sessionID: session.id, kind: .note, text: text, author: Fixtures.id(1), createdAt: Fixtures.now)
    }

    func testALinkedNotesFolderIsNeitherReadNorWritten() throws {
        let notes = outside.appendingPathComponent("notes")
        try FileManager.default.createDirectory(at: notes, withIntermediateDirectories: true)
        let planted = note("read from outside")
        try Data(RecordCodec().encode(planted)).write(to: notes.appendingPathComponent(StoreLayout.fileName(for: planted.id)))
        let before = outsideFiles()
        try FileManager.default.createDirectory(at: store.appendingPathComponent("notes"), withIntermediateDirectories: true)
        try link("notes/\(session.id.uuidString.lowercased())", to: notes)

        let opened = try GuildStore.open(at: store)
        let result = opened.loadAll(includeNotes: true)
        XCTAssertTrue(result.data.notes.isEmpty)
        XCTAssertEqual(result.problems.map(\.description), ["notes/\(session.id.uuidString.lowercased()): a symbolic link; links are not followed"])
        let (notesShown, problems) = opened.notes(forSession: session.id)
        XCTAssertTrue(notesShown.isEmpty)
        XCTAssertFalse(problems.isEmpty)
        XCTAssertThrowsError(try opened.record(NoteEntry.self, id: planted.id, groupID: session.id)) { error in
            XCTAssertTrue("\(error)".contains("symbolic link"), "\(error)")
        }
        XCTAssertThrowsError(try opened.save(note("written through the link"), base: nil)) { error in
            XCTAssertTrue("\(error)".contains("notes/\(session.id.uuidString.lowercased()) is a symbolic link"), "\(error)")
        }
        XCTAssertEqual(outsideFiles(), before)
    }

    func testALinkedKindFolderIsNeitherReadNorWritten() throws {
        let people = outside.appendingPathComponent("people")
        try FileManager.default.createDirectory(at: people, withIntermediateDirectories: true)
        try RecordCodec().encode(Fixtures.person(7)).write(to: people.appendingPathComponent(StoreLayout.fileName(for: Fixtures.id(7))))
        let before = outsideFiles()
        try FileManager.default.removeItem(at: store.appendingPathComponent("people"))
        try link("people", to: people)
        let opened = try GuildStore.open(at: store)
        let result = opened.loadAll()
        XCTAssertTrue(result.data.people.isEmpty)
        XCTAssertEqual(result.problems.map(\.description), ["people: a symbolic link; links are not followed"])
        XCTAssertThrowsError(try opened.record(Person.self, id: Fixtures.id(7)))
        XCTAssertThrowsError(try opened.save(Fixtures.person(8), base: nil))
        XCTAssertThrowsError(try opened.saveAll([Fixtures.person(9)]))
        XCTAssertEqual(outsideFiles(), before)
    }

    func testLinksInThePrivateFolderAreReplacedNeverFollowed() throws {
        let target = outside.appendingPathComponent("lock-target")
        try link(".guild/lock", to: target)
        let cache = outside.appendingPathComponent("cache")
        try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        try link(".guild/cache", to: cache)
        let opened = try GuildStore.open(at: store)
        opened.cacheMinimumEntries = 0
        _ = opened.loadAll()
        opened.waitForCacheWork()
        try opened.save(Fixtures.person(2), base: nil)
        XCTAssertFalse(FileManager.default.fileExists(atPath: target.path), "the lock was created where the link pointed")
        XCTAssertEqual(outsideFiles(), [:], "the load cache was written outside the store")
        var info = stat()
        XCTAssertEqual(lstat(store.appendingPathComponent(".guild/lock").path, &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFREG)

        // The whole private folder as a link: replaced by a real one; sync status goes inside the store.
        try FileManager.default.removeItem(at: store.appendingPathComponent(".guild"))
        try link(".guild", to: outside)
        let reopened = try GuildStore.open(at: store)
        XCTAssertNil(reopened.readOnlyReason)
        try PrivateFolder.write(Data("ok\n".utf8), name: "sync-status", in: reopened.layout)
        XCTAssertEqual(outsideFiles(), [:])
        XCTAssertEqual(FileManager.default.contents(atPath: store.appendingPathComponent(".guild/sync-status").path), Data("ok\n".utf8))
    }

    func testDocumentsAreReadAndWrittenOnlyInsideTheStore() throws {
        let secret = outside.appendingPathComponent("id_rsa")
        try Data("private key\n".utf8).write(to: secret)
        let opened = try GuildStore.open(at: store)
        let minutes = "minutes/\(session.id.uuidString.lowercased()).md"
        try opened.writeDocument("# Minutes\n", at: minutes)
        XCTAssertEqual(try opened.document(at: minutes), "# Minutes\n")
        XCTAssertTrue(opened.hasDocument(at: minutes))

        try link(minutes, to: secret)
        XCTAssertFalse(opened.hasDocument(at: minutes))
        XCTAssertThrowsError(try opened.document(at: minutes)) { error in
            XCTAssertEqual("\(error)".contains("\(minutes): a symbolic link"), true, "\(error)")
        }
        // Writing replaces the link with the store's own file; the target is untouched.
        try opened.writeDocument("# New minutes\n", at: minutes)
        XCTAssertEqual(try String(contentsOf: secret, encoding: .utf8), "private key\n")
        XCTAssertEqual(try opened.document(at: minutes), "# New minutes\n")

        try FileManager.default.removeItem(at: store.appendingPathComponent("minutes"))
        try link("minutes", to: outside)
        XCTAssertThrowsError(try opened.document(at: minutes))
        XCTAssertThrowsError(try opened.writeDocument("# Elsewhere\n", at: minutes)) { error in
            XCTAssertTrue("\(error)".contains("minutes is a symbolic link"), "\(error)")
        }
        XCTAssertEqual(outsideFiles().keys.sorted(), ["id_rsa"])
    }

    func testALinkedManifestIsNotReadAndTheStoreOpensReadOnly() throws {
        let manifest = outside.appendingPathComponent("guild.json")
        try Data(contentsOf: store.appendingPathComponent("guild.json")).write(to: manifest)
        let before = outsideFiles()
        try link("guild.json", to: manifest)
        let opened = try GuildStore.open(at: store)
        XCTAssertEqual(opened.readOnlyReason, "guild.json could not be read (guild.json: a symbolic link; links are not followed)")
        XCTAssertThrowsError(try opened.save(Fixtures.person(3), base: nil))
        XCTAssertEqual(outsideFiles(), before)
    }

    func testContainedPathNamesThePartThatIsALink() throws {
        let layout = StoreLayout(root: store)
        try link("skills", to: outside)
        XCTAssertEqual(layout.refusal("skills/x.json"), "skills is a symbolic link; links are not followed")
        XCTAssertEqual(layout.refusal("people/x.json"), nil)
        XCTAssertEqual(layout.refusal("../outside/x.json"), "../outside/x.json is not a path inside the store")
        XCTAssertThrowsError(try FolderListing.entries(of: store.appendingPathComponent("skills").path))
    }
}
