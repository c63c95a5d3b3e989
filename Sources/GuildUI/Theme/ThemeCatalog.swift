import Foundation

/// The themes Guild can show: the built-in ones from `Themes/` (bundled as a resource) plus the user's own.
///
/// Users add themes as `$XDG_CONFIG_HOME/guild/themes/<name>.json`; a user theme with a built-in's name replaces it.
/// Loading is the only I/O here and happens once, at start-up, in the runtime.
public struct ThemeCatalog: Sendable, Equatable {
    /// The built-in themes in the order `t` cycles through them.
    public static let builtInNames = ["default", "light", "high-contrast", "colorblind", "monochrome"]

    /// Every theme, built-in ones first (in `builtInNames` order), then user themes by name.
    public let themes: [Theme]

    /// Creates a catalog from loaded themes; an empty list holds `Theme.fallback`.
    public init(themes: [Theme]) {
        self.themes = themes.isEmpty ? [Theme.fallback] : themes
    }

    /// The folder of built-in themes shipped with the binary, if present: `PREFIX/share/guild/themes` for an installed
    /// copy (`PREFIX/bin/guild`, scripts/install.sh), else SwiftPM's `<Package>_GuildUI.resources` next to the executable.
    ///
    /// Looks beside the executable (and beside what a symlink to it points at) rather than through `Bundle.module`, which
    /// traps when the bundle is missing; without either folder the caller gets nil and falls back to `Theme.fallback`.
    public static var bundledFolder: URL? {
        guard let executable = Bundle.main.executableURL else { return nil }
        var folders = [executable.deletingLastPathComponent()]
        let resolved = executable.resolvingSymlinksInPath().deletingLastPathComponent()
        if resolved != folders[0] { folders.append(resolved) }
        for folder in folders {
            let installed = folder.deletingLastPathComponent().appendingPathComponent("share/guild/themes")
            if FileManager.default.fileExists(atPath: installed.appendingPathComponent("default.json").path) { return installed }
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { continue }
            for name in names.sorted() where name.hasSuffix("_GuildUI.resources") {
                let bundle = folder.appendingPathComponent(name)
                if FileManager.default.fileExists(atPath: bundle.appendingPathComponent("default.json").path) { return bundle }
            }
        }
        return nil
    }

    /// Reads every `*.json` in both folders; returns the catalog and one line per file that could not be used.
    public static func load(builtInFolder: URL?, userFolder: URL?) -> (catalog: ThemeCatalog, problems: [String]) {
        var problems: [String] = []
        var builtIn = read(folder: builtInFolder, label: { "Themes/\($0)" }, problems: &problems)
        builtIn.sort { order($0.name) < order($1.name) }
        let userLabel: (String) -> String = { file in userFolder?.appendingPathComponent(file).path ?? file }
        var user = read(folder: userFolder, label: userLabel, problems: &problems)
        user.sort { $0.name < $1.name }
        let builtInNames: Set<String> = Set(builtIn.map(\.name))
        var merged: [Theme] = []
        for theme in builtIn {
            merged.append(user.first { $0.name == theme.name } ?? theme)
        }
        merged += user.filter { !builtInNames.contains($0.name) }
        return (ThemeCatalog(themes: merged), problems)
    }

    /// The theme called `name`, if any.
    public func theme(named name: String) -> Theme? {
        themes.first { $0.name == name }
    }

    /// The theme to start with: `monochrome` when `noColor` (the `NO_COLOR` convention), else `preferred`, else `default`.
    public func startTheme(preferred: String?, noColor: Bool) -> (theme: Theme, problems: [String]) {
        if noColor { return (theme(named: "monochrome") ?? Theme.fallback, []) }
        if let preferred {
            if let found = theme(named: preferred) { return (found, []) }
            return (defaultTheme, ["theme \"\(preferred)\" not found; using \(defaultTheme.name) (known: \(themes.map(\.name).joined(separator: ", ")))"])
        }
        return (defaultTheme, [])
    }

    /// `default` if present, else the first theme.
    public var defaultTheme: Theme {
        theme(named: "default") ?? themes[0]
    }

    /// The theme after the one called `name`, wrapping around (how `t` cycles).
    public func theme(after name: String) -> Theme {
        guard let index = themes.firstIndex(where: { $0.name == name }) else { return themes[0] }
        return themes[(index + 1) % themes.count]
    }

    private static func order(_ name: String) -> Int {
        builtInNames.firstIndex(of: name) ?? builtInNames.count
    }

    private static func read(folder: URL?, label: (String) -> String, problems: inout [String]) -> [Theme] {
        guard let folder else { return [] }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            // A missing user folder is normal; a missing built-in folder shows up as no themes.
            return []
        }
        var themes: [Theme] = []
        for file in names.sorted() where file.hasSuffix(".json") {
            let name = String(file.dropLast(5))
            let url = folder.appendingPathComponent(file)
            do {
                let data = try Data(contentsOf: url)
                themes.append(try Theme.load(from: data, name: name, source: label(file)))
            } catch let error as ThemeError {
                problems.append(error.description)
            } catch {
                problems.append("\(label(file)): cannot read (\(error.localizedDescription))")
            }
        }
        return themes
    }
}
