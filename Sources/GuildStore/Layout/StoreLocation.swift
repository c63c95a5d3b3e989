import Foundation

/// Where the store folder is: an explicit path, then `GUILD_STORE`, then `$XDG_DATA_HOME/guild`, then `~/.local/share/guild`.
public enum StoreLocation {
    /// Resolves the store folder from an explicit path (`--store`) and the environment.
    public static func resolve(explicit: String?, environment: [String: String]) -> URL {
        if let explicit, !explicit.isEmpty { return url(expanding: explicit, environment: environment) }
        if let fromEnvironment = environment["GUILD_STORE"], !fromEnvironment.isEmpty {
            return url(expanding: fromEnvironment, environment: environment)
        }
        if let dataHome = environment["XDG_DATA_HOME"], dataHome.hasPrefix("/") {
            // The XDG spec says relative values are invalid and must be ignored.
            return URL(fileURLWithPath: dataHome, isDirectory: true).appendingPathComponent("guild", isDirectory: true)
        }
        return home(environment).appendingPathComponent(".local/share/guild", isDirectory: true)
    }

    private static func home(_ environment: [String: String]) -> URL {
        if let home = environment["HOME"], !home.isEmpty { return URL(fileURLWithPath: home, isDirectory: true) }
        return FileManager.default.homeDirectoryForCurrentUser
    }

    private static func url(expanding path: String, environment: [String: String]) -> URL {
        if path == "~" { return home(environment) }
        if path.hasPrefix("~/") { return home(environment).appendingPathComponent(String(path.dropFirst(2)), isDirectory: true) }
        return URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
    }
}
