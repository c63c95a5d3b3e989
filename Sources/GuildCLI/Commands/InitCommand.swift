import ArgumentParser
import Foundation
import GuildStore

/// `guild init`: creates an empty store for a team.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create an empty store for your team.",
        discussion: """
        Creates the store folder with one sub-folder per kind of record and a guild.json manifest. \
        Share it by making it a git repository and pushing it where your team can pull it.

        Example:
          guild init --store ~/guild --name "Backend guild"
        """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "A name for the store, shown in the dashboard's title bar.")
    var name: String = "Guild"

    func run() throws {
        let url = storeOptions.url
        do {
            _ = try GuildStore.create(at: url, name: name)
        } catch {
            throw CLIFailure("\(error)")
        }
        Terminal.print("Created an empty Guild store at \(url.path).")
        Terminal.print("Next: guild add person \"Your Name\" --handle you --store \(url.path)")
    }
}
