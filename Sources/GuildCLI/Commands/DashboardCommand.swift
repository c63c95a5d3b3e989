import ArgumentParser
import Foundation

/// `guild` / `guild dashboard`: opens the dashboard on the store.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the dashboard (the default when no subcommand is given).",
        discussion: """
        Three panes: upcoming sessions, the skills matrix and open action items. Press ? for every key. \
        Changes other people make to the store (for example `guild add action` in another terminal) appear \
        within a second.

        Themes: default, light, high-contrast (for projectors), colorblind, monochrome; t cycles them live. \
        Your own themes go in $XDG_CONFIG_HOME/guild/themes/NAME.json, key overrides in \
        $XDG_CONFIG_HOME/guild/keys.json ({"app.quit": ["q", "ctrl+q"]}). NO_COLOR selects monochrome. \
        On xterm-like terminals Guild writes its own minimal updates; if a terminal misdraws, \
        GUILD_TERMINAL_OUTPUT=curses lets curses draw instead.

        Examples:
          guild
          guild --store ~/guild --theme high-contrast
          guild --pull-every 30                # a shared screen following git
          guild --community "Platform guild"   # one community's sessions only
        """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "The colour theme (default: $GUILD_THEME, else default).")
    var theme: String?

    @Option(help: ArgumentHelp("Sync the store through git every N seconds while open (see guild sync), so a shared screen shows notes typed elsewhere.", valueName: "seconds"))
    var pullEvery: Int?

    @Option(help: "Scope the three panes to one community of practice (c cycles the scope, C lists communities, H shows programme health).")
    var community: String?

    func run() throws {
        try OptionRange.check(pullEvery, 1...86_400, option: "--pull-every", unit: "seconds")
        let code = try DashboardProgram.run(storeURL: storeOptions.url, preferredTheme: theme, community: community,
                                            pullEvery: pullEvery.map(TimeInterval.init))
        if code != 0 { throw ExitCode(code) }
    }
}
