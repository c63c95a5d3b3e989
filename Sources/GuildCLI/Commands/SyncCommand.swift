import ArgumentParser
import Foundation
import GuildStore
import GuildUI

/// `guild sync`: commits the store's changes, merges the team's, and pushes, through git.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Share the store through git: commit, merge the team's changes field by field, push.",
        discussion: """
        Makes the store a git repository if it is not one, installs Guild's field-level merge driver in its git \
        config (and `*.json merge=guild` in .git/info/attributes, which no push can override), commits pending \
        changes with a message that says what changed, merges what others pushed, and pushes to the remote. \
        Anonymous questions travel on their own branch under a neutral name and join the shared history on a \
        later day, so the history does not say who asked. The same field changed on two machines, or an edit \
        against a delete, is kept as a conflicted record to resolve in the dashboard (press M there). A sync that \
        was interrupted (killed, a lost connection) is finished by the next one.

        Examples:
          guild sync --remote git@example.com:team/guild-store.git   # the first time
          guild sync                                                  # afterwards
        """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: ArgumentHelp("A git remote URL to use as origin (any URL git accepts, or a local path).", valueName: "url"))
    var remote: String?

    @Option(help: "The branch shared with the team.")
    var branch: String = "main"

    func run() throws {
        let store: GuildStore
        do { store = try GuildStore.open(at: storeOptions.url) } catch { throw CLIFailure("\(error)") }
        let report: StoreSync.Report
        let progress = SyncProgressLine()
        do {
            var options = StoreSync.Options(driverProgram: SyncSupport.driverProgram(), remote: remote)
            options.branch = branch
            options.progress = { progress.show($0) }
            options.now = try Clock.fromEnvironment().now
            report = try StoreSync(store: store, options: options).sync()
            progress.finish()
        } catch {
            progress.finish()
            throw CLIFailure("sync failed: \(error)")
        }
        Terminal.print("Synced \(storeOptions.url.path): \(report.summary).")
        if !report.conflicts.isEmpty {
            // The key as the user's keys.json names it.
            let key = UserConfig.keymap(in: UserConfig.folder(environment: ProcessInfo.processInfo.environment)).keymap
                .firstKeyName(Command.conflictsOpen.rawValue)
            Terminal.print("Resolve the conflicts in the dashboard (press \(key)), then run guild sync again.")
        }
    }
}
