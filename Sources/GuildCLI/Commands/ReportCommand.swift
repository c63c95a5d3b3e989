import ArgumentParser
import Foundation
import GuildCore

/// `guild report`: the programme's Markdown report for a month or a quarter.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a Markdown report of a month or a quarter: sessions, participation, ratings, actions, gaps, kudos.",
        discussion: """
        The report lists the sessions held (linked to their minutes when the wrap-up wrote them), participation \
        (who attended, presented, facilitated and took notes, and how evenly those roles rotated), average \
        ratings per format, what became of action items (on time, late, still open), skill gaps closed and still \
        open, milestones worth celebrating and kudos from the learnings log. Without --month or --quarter it \
        covers the current month. It goes to stdout unless --output names a file.

        Examples:
          guild report
          guild report --month 2026-11 --output reports/2026-11.md
          guild report --quarter 2026-Q4 --community "Platform guild"
        """
    )

    @Option(help: ArgumentHelp("The month to report on.", valueName: "YYYY-MM"))
    var month: String?

    @Option(help: ArgumentHelp("The quarter to report on.", valueName: "YYYY-QN"))
    var quarter: String?

    @Option(help: "Only this community of practice (its sessions, members and their action items).")
    var community: String?

    @Option(name: [.short, .long], help: ArgumentHelp("Write the report to this file instead of stdout.", valueName: "file"))
    var output: String?

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        if month != nil && quarter != nil { throw CLIFailure("give --month or --quarter, not both") }
    }

    /// What the report reads: everything but notes, topics, solutions, pairings, meetings' progress and meeting votes.
    static let kinds: Set<RecordKind> = [.person, .skill, .ratingSheet, .session, .action, .learning, .community]

    func run() throws {
        let clock = try Clock.fromEnvironment()
        let period: ProgrammePeriod
        if let month {
            guard let parsed = ProgrammePeriod(text: month), parsed.length == .month else {
                throw CLIFailure("--month \(month) is not a month such as 2026-11")
            }
            period = parsed
        } else if let quarter {
            guard let parsed = ProgrammePeriod(text: quarter), parsed.length == .quarter else {
                throw CLIFailure("--quarter \(quarter) is not a quarter such as 2026-Q4")
            }
            period = parsed
        } else {
            period = ProgrammePeriod.containing(clock.now, length: .month, calendar: clock.calendar)
        }
        let loaded = try LoadedStore.open(storeOptions, kinds: Self.kinds)
        let scope = try community.map { ProgrammeScope(communityID: try CommunityLookup.find($0, in: loaded.data).id) } ?? .all
        let store = loaded.store
        let outputURL = output.map { URL(fileURLWithPath: ($0 as NSString).expandingTildeInPath) }
        let base = outputURL?.deletingLastPathComponent() ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let report = PeriodReport(
            data: loaded.data, period: period, now: clock.now, calendar: clock.calendar, scope: scope,
            storeName: loaded.store.storeManifest?.name ?? "", minutesLink: { session in
                let relative = MinutesDocument.relativePath(for: session.id)
                guard store.hasDocument(at: relative) else { return nil }
                return RelativePath.from(base, to: URL(fileURLWithPath: store.layout.absolute(relative)))
            })
        let text = report.markdown
        if let outputURL {
            do {
                try Terminal.writeDocument(text, to: outputURL)
            } catch {
                throw CLIFailure("cannot write \(outputURL.path): \((error as NSError).localizedDescription)")
            }
            Terminal.status("Wrote the \(period.title) report to \(outputURL.path).")
        } else {
            Terminal.printDocument(text)
        }
    }
}
