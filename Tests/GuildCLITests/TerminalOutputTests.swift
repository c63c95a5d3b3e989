import Foundation
@testable import GuildCLI
import XCTest

/// One way to the terminal: the command line writes to stdout, stderr and document files only through `Terminal`
/// (and `JSONOutput`), each destination with its sanitiser. The end-to-end proof is `HostileTextEndToEndTests`.
final class TerminalOutputTests: XCTestCase {
    /// Files allowed to write by themselves, and why.
    private let exempt: [String: String] = [
        "Support/Terminal.swift": "the one way out",
        "Runtime/ExternalEditor.swift": "hands the person's own text, exact, to their editor",
        "Runtime/MeetingEffects.swift": "writes the minutes through SafeText.sanitizeDocument (checked below)",
        "Support/StoredMinutes.swift": "rewrites the minutes after a late note through SafeText.sanitizeDocument (checked below)",
        "Runtime/DashboardSync.swift": "writes .guild/sync-status through SafeText.sanitize (checked below)",
        "Support/MachineIdentity.swift": "writes .guild/me.json: a person id and a validated handle, as JSONOutput encodes them",
    ]

    func testNoOtherCodeWritesToTheTerminalOrADocument() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/GuildCLI")
        let patterns = ["Swift.print(", "FileHandle.standardOutput", "FileHandle.standardError", ".write(to:", "fputs(", "fwrite(",
                        "DurableFile.write(", "store.writeDocument(", "PrivateFolder.write(", "write(STDOUT_FILENO", "write(STDERR_FILENO", "readLine(strippingNewline: false"]
        var offenders: [String] = []
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)!.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        XCTAssertGreaterThan(files.count, 40)
        for file in files {
            let relative = String(file.path.dropFirst(root.path.count + 1))
            guard exempt[relative] == nil else { continue }
            let text = try String(contentsOf: file, encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let code = line.trimmingCharacters(in: .whitespaces)
                if code.hasPrefix("//") { continue }
                for pattern in patterns where code.contains(pattern) { offenders.append("\(relative):\(number + 1): \(code)") }
                // A bare print( that is not Terminal.print(.
                if code.range(of: #"(^|[^.\w])print\("#, options: .regularExpression) != nil { offenders.append("\(relative):\(number + 1): \(code)") }
            }
        }
        XCTAssertEqual(offenders, [], "write through Terminal (lines, documents, JSON) instead")
        let minutes = try String(contentsOf: root.appendingPathComponent("Runtime/MeetingEffects.swift"), encoding: .utf8)
        XCTAssertTrue(minutes.contains("store.writeDocument(SafeText.sanitizeDocument("))
        let refreshed = try String(contentsOf: root.appendingPathComponent("Support/StoredMinutes.swift"), encoding: .utf8)
        XCTAssertEqual(refreshed.components(separatedBy: "store.writeDocument(").count - 1,
                       refreshed.components(separatedBy: "store.writeDocument(SafeText.sanitizeDocument(").count - 1)
        let status = try String(contentsOf: root.appendingPathComponent("Runtime/DashboardSync.swift"), encoding: .utf8)
        XCTAssertTrue(status.contains("SafeText.sanitize(outcome.summary)"))
    }

    func testJSONKeepsTheDataAndEscapesWhatATerminalWouldRun() throws {
        struct Record: Codable, Equatable { var name: String }
        let hostile = Record(name: "a\u{1B}]0;t\u{07}\u{85}\u{9B}2J\u{202E}\u{2066}\u{200F}\u{2028}\u{0}\u{7F}z 日本")
        let bytes = try JSONOutput.encode([hostile])
        let text = String(decoding: bytes, as: UTF8.self)
        for scalar in text.unicodeScalars where scalar != "\n" {
            XCTAssertFalse(scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || [0x202E, 0x2066, 0x200F, 0x2028].contains(scalar.value),
                           "raw U+\(String(scalar.value, radix: 16)) in \(text)")
        }
        XCTAssertTrue(text.contains(#"\u0085\u009B2J\u202E\u2066\u200F\u2028"#), text)
        XCTAssertEqual(try JSONDecoder().decode([Record].self, from: bytes), [hostile], "the data stays exact")
    }
}
