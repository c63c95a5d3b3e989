import ArgumentParser
import Foundation
import GuildCore

/// `guild pairs history`: past rounds and their feedback, newest first.
struct PairsHistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List past pairing rounds and their feedback, newest first.",
        discussion: """
        Example:
          guild pairs history --rounds 3 --share
        """
    )

    @Option(help: "How many rounds to show.")
    var rounds = 5

    @Flag(help: "Mark the shown feedback as shared in the weekly meeting.")
    var share = false

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        try OptionRange.check(rounds, 1...1000, option: "--rounds", unit: "rounds")
    }

    func run() throws {
        let clock = try Clock.fromEnvironment()
        var loaded = try LoadedStore.open(storeOptions)
        let shown = loaded.data.pairingRounds.values.sorted { ($0.drawnAt, $0.id.uuidString) > ($1.drawnAt, $1.id.uuidString) }
            .prefix(max(1, rounds))
        guard !shown.isEmpty else {
            Terminal.print("No pairing rounds yet; draw one with `guild pairs`.")
            return
        }
        for base in shown {
            var round = base
            Terminal.print(ListCommand.format(round.drawnAt, clock) + " (\(round.groups.count) groups)")
            PairingLines.round(round, in: loaded.data).forEach(Terminal.print)
            if share, round.feedback.contains(where: { !$0.shared }) {
                round.markFeedbackShared(at: clock.now)
                try loaded.save(round, base: base)
            }
        }
    }
}
