import ArgumentParser
import Foundation
import GuildStore

/// The `--store` option every subcommand takes.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The store folder (default: $GUILD_STORE, else $XDG_DATA_HOME/guild or ~/.local/share/guild).", valueName: "path"))
    var store: String?

    /// The store folder these options name.
    var url: URL {
        StoreLocation.resolve(explicit: store, environment: ProcessInfo.processInfo.environment)
    }
}
