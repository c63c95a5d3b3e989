import ArgumentParser
import Foundation
import GuildUI

/// `guild keys`: every key binding of every screen with its id, as `keys.json` remaps it, and what is wrong with `keys.json`.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "List every key of every screen with the id that $XDG_CONFIG_HOME/guild/keys.json remaps.",
        discussion: """
        Prints one Markdown table per screen (dashboard, skills map, communities and health, conflicts, live meeting): \
        group, keys, id, what it does. Your keys.json is applied; unknown ids, unknown key names, printable keys where \
        a text field has the keys, and clashes are reported on stderr, and the command then exits with status 1.

        Examples:
          guild keys
          echo '{"app.quit": ["q", "ctrl+q"]}' > ~/.config/guild/keys.json
          guild keys
          guild keys --standard          the keys Guild ships with
        """
    )

    @Flag(help: "The keys Guild ships with, ignoring keys.json.")
    var standard = false

    func run() throws {
        let loaded = standard ? (keymap: Keymap.standard, problems: []) : UserConfig.keymap(in: UserConfig.folder(environment: ProcessInfo.processInfo.environment))
        for line in KeyReference.markdown(loaded.keymap).split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            Terminal.print(String(line))
        }
        guard loaded.problems.isEmpty else {
            for problem in loaded.problems { Terminal.status(problem) }
            throw ExitCode(1)
        }
    }
}
