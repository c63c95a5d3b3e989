import Foundation
import GuildCore

extension BenchRunner {
    /// The CLI commands' and `guild sync`'s rows at `scale` (unless skipped), as reports of their own ("org commands",
    /// "org sync"), measured with the `guild` binary as a person runs it.
    func commandReports(_ scale: DemoScale, fixture: BenchFixture, extra: [Metric]) throws -> [ScaleReport] {
        guard options.commands.commands || options.commands.sync else { return [] }
        let records = Self.fileCounts(at: fixture.url)
        guard let guild = commandBinary() else {
            return [ScaleReport(scale: "\(scale.rawValue) commands", records: records, metrics: extra,
                                notes: ["CLI commands not measured: no guild binary next to guild-bench (swift build -c release) or --guild PATH"])]
        }
        let work = URL(fileURLWithPath: options.storeDir).appendingPathComponent("work-\(scale.rawValue)")
        var reports: [ScaleReport] = []
        if options.commands.commands {
            FileHandle.standardError.write(Data("Measuring the CLI commands at \(scale.rawValue) with \(guild)…\n".utf8))
            let measured = try CommandMeasurement(guild: guild, fixture: fixture.url, work: work.appendingPathComponent("commands"),
                                                  runs: options.runs, names: options.commandNames).run()
            reports.append(ScaleReport(scale: "\(scale.rawValue) commands", records: records, metrics: extra + measured.metrics,
                                       notes: ["a fresh guild process per run: spawn to exit, peak memory from wait4"] + measured.notes))
        }
        if options.commands.sync {
            FileHandle.standardError.write(Data("Measuring guild sync at \(scale.rawValue) beside plain git…\n".utf8))
            let measured = try SyncMeasurement(guild: guild, fixture: fixture.url, work: work.appendingPathComponent("sync"),
                                               runs: max(1, min(options.runs, 5))).run()
            reports.append(ScaleReport(scale: "\(scale.rawValue) sync", records: records,
                                       metrics: (options.commands.commands ? [] : extra) + measured.metrics,
                                       notes: ["plain git and guild sync on two copies of the store, each with its own bare remote, in the same run"]
                                           + measured.notes))
        }
        return reports
    }

    /// Record files per kind folder ("people", "notes", …), counted on disk.
    static func fileCounts(at store: URL) -> [String: Int] {
        var counts: [String: Int] = [:]
        for kind in RecordKind.allCases {
            let folder = store.appendingPathComponent(kind.folder)
            guard let files = FileManager.default.enumerator(atPath: folder.path) else { continue }
            counts[kind.folder] = files.reduce(0) { count, path in (path as? String)?.hasSuffix(".json") == true ? count + 1 : count }
        }
        return counts
    }

    /// The `guild` binary for the CLI rows: --guild PATH, else the one built next to guild-bench (even with --no-e2e).
    private func commandBinary() -> String? {
        let path = options.guildPath ?? URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("guild").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }
}
