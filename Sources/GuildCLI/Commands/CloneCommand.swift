import ArgumentParser
import Foundation
import GuildStore

/// `guild clone URL`: joins a team's store by cloning its git repository.
struct CloneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clone",
        abstract: "Join a team's store: clone its git repository and set up Guild's merge driver.",
        discussion: """
        Clones the repository at URL into the store folder (--store, else the default store) and installs the \
        field-level merge driver in the clone's git config. Cloning an empty repository creates a new store there, \
        named by --name, ready to push with guild sync.

        Example:
          guild clone git@example.com:team/guild-store.git --store ~/guild
        """
    )

    @Argument(help: ArgumentHelp("The repository to clone (any URL git accepts, or a local path).", valueName: "url"))
    var url: String

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "A name for the store when the repository is empty.")
    var name: String = "Guild"

    func run() throws {
        let destination = storeOptions.url
        do {
            let created = try StoreSync.clone(url, into: destination, name: name,
                                              options: StoreSync.Options(driverProgram: SyncSupport.driverProgram()))
            if created {
                Terminal.print("Cloned an empty repository; created a new store \"\(name)\" at \(destination.path). Push it with guild sync.")
            } else {
                Terminal.print("Joined the store at \(destination.path). Open it with: guild --store \(destination.path)")
            }
        } catch {
            throw CLIFailure("clone failed: \(error)")
        }
    }
}
