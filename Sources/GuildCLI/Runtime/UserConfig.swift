import Foundation
import GuildUI

/// What the user configured outside the store: themes, key overrides and colour preference.
struct UserConfig {
    /// `$XDG_CONFIG_HOME/guild`, else `~/.config/guild`.
    let folder: URL
    let catalog: ThemeCatalog
    let theme: Theme
    let keymap: Keymap
    /// `NO_COLOR` is set (any value): attributes only.
    let noColor: Bool
    /// One line per theme or key file that could not be used.
    let problems: [String]

    /// Loads themes and key overrides; `preferredTheme` comes from `--theme`, else `GUILD_THEME`.
    static func load(preferredTheme: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> UserConfig {
        let folder = folder(environment: environment)
        var problems: [String] = []
        let loaded = ThemeCatalog.load(builtInFolder: ThemeCatalog.bundledFolder, userFolder: folder.appendingPathComponent("themes"))
        problems += loaded.problems
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let wanted = preferredTheme ?? environment["GUILD_THEME"].flatMap { $0.isEmpty ? nil : $0 }
        let start = loaded.catalog.startTheme(preferred: wanted, noColor: noColor)
        problems += start.problems
        let keys = keymap(in: folder)
        problems += keys.problems
        return UserConfig(folder: folder, catalog: loaded.catalog, theme: start.theme, keymap: keys.keymap, noColor: noColor, problems: problems)
    }

    /// `$XDG_CONFIG_HOME/guild`, else `~/.config/guild`.
    static func folder(environment: [String: String]) -> URL {
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty {
            return URL(fileURLWithPath: xdg).appendingPathComponent("guild")
        }
        return FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".config/guild")
    }

    /// The keymap of every screen with `keys.json` in `folder` applied (when there is one), and what could not be used.
    static func keymap(in folder: URL) -> (keymap: Keymap, problems: [String]) {
        let keysFile = folder.appendingPathComponent("keys.json")
        guard let bytes = FileManager.default.contents(atPath: keysFile.path) else { return (.standard, []) }
        return Keymap.standard.applying(overrides: bytes, source: keysFile.path)
    }
}
