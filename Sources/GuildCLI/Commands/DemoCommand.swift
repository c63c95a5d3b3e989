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
        The sample is 15 people in three teams with ratings, a weekly tech meeting and talks of every format,
        notes, action items (some overdue), learnings, topics, two communities and a solutions catalogue,
        all dated relative to today. The same --seed always gives the same data.

        Without --store the demo goes to $XDG_DATA_HOME/guild-demo (or ~/.local/share/guild-demo), never your
        real store. A folder that already holds a demo store is replaced; any other non-empty folder is refused.

        Examples:
          guild demo --open
          guild demo --store /tmp/team --seed 7
        """
    )

    @Option(name: .long, help: ArgumentHelp("Where to write the demo store (default: $XDG_DATA_HOME/guild-demo).", valueName: "path"))
    var store: String?

    @Option(help: "How much data: team (the sample team).")
    var scale: DemoScale = .team

    @Option(help: "The random seed; the same seed gives the same data.")
    var seed: UInt64 = 42

    @Flag(help: "Open the dashboard on the demo store afterwards.")
    var open = false

    enum DemoScale: String, ExpressibleByArgument, CaseIterable {
        case team
    }

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
        let data = SampleTeam.make(now: clock.now, calendar: clock.calendar, seed: seed)
        let store: GuildStore
        do {
            store = try GuildStore.create(at: url, name: DemoStore.name)
        } catch {
            throw CLIFailure("\(error)")
        }
        let records = DemoStore.records(of: data)
        var written = 0
        let progress = Progress(total: records.count, label: "Writing the sample team")
        for record in records {
            do {
                _ = try store.save(record)
            } catch {
                throw CLIFailure("\(error)")
            }
            written += 1
            progress.update(written)
        }
        progress.finish()
        Terminal.print("Wrote a sample team to \(url.path): \(data.people.count) people, \(data.skills.count) skills, "
            + "\(data.sessions.count) sessions, \(data.notes.count) notes, \(data.actions.count) action items.")
        if open {
            let code = try DashboardRunner.run(storeURL: url, preferredTheme: nil)
            if code != 0 { throw ExitCode(code) }
        } else {
            Terminal.print("Open it with: guild --store \(url.path)")
        }
    }
}
