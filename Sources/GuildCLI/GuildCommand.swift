import ArgumentParser

/// The `guild` command: with no subcommand it opens the dashboard on the store.
public struct GuildCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "guild",
        abstract: "A terminal dashboard for a team's knowledge sharing: sessions, the skills map and action items.",
        discussion: """
        Guild keeps everything in a folder of plain files (the store) that a team shares through git.
        The store is $XDG_DATA_HOME/guild (or ~/.local/share/guild) unless --store or GUILD_STORE names another.

        Get started:
          guild demo --open                 write a sample team and open the dashboard on it
          guild init                        create an empty store for your team
          guild add person "Zoë Ångström" --handle zoe --team Platform
          guild add action "Fix flaky CI" --owner zoe --due fri
          guild                             open the dashboard (press ? inside for every key)
        """,
        version: "0.1.0",
        subcommands: [
            MeetingCommand.self, AskCommand.self, ExportCommand.self,
            WhoCommand.self, GapsCommand.self, PairsCommand.self, StaffCommand.self, ImportCommand.self, TopicsCommand.self, SolutionsCommand.self, LearningsCommand.self,
            DashboardCommand.self, InitCommand.self, DemoCommand.self, ListCommand.self, AddCommand.self,
            RateCommand.self, DebugCommand.self, ReportCommand.self,
            SyncCommand.self, CloneCommand.self, MergeDriverCommand.self, KeysCommand.self,
        ],
        defaultSubcommand: DashboardCommand.self
    )

    public init() {}
}
