import Foundation
import GuildTestSupport
import XCTest

/// One way to the terminal, tried as a hostile teammate would: five payloads (CSI escapes, OSC 0/8/52, C1 controls, bidi
/// controls, NUL) in every text field of a store, in files to import and in arguments, through every command and every
/// error path, each run in a pseudo-terminal (`script`); the raw bytes the terminal received and every file written are
/// scanned for ESC, C1 controls, bidi controls and NUL: none may be found. Markdown is then parsed with a real parser
/// (Python's markdown-it-py) to check that names and titles add no HTML, links, emphasis or table cells.
final class HostileTextEndToEndTests: XCTestCase {
    /// The five payloads.
    static let payloads = [
        "\u{1B}[2J\u{1B}[31mred\u{1B}[0m\u{1B}[H",
        "\u{1B}]0;pwned\u{07}\u{1B}]52;c;cHduZWQ=\u{07}\u{1B}]8;;http://evil.example/\u{07}link\u{1B}]8;;\u{07}",
        "\u{85}\u{9B}2J\u{9D}0;c1\u{9C}\u{90}dcs\u{9C}",
        "\u{202E}\u{2066}\u{2067}\u{200F}\u{061C}evil",
        "nul\u{0}byte",
    ]
    static let payload = payloads.joined()
    /// What a Markdown renderer would act on.
    static let markdown = "Bob | Tables <script>alert(1)</script> *Star* _u_ [x](http://evil.example) www.evil.example # h"

    private var guild: GuildBinary!
    private var store: URL!
    private var work: URL!

    override func setUpWithError() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { throw XCTSkip("script (util-linux) is not installed") }
        guild = try GuildBinary.locate()
        work = try temporaryFolder(self, "guild-hostile")
        store = work.appendingPathComponent("store")
        let demo = try guild.run(["demo", "--store", store.path])
        XCTAssertEqual(demo.status, 0, demo.stderr)
        try Self.poison(store, with: Self.payload + " " + Self.markdown)
    }

    /// Appends `text` to every text field of every record file, as a teammate's commit could; adds minutes holding the
    /// control payloads and raw HTML (a minutes file is a Markdown document: its own emphasis and lists stay, HTML may
    /// not pass), a damaged record whose content is hostile, and a file whose name is an escape sequence.
    static func poison(_ store: URL, with text: String) throws {
        let fields: Set<String> = ["name", "title", "text", "need", "solution", "risks", "domain", "category", "desiredOutcome",
                                   "context", "approximateTime", "role", "team", "details", "location", "tag"]
        func grow(_ value: Any) -> Any {
            if var object = value as? [String: Any] {
                for (key, inner) in object {
                    if let string = inner as? String, fields.contains(key) { object[key] = string + text } else { object[key] = grow(inner) }
                }
                return object
            }
            if let array = value as? [Any] { return array.map(grow) }
            return value
        }
        var heldSession: String?
        for case let file as URL in FileManager.default.enumerator(at: store, includingPropertiesForKeys: nil)!
        where file.pathExtension == "json" && !file.path.contains("/.guild") && file.lastPathComponent != "guild.json" {
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: file))
            if file.path.contains("/sessions/"), (object as? [String: Any])?["status"] as? String == "done" {
                heldSession = file.deletingPathExtension().lastPathComponent
            }
            try JSONSerialization.data(withJSONObject: grow(object), options: [.prettyPrinted, .sortedKeys]).write(to: file)
        }
        let minutes = store.appendingPathComponent("minutes")
        try FileManager.default.createDirectory(at: minutes, withIntermediateDirectories: true)
        if let heldSession {
            // A document's own bare URLs autolink, as they would on any forge: the payload's link target is left out here.
            let controls = payload.replacingOccurrences(of: "http://evil.example/", with: "")
            let document = "# Minutes \(controls)\n\n- \(controls) <script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n"
            try Data(document.utf8).write(to: minutes.appendingPathComponent(heldSession + ".md"))
        }
        try Data("{\"name\": \"\(text.unicodeScalars.map { $0.value < 0x20 ? String(format: "\\u%04x", $0.value) : String($0) }.joined())\", \"id\": 3}\n".utf8)
            .write(to: store.appendingPathComponent("people/0b8e5a52-0000-4000-8000-00000000dead.json"))
        try Data("{}".utf8).write(to: store.appendingPathComponent("people/\u{1B}]0;pwned\u{07}\u{202E}.json"))
    }

    /// Runs `guild arguments…` in a pseudo-terminal (`script`), stdin from /dev/null; everything the terminal received.
    private func inTerminal(_ arguments: [String], environment: [String: String] = [:]) throws -> Data {
        var env = GuildBinary.pinnedClock
        env["TERM"] = "xterm-256color"
        env["XDG_CONFIG_HOME"] = work.appendingPathComponent("config").path
        env["COLUMNS"] = "120"
        env.merge(environment) { _, given in given }
        let exports = env.map { "\($0.key)=\(TmuxSession.quote($0.value))" }.joined(separator: " ")
        let command = "env \(exports) " + ([guild.url.path] + arguments).map(TmuxSession.quote).joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        process.currentDirectoryURL = work
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }

    /// Where `bytes` hold something a terminal would act on: ESC, NUL, a C1 control (encoded or as a raw byte) or a
    /// bidi control; each with a little context.
    static func findings(in bytes: Data) -> [String] {
        var found: [String] = []
        let raw = [UInt8](bytes)
        var index = 0
        while index < raw.count {
            let byte = raw[index]
            if byte == 0x1B || byte == 0x00 {
                found.append("byte \(index): 0x\(String(byte, radix: 16))")
                index += 1
                continue
            }
            guard byte >= 0x80 else { index += 1; continue }
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            guard length > 1, index + length <= raw.count, let scalar = String(bytes: raw[index..<index + length], encoding: .utf8)?.unicodeScalars.first else {
                // A byte that is no UTF-8 sequence: 0x80–0x9F would be a raw C1 control to an 8-bit terminal.
                if (0x80...0x9F).contains(byte) { found.append("byte \(index): raw 0x\(String(byte, radix: 16))") }
                index += 1
                continue
            }
            let v = scalar.value
            if (0x80...0x9F).contains(v) || v == 0x61C || v == 0x200E || v == 0x200F || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) {
                let context = String(decoding: raw[max(0, index - 30)..<min(raw.count, index + 30)], as: UTF8.self)
                found.append("byte \(index): U+\(String(v, radix: 16, uppercase: true)) in \(context.debugDescription)")
            }
            index += length
        }
        return found
    }

    private func assertClean(_ bytes: Data, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        let found = Self.findings(in: bytes)
        XCTAssertEqual(found.count, 0, "\(what): \(found.prefix(3))", file: file, line: line)
    }

    func testNoCommandOrErrorLetsAnythingReachTheTerminal() throws {
        let hostile = Self.payload
        let survey = work.appendingPathComponent("survey.csv")
        try Data("Name,Kubernetes,\(hostile)\nZoë Ångström,\(hostile),3\n\(hostile),2,1\n".utf8).write(to: survey)
        let ics = work.appendingPathComponent("cal.ics")
        try Data("\(hostile)\r\nBEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:\(hostile)\r\nDTSTART:2026-12-0x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n".utf8).write(to: ics)
        let s = ["--store", store.path]
        let runs: [[String]] = [
            ["list", "people"] + s, ["list", "sessions", "--all"] + s, ["list", "actions"] + s, ["list", "skills"] + s,
            ["list", "people", "--json"] + s, ["list", "sessions", "--json"] + s, ["list", "actions", "--json"] + s, ["list", "skills", "--json"] + s,
            ["who", "kubernetes"] + s, ["who", hostile] + s, ["gaps"] + s, ["staff", "Kubernetes"] + s, ["staff", hostile] + s,
            ["pairs", "--dry-run"] + s, ["pairs", "history"] + s, ["topics"] + s, ["topics", "--all"] + s, ["topics", "vote", hostile, "--by", "zoe"] + s,
            ["solutions"] + s, ["solutions", "find", "kafka"] + s, ["solutions", "edit", hostile, "--risks", hostile] + s,
            ["learnings"] + s, ["learnings", "find", "flaky"] + s,
            ["report", "--month", "2026-11"] + s, ["report", "--quarter", "2026-Q4"] + s, ["report", "--community", hostile] + s,
            ["report", "--month", "2026-11", "-o", work.appendingPathComponent("out/report.md").path] + s,
            ["export", "matrix"] + s, ["export", "matrix", "-o", work.appendingPathComponent("out/matrix.csv").path] + s,
            ["export", "ics"] + s, ["export", "ics", "-o", work.appendingPathComponent("out/guild.ics").path] + s,
            ["export", "minutes", "weekly"] + s, ["export", "minutes", hostile] + s,
            ["export", "site", work.appendingPathComponent("out/site").path] + s,
            ["import", "survey", survey.path] + s, ["import", "survey", survey.path, "--yes"] + s,
            ["import", "ics", ics.path, "--dry-run"] + s,
            ["add", "person", hostile, "--handle", "mallory", "--team", hostile] + s, ["add", "skill", hostile] + s,
            ["add", "skill", "Kubernetes"] + s, ["add", "action", hostile, "--owner", "mallory", "--due", "fri"] + s,
            ["add", "action", "x", "--owner", hostile] + s, ["add", "session", hostile, "--at", hostile] + s,
            ["rate", "nobody", "Kubernetes", "3"] + s, ["rate", "zoe", hostile, "3"] + s, ["rate", "zoe", "Kubernetes", hostile] + s,
            ["meeting", hostile] + s, ["meeting", "--notes", hostile] + s, ["ask", hostile, "--session", hostile] + s,
            ["learnings", "add", hostile, "--kind", "win", "--kudos", hostile] + s,
            ["sync"] + s, [hostile] + s, ["list", hostile] + s, ["list", "people", "--store", work.appendingPathComponent(hostile).path],
            ["rate", "--help"], ["export", "minutes", "--help"],
        ]
        var outputs = 0
        for arguments in runs {
            let output = try inTerminal(arguments)
            outputs += output.count
            assertClean(output, "guild \(arguments.dropLast(arguments.last == store.path ? 2 : 0).map(\.debugDescription).joined(separator: " "))")
        }
        let clock = try inTerminal(["list", "people"] + s, environment: ["GUILD_NOW": hostile])
        assertClean(clock, "GUILD_NOW=<payload>")
        let environmentStore = try inTerminal(["list", "people"], environment: ["GUILD_STORE": work.appendingPathComponent(hostile).path])
        assertClean(environmentStore, "GUILD_STORE=<payload>")
        XCTAssertGreaterThan(outputs, 20_000, "the commands printed what they hold")

        // Every file written for people to read.
        var files = 0
        for case let file as URL in FileManager.default.enumerator(at: work.appendingPathComponent("out"), includingPropertiesForKeys: nil)! {
            guard let bytes = FileManager.default.contents(atPath: file.path), !bytes.isEmpty else { continue }
            files += 1
            assertClean(bytes, file.path)
        }
        XCTAssertGreaterThanOrEqual(files, 8, "report, matrix, calendar and the site's pages")
        // The visible replacements are there: the text was shown, made harmless, not dropped.
        let people = String(decoding: try inTerminal(["list", "people"] + s), as: UTF8.self)
        XCTAssertTrue(people.contains("␛[2J␛[31mred"), String(people.suffix(600)).debugDescription)
        // JSON keeps the data exact (action item titles hold the payload within their 300-character limit).
        let json = try guild.run(["list", "actions", "--json"] + s)
        let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        XCTAssertTrue(decoded?.contains { ($0["title"] as? String)?.hasSuffix(Self.payload + " " + Self.markdown) == true } == true,
                      "an action item's title decodes back exactly")
        XCTAssertTrue(json.stdout.contains("\\u0085\\u009B2J"), "C1 controls escaped, not raw")
    }

    func testTheDashboardAndTheMeetingNeverChangeThePaneTitle() throws {
        let dashboard = try guild.openInTmux(["--store", store.path])
        try dashboard.expect("Upcoming sessions")
        let title = try dashboard.format("#{pane_title}")
        try dashboard.send("1")
        try dashboard.send("Enter")
        try dashboard.expect("Session")
        XCTAssertTrue(try dashboard.waitFor { $0.contains("␛[2J␛[31mred") && $0.contains("pwned") }.ok, "the session's title is shown, made harmless")
        try dashboard.send("Escape")
        XCTAssertTrue(try dashboard.waitFor { !$0.contains("Session ━") }.ok)
        try dashboard.send("C")
        XCTAssertTrue(try dashboard.waitFor { $0.contains("Communities") && $0.contains("␛[2J") }.ok, "the communities screen shows the payload")
        XCTAssertEqual(try dashboard.format("#{pane_title}"), title, "no OSC 0 reached the terminal")
        XCTAssertFalse(title.contains("pwned"))
        try dashboard.send("Escape")
        // Esc and a key sent together would arrive as Alt+key: wait for the screen to close first.
        XCTAssertTrue(try dashboard.waitFor { $0.contains("Skills matrix") }.ok)
        try dashboard.send("q")
        try dashboard.expect("EXIT=0")

        let meeting = try guild.openInTmux(["meeting", "Weekly tech meeting", "--store", store.path], environment: ["GUILD_SEED": "7"])
        try meeting.expect("Anonymous questions")
        XCTAssertTrue(try meeting.waitFor { $0.contains("␛[2J␛[31mred") }.ok, "the meeting shows the payload, made harmless")
        XCTAssertFalse(try meeting.format("#{pane_title}").contains("pwned"), "no OSC 0 reached the terminal")
        try meeting.send("q")
        try meeting.expect("EXIT=0")
    }

    /// The Markdown Guild writes, parsed by markdown-it-py (with GFM tables and linkify): no HTML, no links but Guild's own
    /// relative ones, no emphasis from names, and every table row with as many cells as its header.
    func testMarkdownFromHostileNamesKeepsItsStructure() throws {
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["python3", "-c", "import markdown_it, linkify_it"]
        check.standardError = FileHandle.nullDevice
        try check.run()
        check.waitUntilExit()
        guard check.terminationStatus == 0 else {
            throw XCTSkip("Python's markdown-it-py is not installed (python3 -m pip install markdown-it-py linkify-it-py; .ci/run installs it)")
        }
        let s = ["--store", store.path]
        let site = work.appendingPathComponent("site")
        XCTAssertEqual(try guild.run(["export", "site", site.path] + s).status, 0)
        let report = work.appendingPathComponent("report.md")
        XCTAssertEqual(try guild.run(["report", "--quarter", "2026-Q4", "-o", report.path] + s).status, 0)
        let post = work.appendingPathComponent("post.md")
        let wrote = try guild.run(["export", "post", "Weekly tech meeting", "-o", post.path] + s)
        XCTAssertEqual(wrote.status, 0, wrote.stderr)
        var documents = [report, post]
        for case let file as URL in FileManager.default.enumerator(at: site, includingPropertiesForKeys: nil)! where file.pathExtension == "md" {
            documents.append(file)
        }
        XCTAssertGreaterThan(documents.count, 8)
        let script = work.appendingPathComponent("check.py")
        try Data(Self.structureCheck.utf8).write(to: script)
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", script.path] + documents.map(\.path)
        let out = Pipe()
        python.standardOutput = out
        python.standardError = out
        try python.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        python.waitUntilExit()
        XCTAssertEqual(python.terminationStatus, 0, text)
        XCTAssertTrue(text.contains("literal names: "), text)
    }

    /// Parses each Markdown file: fails on html tokens, links that are not Guild's relative links (its anchors are made
    /// of names' letters), emphasis or strikethrough the payload made ("*Star*", "_u_"), and table rows whose cell count
    /// differs from their header's; counts the places the payload shows as literal text.
    static let structureCheck = #"""
    import sys
    from markdown_it import MarkdownIt
    md = MarkdownIt("gfm-like", {"linkify": True})
    problems, literal = [], 0
    for path in sys.argv[1:]:
        text = open(path, encoding="utf-8").read()
        if text.startswith("---\n"):
            # A front matter (a blog post's) is read by the site generator, not as Markdown.
            text = text[text.index("\n---\n", 4) + 5:]
        tokens = md.parse(text)
        header = None
        cells = 0
        for t in tokens:
            if t.type in ("html_block", "html_inline"):
                problems.append(f"{path}: raw HTML {t.content[:60]!r}")
            if t.type == "tr_open":
                cells = 0
            if t.type in ("th_open", "td_open"):
                cells += 1
            if t.type == "thead_open":
                header = None
            if t.type == "tr_close":
                if header is None:
                    header = cells
                elif cells != header:
                    problems.append(f"{path}: line {t.map}: a row of {cells} cells under a header of {header}")
            children = t.children or []
            inside = []
            for c in children:
                if c.type in ("html_inline",):
                    problems.append(f"{path}: inline HTML {c.content!r}")
                if c.type == "link_open":
                    href = c.attrs.get("href", "")
                    # The sample team's own materials (a recording, slides) are the only outside links allowed.
                    if (":" in href or href.startswith("//") or href.startswith("www")) and not href.startswith("https://media.example.com/guild/"):
                        problems.append(f"{path}: a link to {href!r}")
                if c.type in ("em_open", "strong_open", "s_open"):
                    inside.append(c.type)
                if c.type == "text" and inside and c.content.strip() in ("Star", "u", "x"):
                    problems.append(f"{path}: {inside[-1]} around {c.content!r}")
                if c.type in ("em_close", "strong_close", "s_close") and inside:
                    inside.pop()
                if c.type == "text" and "*Star*" in c.content and "[x](http://evil.example)" in c.content and "<script>" in c.content:
                    literal += 1
    print("literal names:", literal)
    for p in problems[:20]:
        print(p)
    sys.exit(1 if problems or literal == 0 else 0)
    """#
}
