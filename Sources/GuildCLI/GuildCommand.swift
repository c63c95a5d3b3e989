import ArgumentParser
import GuildBuildInfo
import Foundation

/// The `guild` command: with no subcommand it opens the dashboard on the store.
public struct GuildCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "guild",
        abstract: "A terminal dashboard for a team's knowledge sharing: sessions, the skills map and action items.",
        discussion: """
        Guild keeps everything in a folder of plain files (the store) that a team shares through git. \
        The store is $XDG_DATA_HOME/guild (or ~/.local/share/guild) unless --store or GUILD_STORE names another.

        Get started:
          guild demo --open        write a sample team and open the dashboard on it
          guild init               create an empty store for your team
          guild add person "Zoë Ångström" --handle zoe --team Platform
          guild add action "Fix flaky CI" --owner zoe --due fri
          guild                    open the dashboard (press ? inside for every key)
        """,
        version: "guild " + BuildInfo.version,
        subcommands: [
            MeetingCommand.self, AskCommand.self, RateMeetingCommand.self, ExportCommand.self,
            WhoCommand.self, GapsCommand.self, PairsCommand.self, StaffCommand.self, ImportCommand.self, TopicsCommand.self, SolutionsCommand.self, LearningsCommand.self,
            DashboardCommand.self, InitCommand.self, DemoCommand.self, ListCommand.self, AddCommand.self,
            RateCommand.self, DebugCommand.self, ReportCommand.self,
            SyncCommand.self, CloneCommand.self, MergeDriverCommand.self, KeysCommand.self,
            MeCommand.self, ConfigCommand.self, SessionCommand.self, ProposeCommand.self, VoteCommand.self,
        ],
        defaultSubcommand: DashboardCommand.self
    )

    public init() {}

    /// Runs the command line and exits. Every line it prints goes through `Terminal` (errors, usage and help included,
    /// which can quote arguments and stored text); an argument that is not UTF-8 is refused before anything runs.
    public static func runAndExit() -> Never {
        if let problem = ArgumentBytes.problem(in: ArgumentBytes.current) {
            Terminal.finish("Error: \(problem)", isError: true)
            Foundation.exit(1)
        }
        do {
            var command = try parseAsRoot(SessionCommand.reordered(Array(CommandLine.arguments.dropFirst())))
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if !message.isEmpty { Terminal.finish(code == .success ? message : oneLine(message), isError: code != .success) }
            OpenedStores.shared.finishCacheWrites()
            Foundation.exit(code.rawValue)
        }
        OpenedStores.shared.finishCacheWrites()
        Foundation.exit(0)
    }

    /// A usage error as one line: ArgumentParser's "Error: …", then where to read more, without the help and usage it adds.
    static func oneLine(_ message: String) -> String {
        let lines = message.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        guard lines.count > 1, lines.contains(where: { $0.hasPrefix("Usage: ") }), let first = lines.first else { return message }
        guard let see = lines.first(where: { $0.hasPrefix("See '") }), let end = see.dropFirst(5).firstIndex(of: "'") else { return first }
        return first + " (see " + see[see.index(see.startIndex, offsetBy: 5)..<end] + ")"
    }
}
