import Foundation
import GuildCore
import GuildStore

/// Every CLI command run as a person runs it — the real `guild` binary, a fresh process each time — on a scale's
/// store: wall time from spawn to exit and the process's peak memory, each beside its target.
///
/// Read-only commands run on the cached fixture; commands that write (`add action`, `rate`, `ask`, `import survey`)
/// run on a copy of it (`work`), so the fixture stays as generated.
struct CommandMeasurement {
    let guild: String
    let fixture: URL
    /// A scratch folder for the writable copy, the survey file and exports.
    let work: URL
    let runs: Int
    /// Only the rows whose name starts with one of these; empty: every row.
    var names: [String] = []

    /// The targets of issue 19: < 0.5 s for a command, < 5 s for exports of the whole site and imports; < 150 MB.
    static let commandTarget = MetricTarget.median(500)
    static let bulkTarget = MetricTarget.median(5_000)
    static let memoryTarget = MetricTarget(statistic: .median, limit: 150)

    /// The environment every command runs in: a pinned clock, no colour, the store given by --store.
    static let environment = ["GUILD_NOW": "2026-11-23T10:00:00Z", "NO_COLOR": "1"]

    /// One command: its row name, its arguments (without --store), whether it writes and whether it is a bulk one.
    private struct Case {
        var name: String
        var arguments: [String]
        var writes = false
        var bulk = false
        var runs: Int?
    }

    func run() throws -> (metrics: [Metric], notes: [String]) {
        let fm = FileManager.default
        try? fm.removeItem(at: work)
        try fm.createDirectory(at: work, withIntermediateDirectories: true)
        let copy = work.appendingPathComponent("store")
        let progress = BenchProgress("Copying the store for the commands that write")
        try CommandRun(program: "cp", arguments: ["-a", fixture.path, copy.path]).runChecked()
        progress.finish()
        let picks = try Picks(store: copy)
        let survey = work.appendingPathComponent("survey.csv")
        let surveyRows = min(2_000, picks.people.count)
        let site = work.appendingPathComponent("site").path
        let bulkRuns = max(1, min(runs, 3))
        var cases = [
            Case(name: "list sessions", arguments: ["list", "sessions"]),
            Case(name: "list actions --json", arguments: ["list", "actions", "--json"]),
            Case(name: "list people", arguments: ["list", "people"]),
            Case(name: "list skills", arguments: ["list", "skills"]),
            Case(name: "who \"\(picks.skill)\"", arguments: ["who", picks.skill]),
            Case(name: "gaps", arguments: ["gaps"]),
            Case(name: "staff \"\(picks.skill)\"", arguments: ["staff", picks.skill]),
            Case(name: "topics", arguments: ["topics"]),
            Case(name: "solutions", arguments: ["solutions"]),
            Case(name: "learnings find \"\(picks.word)\"", arguments: ["learnings", "find", picks.word]),
            Case(name: "pairs --dry-run", arguments: ["pairs", "--dry-run", "--seed", "1"], runs: bulkRuns),
            Case(name: "report --month 2026-11", arguments: ["report", "--month", "2026-11"]),
            Case(name: "report --quarter 2026-Q4", arguments: ["report", "--quarter", "2026-Q4"]),
            Case(name: "export ics", arguments: ["export", "ics"]),
            Case(name: "export matrix", arguments: ["export", "matrix"]),
            Case(name: "export minutes", arguments: ["export", "minutes", picks.heldSession]),
            Case(name: "export site", arguments: ["export", "site", site], bulk: true, runs: bulkRuns),
            Case(name: "add action", arguments: ["add", "action", "Benchmark follow-up", "--owner", picks.handle], writes: true),
            Case(name: "rate", arguments: ["rate", picks.handle, picks.skill, "3"], writes: true),
        ]
        if picks.hasLive {
            cases.append(Case(name: "ask", arguments: ["ask", "Can we measure this?"], writes: true))
        }
        cases.append(Case(name: "import survey (\(surveyRows) rows) --yes", arguments: ["import", "survey", survey.path, "--yes"], writes: true,
                          bulk: true, runs: bulkRuns))
        if !names.isEmpty { cases = cases.filter { item in names.contains { item.name.hasPrefix($0) } } }
        var metrics: [Metric] = []
        var notes: [String] = []
        let loadBefore = LoadAverage.now()
        if !picks.hasLive { notes.append("ask: no live session in the store, not measured") }
        for item in cases {
            let store = item.writes ? copy : fixture
            var times = Samples()
            var peaks = Samples()
            var cpu = Samples()
            let count = item.runs ?? runs
            let progress = BenchProgress("guild \(item.name)")
            for index in 0..<count {
                var arguments = item.arguments
                if item.name == "rate" { arguments[arguments.count - 1] = String(index % 2 + 2) }
                if item.arguments.first == "import" {
                    // Other answers each run, so every run writes every respondent's sheet.
                    try picks.surveyCSV(rows: surveyRows, shift: index + 1).write(to: survey, atomically: true, encoding: .utf8)
                }
                let outcome = try CommandRun(program: guild, arguments: arguments + ["--store", store.path],
                                             environment: Self.environment).run()
                guard outcome.status == 0 else {
                    notes.append("guild \(item.name) exited with status \(outcome.status)")
                    break
                }
                times.add(outcome.milliseconds)
                peaks.add(outcome.peakMegabytes)
                if let milliseconds = outcome.cpuMilliseconds { cpu.add(milliseconds) }
                progress.update(index + 1, of: count)
            }
            progress.finish()
            guard times.count > 0 else { continue }
            metrics.append(Metric("cli: guild \(item.name)", times, target: item.bulk ? Self.bulkTarget : Self.commandTarget))
            var memory = Metric("cli: guild \(item.name): peak memory", value: peaks.median, unit: "MB", target: Self.memoryTarget)
            memory.runs = peaks.count
            memory.p95 = peaks.p95
            metrics.append(memory)
            if cpu.count > 0 { metrics.append(Metric("cli: guild \(item.name): cpu (user + system)", cpu)) }
        }
        notes.append("load average (1, 5, 15 min) before: \(loadBefore); after: \(LoadAverage.now())")
        return (metrics, notes)
    }

    /// What the commands are asked about, picked from the store so every scale has real names.
    struct Picks {
        var handle: String
        var skill: String
        var word: String
        var heldSession: String
        var hasLive: Bool
        var people: [Person]
        var skills: [Skill]

        /// Reads the store once (records only) and makes a session live for `ask` when none is.
        init(store url: URL) throws {
            let store = try GuildStore.open(at: url)
            let data = store.loadAll(includeNotes: false).data
            people = data.people.values.sorted { $0.handle < $1.handle }
            skills = data.skills.values.sorted { $0.name < $1.name }
            guard let person = people.first, let skill = skills.first(where: { $0.name.lowercased().contains("kubernetes") }) ?? skills.first
            else { throw BenchFailure("the store has no people or no skills") }
            handle = person.handle
            self.skill = skill.name
            word = skill.name.split(separator: " ").first.map(String.init) ?? skill.name
            // The latest meeting wrapped up in Guild (`guild demo --scale` wraps up the held meetings of its series).
            let held = data.sessions.values.filter { $0.status == .done && data.meetings[$0.id] != nil }.max { $0.start < $1.start }
            heldSession = held?.id.uuidString ?? ""
            if !data.sessions.values.contains(where: { $0.status == .live }),
               let next = data.sessions.values.filter({ $0.status == .planned }).min(by: { $0.start < $1.start }) {
                var live = next
                live.status = .live
                _ = try store.save(live, base: next)
            }
            hasLive = true
            store.waitForCacheWork()
        }

        /// A wide survey export: a handle column and one level column per skill (40 skills), `rows` respondents.
        func surveyCSV(rows: Int, shift: Int) -> String {
            let columns = Array(skills.prefix(40))
            var lines = ["Handle," + columns.map { "\"\($0.name.replacingOccurrences(of: "\"", with: "\"\""))\"" }.joined(separator: ",")]
            for (row, person) in people.prefix(rows).enumerated() {
                let levels = columns.indices.map { String(($0 + row + shift) % 5) }
                lines.append(person.handle + "," + levels.joined(separator: ","))
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }
}
