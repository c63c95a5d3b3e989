import ChildProcesses
import Foundation
import GuildCore

/// The whole benchmark: per scale, prepare the cached store (timing generation), measure in a child process, report.
struct BenchRunner {
    let options: BenchOptions

    func run() throws {
        var reports: [ScaleReport] = []
        for scale in options.scales {
            let fixture = BenchFixture(scale: scale, options: options)
            // Generation is timed here, in the parent, so its memory never counts towards the child's peak.
            let (generation, data) = fixture.generate(runs: min(3, options.runs))
            var extra = [Metric("generate: ScaledTeam.make", generation)]
            if options.regenerate || !fixture.isReady {
                let milliseconds = try fixture.write(data)
                extra.append(Metric("write store: saveAll (durable, parallel)", value: milliseconds, unit: "ms"))
            }
            if options.screensOnly {
                reports.append(try screensReport(scale, fixture: fixture, extra: extra))
                continue
            }
            if options.commands.only {
                reports += try commandReports(scale, fixture: fixture, extra: extra)
                continue
            }
            FileHandle.standardError.write(Data("Measuring \(scale.rawValue) on \(fixture.url.path)…\n".utf8))
            var report: ScaleReport = try runChild(options.childArguments(for: scale), scale)
            for includeNotes in [false, true] {
                let memory: [Metric] = try runChild(options.memoryChildArguments(for: scale, includeNotes: includeNotes), scale)
                report.metrics += memory
            }
            report.metrics = extra + report.metrics
            if let guild = endToEndBinary() {
                FileHandle.standardError.write(Data("Measuring \(scale.rawValue) end to end with \(guild)…\n".utf8))
                let targets = ScaleMeasurement.targets(for: scale)
                let dashboard = PtyDashboard(guild: guild, store: fixture.url)
                report.metrics += try dashboard.measure(presses: options.runs * 10, targets: (targets.frame, targets.key, targets.memory),
                                                        starts: options.runs)
            } else if !options.skipEndToEnd {
                report.notes.append("no guild binary next to guild-bench: build it (swift build -c release) or pass --guild PATH")
            }
            reports.append(report)
            reports.append(try screensReport(scale, fixture: fixture, extra: []))
            reports += try commandReports(scale, fixture: fixture, extra: [])
        }
        if !options.skipLongText, !options.screensOnly, !options.commands.only {
            FileHandle.standardError.write(Data("Measuring the sample team with 100,000-character fields…\n".utf8))
            for length in [0, LongTextMeasurement.length] {
                reports.append(try runChild(options.longTextChildArguments(length: length), .team))
            }
        }
        print(ReportTable.text(reports))
        if let path = options.jsonPath {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(reports).write(to: URL(fileURLWithPath: path))
            print("\nWrote \(path)")
        }
    }

    /// The screens besides home at `scale`, measured in a child process of their own (`ScreenMeasurement`).
    private func screensReport(_ scale: DemoScale, fixture: BenchFixture, extra: [Metric]) throws -> ScaleReport {
        FileHandle.standardError.write(Data("Measuring the screens besides home at \(scale.rawValue)…\n".utf8))
        let metrics: [Metric] = try runChild(options.screensChildArguments(for: scale), scale)
        return ScaleReport(scale: "\(scale.rawValue) screens", records: [:], metrics: extra + metrics,
                           notes: ["idle: the run loop draws only when something happened, so an idle screen costs its clock tick "
                                   + "(reduced, drawn, diffed): once a minute on the dashboard, once a second in the meeting; "
                                   + "as a share of one core"])
    }

    /// The `guild` binary to run in a pseudo-terminal, or nil when skipped or missing.
    private func endToEndBinary() -> String? {
        guard !options.skipEndToEnd else { return nil }
        let path = options.guildPath ?? URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("guild").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    /// Runs this executable again with `arguments` (a child mode) and decodes the JSON it prints.
    private func runChild<T: Decodable>(_ arguments: [String], _ scale: DemoScale) throws -> T {
        // Its report can be large at organisation scale; its messages go to this terminal as before.
        let child = ChildProcess(executable: URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path,
                                 arguments: arguments)
        let completed = try child.run()
        FileHandle.standardError.write(completed.standardError)
        guard completed.termination.isSuccess else {
            throw BenchFailure("measuring \(scale.rawValue) failed (it \(completed.termination))")
        }
        let bytes = completed.standardOutput
        return try JSONDecoder().decode(T.self, from: bytes)
    }

    /// The child's side: measure one scale and print the report as JSON on stdout.
    static func measureChild(_ scale: DemoScale, options: BenchOptions) throws {
        let fixture = BenchFixture(scale: scale, options: options)
        guard fixture.isReady else { throw BenchFailure("no cached store at \(fixture.url.path)") }
        var measurement = ScaleMeasurement(scale: scale, url: fixture.url, runs: options.runs)
        let report = try measurement.run()
        FileHandle.standardOutput.write(try JSONEncoder().encode(report))
    }

    /// The child's side of the memory measurement: one dashboard start, its memory as JSON metrics on stdout.
    static func memoryChild(_ scale: DemoScale, includeNotes: Bool, options: BenchOptions) throws {
        let fixture = BenchFixture(scale: scale, options: options)
        guard fixture.isReady else { throw BenchFailure("no cached store at \(fixture.url.path)") }
        let measurement = ScaleMeasurement(scale: scale, url: fixture.url, runs: options.runs)
        FileHandle.standardOutput.write(try JSONEncoder().encode(try measurement.memory(includeNotes: includeNotes)))
    }

    /// The child's side of the long-text measurement: its report as JSON on stdout.
    static func longTextChild(length: Int, options: BenchOptions) throws {
        let folder = URL(fileURLWithPath: options.storeDir).appendingPathComponent("long-text-\(length)")
        let report = try LongTextMeasurement(folder: folder, runs: options.runs, length: length).run()
        FileHandle.standardOutput.write(try JSONEncoder().encode(report))
    }

    /// The child's side of the screens measurement: its metrics as JSON on stdout.
    static func screensChild(_ scale: DemoScale, options: BenchOptions) throws {
        let fixture = BenchFixture(scale: scale, options: options)
        guard fixture.isReady else { throw BenchFailure("no cached store at \(fixture.url.path)") }
        var measurement = ScreenMeasurement(scale: scale, url: fixture.url, runs: options.runs)
        FileHandle.standardOutput.write(try JSONEncoder().encode(try measurement.run()))
    }

    /// Warm starts only, printed as a table (`--starts-child`): what to run under a profiler.
    static func startsChild(_ scale: DemoScale, options: BenchOptions) throws {
        let fixture = BenchFixture(scale: scale, options: options)
        guard fixture.isReady else { throw BenchFailure("no cached store at \(fixture.url.path)") }
        let measurement = ScaleMeasurement(scale: scale, url: fixture.url, runs: options.runs)
        let report = ScaleReport(scale: scale.rawValue, records: [:], metrics: try measurement.warmStarts(), notes: [BuildLink.note])
        print(ReportTable.text([report]))
    }
}
