import ArgumentParser
import Foundation
import GuildCore

/// `guild pairs draw`: proposes this round's pairs and records the round.
struct PairsDrawCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draw",
        abstract: "Propose this round's pairs and record the round (pairings/).",
        discussion: """
        --json prints the round as {roundID, drawnAt, seed, recorded, groups: [{id, members, teacher, learner (each \
        {personID, handle, name}), skill ({skillID, name})}], feedback: [], skipped: [{person, reason}]}.

        Examples:
          guild pairs draw
          guild pairs draw --dry-run --seed 7 --window 6
          guild pairs --dry-run --json | jq '.groups[].members[].handle'
        """
    )

    @Flag(help: "Show the proposal without recording it.")
    var dryRun = false

    @Option(help: "The seed of the draw (default: from the clock); the same seed and store give the same pairs.")
    var seed: UInt64?

    @Option(help: "Avoid pairs from this many last rounds.")
    var window = 4

    @Flag(help: "Print the round as JSON, for scripts.")
    var json = false

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        try OptionRange.check(window, 0...100, option: "--window", unit: "rounds")
    }

    func run() throws {
        let clock = try Clock.fromEnvironment()
        var loaded = try LoadedStore.open(storeOptions)
        var rules = PairingRoulette.Rules()
        rules.window = max(0, window)
        let seed = seed ?? UInt64(max(0, clock.now.timeIntervalSince1970))
        let draw = PairingRoulette.draw(loaded.data, previous: Array(loaded.data.pairingRounds.values), seed: seed,
                                        at: clock.now, rules: rules)
        guard !draw.round.groups.isEmpty else {
            throw CLIFailure("fewer than two people can pair right now (\(draw.skipped.count) away or opted out)")
        }
        if json {
            let round = PairingRoundJSON(draw.round, recorded: !dryRun, skipped: draw.skipped, in: loaded.data)
            try Terminal.printJSON(round)
        } else {
            Terminal.print("\(dryRun ? "Proposed" : "This round's") pairs (seed \(seed)):")
            PairingLines.round(draw.round, in: loaded.data).forEach(Terminal.print)
        }
        if !json, !draw.skipped.isEmpty {
            Terminal.print("Sitting out: " + draw.skipped.map { "@\(loaded.data.people[$0.personID]?.handle ?? "?") (\($0.reason.rawValue))" }
                .joined(separator: ", "))
        }
        for key in draw.repeats {
            Terminal.warn("\(loaded.data.name(of: key.first)) and \(loaded.data.name(of: key.second)) paired in the last \(rules.window) rounds: too few people to avoid it")
        }
        guard !dryRun else { return }
        try loaded.save(draw.round, base: nil)
        Terminal.status("Recorded the round; note feedback with `guild pairs feedback HANDLE \"…\"`.")
    }
}
