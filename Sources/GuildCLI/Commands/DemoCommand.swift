import ArgumentParser
import Foundation
import GuildCore
import GuildStore

/// `guild demo`: writes a realistic sample team into a store, optionally opening the dashboard on it.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Write a sample team into a store (and open the dashboard on it with --open).",
        discussion: """
        The sample is 15 people in three teams with ratings, a weekly tech meeting and talks of every format, \
        notes, action items (some overdue), learnings, topics, two communities and a solutions catalogue, \
        all dated relative to today. The same --seed always gives the same data.

        --scale picks how much data to generate (for trying the dashboard at size, and for benchmarks):
          team  the 15-person sample team above (default)
          10k   200 people × 60 skills in 10 teams, 500 sessions, 5,000 notes,
                10,000 action items
          org   2,000 people × 300 skills in 40 teams, 5,000 sessions,
                100,000 notes, 20,000 action items
          4x-org  four times org: 8,000 people × 1,200 skills, 20,000 sessions,
                400,000 notes, 80,000 action items (for measuring headroom)

        Generated people have plausible names, sparse ratings clustered by team, recurring series, past and upcoming \
        sessions with agendas, and open, done, dropped and overdue action items. Writing org takes a while: every \
        file is written durably, with a progress bar.

        Without --store the demo goes to $XDG_DATA_HOME/guild-demo (or ~/.local/share/guild-demo), never your \
        real store. A folder that already holds a demo store is replaced; any other non-empty folder is refused.

        Examples:
          guild demo --open
          guild demo --store /tmp/team --seed 7
          guild demo --scale org --store /tmp/org
        """
    )

    @Option(name: .long, help: ArgumentHelp("Where to write the demo store (default: $XDG_DATA_HOME/guild-demo).", valueName: "path"))
    var store: String?

    @Option(help: ArgumentHelp("How much data: team (the sample team), 10k, org or 4x-org.", valueName: "team|10k|org|4x-org"))
    var scale: DemoScale = .team

    @Option(help: "The random seed; the same seed gives the same data.")
    var seed: UInt64 = 42

    @Flag(help: "Open the dashboard on the demo store afterwards.")
    var open = false

    /// The folder the demo goes to.
    var url: URL {
        if let store { return URL(fileURLWithPath: (store as NSString).expandingTildeInPath) }
        let environment = ProcessInfo.processInfo.environment
        let base = StoreLocation.resolve(explicit: nil, environment: environment.filter { $0.key != "GUILD_STORE" })
        return base.deletingLastPathComponent().appendingPathComponent("guild-demo")
    }

    func run() throws {
        let clock = try Clock.fromEnvironment()
        let url = url
        try DemoStore.replace(at: url)
        let generating = scale.shape.map { Progress(total: $0.totalRecords, label: "Generating \(scale.rawValue) data") }
        let data = ScaledTeam.make(scale: scale, now: clock.now, calendar: clock.calendar, seed: seed) { done, _ in
            generating?.update(done)
        }
        generating?.finish()
        let store: GuildStore
        do {
            store = try GuildStore.create(at: url, name: DemoStore.name)
        } catch {
            throw CLIFailure("\(error)")
        }
        let records = data.recordsInWriteOrder
        // One durable write per file, but each folder is synced once at the end instead of once per file.
        let writing = Progress(total: records.count, label: scale == .team ? "Writing the sample team" : "Writing \(scale.rawValue) data")
        do {
            try store.saveAll(records) { done, _ in writing.update(done) }
        } catch {
            throw CLIFailure("\(error)")
        }
        writing.finish()
        Terminal.print("Wrote \(scale == .team ? "a sample team" : "\(scale.rawValue) data") to \(url.path): \(data.people.count) people, \(data.skills.count) skills, "
            + "\(data.sessions.count) sessions, \(data.notes.count) notes, \(data.actions.count) action items.")
        if open {
            let code = try DashboardProgram.run(storeURL: url, preferredTheme: nil)
            if code != 0 { throw ExitCode(code) }
        } else {
            Terminal.print("Open it with: guild --store \(url.path)")
        }
    }
}

extension DemoScale: ExpressibleByArgument {}
