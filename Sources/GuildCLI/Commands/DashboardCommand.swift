import ArgumentParser
import Foundation

/// `guild` / `guild dashboard`: opens the dashboard on the store.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the dashboard (the default when no subcommand is given).",
        discussion: """
        Three panes: upcoming sessions, the skills matrix and open action items. Press ? for every key.
        Changes other people make to the store (for example `guild add action` in another terminal) appear
        within a second.

        Themes: default, light, high-contrast (for projectors), colorblind, monochrome; t cycles them live.
        Your own themes go in $XDG_CONFIG_HOME/guild/themes/NAME.json, key overrides in
        $XDG_CONFIG_HOME/guild/keys.json ({"app.quit": ["q", "ctrl+q"]}). NO_COLOR selects monochrome.

        Examples:
          guild
          guild --store ~/guild --theme high-contrast
        """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "The colour theme (default: $GUILD_THEME, else default).")
    var theme: String?

    func run() throws {
        let code = try DashboardRunner.run(storeURL: storeOptions.url, preferredTheme: theme)
        if code != 0 { throw ExitCode(code) }
    }
}
