import Foundation
import PackagePlugin

/// Writes `GitVersion.swift` before every build: the package's `git describe` (tag, commits since, commit, and
/// "-modified" for a changed work tree), or GUILD_VERSION when set (a build from a source tarball without git).
/// The file is rewritten only when the text changes, so an unchanged tree recompiles nothing.
@main
struct GitVersion: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let output = context.pluginWorkDirectoryURL.appending(path: "generated")
        let script = """
        set -u
        dir=$1 out=$2
        mkdir -p "$out"
        version=${GUILD_VERSION:-$(git -C "$dir" describe --tags --always --dirty=-modified 2>/dev/null || echo unknown)}
        version=${version#v}
        tmp="$out/.GitVersion.swift.$$"
        printf '/// What `git describe` said when this binary was built.\\nlet gitDescribe = "%s"\\n' "$version" > "$tmp"
        if cmp -s "$tmp" "$out/GitVersion.swift"; then rm -f "$tmp"; else mv "$tmp" "$out/GitVersion.swift"; fi
        """
        return [
            .prebuildCommand(
                displayName: "Reading the version from git",
                executable: URL(fileURLWithPath: "/bin/sh"),
                arguments: ["-c", script, "git-version", context.package.directoryURL.path, output.path],
                outputFilesDirectory: output
            ),
        ]
    }
}
