import ArgumentParser
import Foundation
import GuildCore

/// `guild pairs history`: past rounds and their feedback, newest first.
struct PairsHistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List past pairing rounds and their feedback, newest first.",
        discussion: """
        --json prints an array of rounds, newest first, each as `guild pairs draw --json` prints one (without skipped).

        Examples:
          guild pairs history --rounds 3 --share
          guild pairs history --json | jq '.[0].feedback[].text'
        """
    )

    @Option(help: "How many rounds to show.")
    var rounds = 5

    @Flag(help: "Mark the shown feedback as shared in the weekly meeting.")
    var share = false

    @Flag(help: "Print the rounds as JSON, for scripts.")
    var json = false

    @OptionGroup var storeOptions: StoreOptions

    /// The kinds it reads: the rounds, and the people and skills their groups name.
    static let kinds: Set<RecordKind> = [.person, .skill, .pairingRound]

    func validate() throws {
        try OptionRange.check(rounds, 1...1000, option: "--rounds", unit: "rounds")
    }

    func run() throws {
        let clock = try Clock.fromEnvironment()
        var loaded = try LoadedStore.open(storeOptions, kinds: Self.kinds)
        let shown = loaded.data.pairingRounds.values.sorted { ($0.drawnAt, $0.id.orderKey) > ($1.drawnAt, $1.id.orderKey) }
            .prefix(max(1, rounds))
        if json {
            let rounds = shown.map { PairingRoundJSON($0, recorded: true, in: loaded.data) }
            try Terminal.printJSON(rounds)
        }
        guard !shown.isEmpty else {
            if json { return }
            Terminal.print("No pairing rounds yet; draw one with `guild pairs`.")
            return
        }
        for base in shown {
            var round = base
            if !json {
                Terminal.print(ListCommand.format(round.drawnAt, clock) + " (\(round.groups.count) groups)")
                PairingLines.round(round, in: loaded.data).forEach(Terminal.print)
            }
            if share, round.feedback.contains(where: { !$0.shared }) {
                round.markFeedbackShared(at: clock.now)
                try loaded.save(round, base: base)
            }
        }
    }
}
