import Foundation
import GuildCore
@testable import GuildStore
import XCTest

/// STORE.md's bad-file list, generated: more than a thousand damaged variants of real record files. Each must give
/// an error naming the file (and the place, unless the whole file is the problem), stay byte-for-byte as it was,
/// leave every other record loading, and be judged quickly. Plus a seeded mutation run over the decoder.
///
/// `GUILD_LONG_FUZZ=1` multiplies the generated bit flips and mutations by ten.
final class FuzzBadFileCorpusTests: XCTestCase {
    let badID = Fixtures.id(9)
    var badPath: String { "people/\(badID.uuidString.lowercased()).json" }
    var scale: Int { ProcessInfo.processInfo.environment["GUILD_LONG_FUZZ"] == "1" ? 10 : 1 }

    /// One generated bad input: a label, the bytes (nil for a FIFO), and where it goes.
    struct Variant {
        var label: String
        var bytes: Data?
        var path: String?
    }

    func sampleText() throws -> String {
        String(decoding: try RecordCodec().encode(Person(id: badID, name: "Zoë Ångström 李雷", handle: "p9", team: "Platform",
                                                             role: "SRE", email: "z@example.com", away: false, updatedAt: Fixtures.now)),
               as: UTF8.self)
    }

    func variants() throws -> [Variant] {
        let text = try sampleText()
        let good = Data(text.utf8)
        var list: [Variant] = []
        var random = SeededRandom(seed: 2026)
        // Every truncation (short of the closing brace and newline, which still decode).
        for length in 0..<(good.count - 1) { list.append(Variant(label: "cut at \(length)", bytes: good.prefix(length))) }
        // Bit flips.
        for index in 0..<(500 * scale) {
            var bytes = good
            let at = Int.random(in: 0..<bytes.count, using: &random)
            bytes[at] ^= UInt8(1) << UInt8(index % 8)
            list.append(Variant(label: "bit \(index % 8) flipped at \(at)", bytes: bytes))
        }
        // NUL bytes inside, all-NUL files, empty.
        for index in 0..<60 {
            var bytes = good
            bytes.insert(0, at: Int.random(in: 0..<bytes.count, using: &random))
            list.append(Variant(label: "NUL inserted #\(index)", bytes: bytes))
        }
        for size in [1, 2, 7, 512, 4096, 65_536] { list.append(Variant(label: "\(size) NUL bytes", bytes: Data(count: size))) }
        // Invalid UTF-8.
        let invalid: [[UInt8]] = [[0xFF], [0xC0, 0x80], [0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0xF0, 0x9F, 0x98]]
        for (index, sequence) in invalid.enumerated() {
            for _ in 0..<10 {
                var bytes = good
                bytes.insert(contentsOf: sequence, at: Int.random(in: 0..<bytes.count, using: &random))
                list.append(Variant(label: "invalid UTF-8 #\(index)", bytes: bytes))
            }
        }
        // Wrong types for every field.
        let fields = ["away", "email", "handle", "id", "name", "role", "schema", "team", "updatedAt"]
        for field in fields {
            for wrong in ["42", "-1.5", "true", "null", "[]", "{}", "\"text\"", "[1, 2]", "{\"a\" : 1}", "1e999"] {
                let replaced = text.replacingOccurrences(of: #"("\#(field)" : )[^\n]*?(,?)\n"#, with: "$1\(wrong)$2\n",
                                                         options: .regularExpression)
                guard replaced != text else { continue }
                list.append(Variant(label: "\(field) = \(wrong)", bytes: Data(replaced.utf8)))
            }
        }
        // Future schemas, odd schemas.
        for schema in [0, -1, 2, 3, 99, 2_147_483_647] {
            list.append(Variant(label: "schema \(schema)", bytes: Data(text.replacingOccurrences(of: "\"schema\" : 1", with: "\"schema\" : \(schema)").utf8)))
        }
        // Conflict markers, as git and as Guild leave them, and unpaired ones.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for start in 1..<(lines.count - 2) {
            var marked = lines
            marked.insert("<<<<<<< HEAD", at: start)
            marked.insert("=======", at: start + 2)
            marked.insert(lines[start], at: start + 3)
            marked.insert(">>>>>>> theirs", at: start + 4)
            list.append(Variant(label: "conflict at line \(start)", bytes: Data(marked.joined(separator: "\n").utf8)))
            var unpaired = lines
            unpaired.insert("<<<<<<< HEAD", at: start)
            list.append(Variant(label: "unpaired marker at line \(start)", bytes: Data(unpaired.joined(separator: "\n").utf8)))
        }
        // Deep nesting and huge strings.
        for depth in [64, 65, 1_000, 10_000, 100_000] {
            for (open, close) in [("[", "]"), ("{\"a\":", "}")] {
                let nested = String(repeating: open, count: depth) + "1" + String(repeating: close, count: depth)
                list.append(Variant(label: "nesting \(depth) \(open)", bytes: Data(text.replacingOccurrences(of: "\"SRE\"", with: nested).utf8)))
            }
            list.append(Variant(label: "unclosed nesting \(depth)", bytes: Data(String(repeating: "[", count: depth).utf8)))
        }
        for size in [100_000, 4 << 20] {
            let huge = String(repeating: "\\u001b[2J", count: size / 10)
            list.append(Variant(label: "huge escaped string \(size)", bytes: Data(text.replacingOccurrences(of: "\"SRE\"", with: "\"\(huge)\"").utf8)))
        }
        var tooLarge = good
        tooLarge.append(Data(repeating: 0x20, count: 16 << 20))
        list.append(Variant(label: "over the size limit", bytes: tooLarge))
        // Misplaced: the id of another file, an id that tries to leave the folder, a FIFO.
        list.append(Variant(label: "id of another record", bytes: Data(text.replacingOccurrences(of: badID.uuidString, with: Fixtures.id(1).uuidString).utf8)))
        list.append(Variant(label: "path traversal id", bytes: Data(text.replacingOccurrences(of: badID.uuidString, with: "../../../etc/passwd").utf8)))
        list.append(Variant(label: "FIFO", bytes: nil))
        // Duplicate ids: the same note in two session folders.
        let note = NoteEntry(id: Fixtures.id(50), sessionID: Fixtures.id(2), kind: .note, text: "copy", createdAt: Fixtures.now)
        list.append(Variant(label: "duplicate note id", bytes: try RecordCodec().encode(note),
                            path: "notes/\(Fixtures.id(2).uuidString.lowercased())/\(Fixtures.id(50).uuidString.lowercased()).json"))
        return list
    }

    /// Problems that concern the whole file and so have no place inside it.
    func isWholeFile(_ problem: StoreProblem) -> Bool {
        ["the file is empty", "only NUL bytes", "too large", "not a regular file", "symbolic link", "belongs in the folder"]
            .contains { problem.reason.contains($0) }
    }

    func testEveryGeneratedBadFileIsReportedLeftAloneAndIsolated() throws {
        let folder = ScratchFolder(self)
        let store = try GuildStore.create(at: folder.url, name: "Team")
        for n in 1...3 { try store.save(Fixtures.person(n), base: nil) }
        let original = NoteEntry(id: Fixtures.id(50), sessionID: Fixtures.id(1), kind: .note, text: "first", createdAt: Fixtures.now)
        try store.save(original, base: nil)
        let all = try variants()
        XCTAssertGreaterThanOrEqual(all.count, 1_000)
        var rejected = 0
        var accepted = 0
        var slowest = 0.0
        for variant in all {
            let relative = variant.path ?? badPath
            if let bytes = variant.bytes {
                try folder.write(relative, bytes)
            } else {
                XCTAssertEqual(mkfifo(folder.path(relative), 0o644), 0)
            }
            let started = Date()
            let opened = try GuildStore.open(at: folder.url)
            let result = opened.loadAll()
            let elapsed = Date().timeIntervalSince(started)
            slowest = max(slowest, elapsed)
            XCTAssertLessThan(elapsed, 5, "\(variant.label) took \(elapsed) s")
            XCTAssertEqual(Set(result.data.people.keys).intersection((1...3).map(Fixtures.id)).count, 3, variant.label)
            XCTAssertEqual(result.data.notes[original.id]?.text, "first", variant.label)
            if result.problems.isEmpty {
                accepted += 1 // a flip inside text, say: still a valid record
            } else {
                rejected += 1
                for problem in result.problems {
                    XCTAssertEqual(problem.path, relative, "\(variant.label): \(problem)")
                    XCTAssertFalse(problem.reason.isEmpty, variant.label)
                    XCTAssertTrue(problem.place != nil || isWholeFile(problem), "\(variant.label): no place in \(problem)")
                }
                if !opened.isReadOnly, variant.path == nil {
                    XCTAssertThrowsError(try opened.save(Fixtures.person(9), base: nil), variant.label)
                }
            }
            if let bytes = variant.bytes {
                XCTAssertEqual(folder.bytes(relative), bytes, "\(variant.label): the file changed")
            }
            XCTAssertEqual(unlink(folder.path(relative)), 0)
            if variant.path != nil { try? FileManager.default.removeItem(atPath: folder.path((relative as NSString).deletingLastPathComponent)) }
        }
        print("bad-file corpus: \(all.count) variants, \(rejected) reported with file and place, \(accepted) still valid records, "
              + "slowest load \(Int(slowest * 1_000)) ms")
    }

    /// Seeded mutations of every kind of record file through the decoder: never a crash, every failure explained,
    /// every success re-encodes to a file that decodes to the same record.
    func testSeededMutationsOfEveryRecordKindNeverCrashTheDecoder() throws {
        let codec = RecordCodec()
        let session = Session(id: Fixtures.id(1), title: "Talk", format: .techTalk, details: "**md**", start: Fixtures.now,
                              attendees: [Fixtures.id(2)], agenda: [AgendaItem(id: Fixtures.id(3), title: "A", minutes: 5, isRound: true)],
                              recurrence: Recurrence(frequency: .weekly, until: Fixtures.now.addingTimeInterval(86_400 * 30)), updatedAt: Fixtures.now)
        let samples: [(Data, (Data) -> Result<Void, StoreProblem>)] = [
            (try codec.encode(Fixtures.person(1)), { data in codec.decode(Person.self, from: data, path: "p").map { _ in } }),
            (try codec.encode(session), { data in codec.decode(Session.self, from: data, path: "s").map { _ in } }),
            (try codec.encode(NoteEntry(sessionID: Fixtures.id(1), kind: .question, text: "Why?", createdAt: Fixtures.now)),
             { data in codec.decode(NoteEntry.self, from: data, path: "n").map { _ in } }),
            (try codec.encode(ActionItem(title: "Do", due: Day(year: 2026, month: 3, day: 4), createdAt: Fixtures.now)),
             { data in codec.decode(ActionItem.self, from: data, path: "a").map { _ in } }),
        ]
        var random = SeededRandom(seed: 8)
        var failures = 0
        let rounds = 5_000 * scale
        for round in 0..<rounds {
            let (good, decode) = samples[round % samples.count]
            var bytes = good
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                guard !bytes.isEmpty else { break }
                let at = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<5, using: &random) {
                case 0: bytes[at] ^= UInt8.random(in: 1...255, using: &random)
                case 1: bytes.insert(UInt8.random(in: 0...255, using: &random), at: at)
                case 2: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...16, using: &random)))
                case 3: bytes.insert(contentsOf: bytes[at..<min(bytes.count, at + 12)], at: at)
                default: bytes.insert(contentsOf: Array("{[\"\\,:0e-".utf8)[Int.random(in: 0..<10, using: &random)...].prefix(1), at: at)
                }
            }
            if case .failure(let problem) = decode(bytes) {
                failures += 1
                XCTAssertFalse(problem.reason.isEmpty)
            }
        }
        print("decoder mutations: \(rounds) inputs, \(failures) rejected with a reason, \(rounds - failures) still decoded")
    }
}
