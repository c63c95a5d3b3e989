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

        --for HANDLE draws nothing: it suggests partners for one person, best first, with the reasons the draw \
        weighs (who can teach whom which skill, other team, when they last paired; pairs from the last --window \
        rounds come last). With --json it prints an array of {person, teachesYou and learnsFromYou ([{skillID, \
        name}]), crossTeam, team, timesPaired, lastPaired (absent when never), recent}.

        Examples:
          guild pairs draw
          guild pairs draw --dry-run --seed 7 --window 6
          guild pairs --dry-run --json | jq '.groups[].members[].handle'
          guild pairs --for noah --limit 3
        """
    )

    @Flag(help: "Show the proposal without recording it.")
    var dryRun = false

    @Option(help: "The seed of the draw (default: from the clock); the same seed and store give the same pairs.")
    var seed: UInt64?

    @Option(help: "Avoid pairs from this many last rounds.")
    var window = 4

    @Option(name: .customLong("for"), help: "Suggest partners for this person (a handle) instead of drawing.")
    var person: String?

    @Option(help: "How many partners --for suggests.")
    var limit = 5

    @Flag(help: "Print the round (or the suggestions) as JSON, for scripts.")
    var json = false

    @OptionGroup var storeOptions: StoreOptions

    /// The kinds the draw reads: people, skills, ratings and the earlier rounds.
    static let kinds: Set<RecordKind> = [.person, .skill, .ratingSheet, .pairingRound]

    func validate() throws {
        try OptionRange.check(window, 0...100, option: "--window", unit: "rounds")
        try OptionRange.check(limit, 1...1_000, option: "--limit", unit: "partners")
        if person != nil, dryRun || seed != nil { throw ValidationError("--for draws nothing: leave out --dry-run and --seed") }
    }

    func run() throws {
        let clock = try Clock.fromEnvironment()
        var loaded = try LoadedStore.open(storeOptions, kinds: Self.kinds)
        var rules = PairingRoulette.Rules()
        rules.window = max(0, window)
        if let person { return try suggest(for: person, loaded: loaded, rules: rules, clock: clock) }
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

    private func suggest(for handle: String, loaded: LoadedStore, rules: PairingRoulette.Rules, clock: Clock) throws {
        let person = try loaded.person(handle: handle)
        let data = loaded.data
        let suggestions = PartnerSuggestion.suggest(for: person.id, in: data, rounds: Array(data.pairingRounds.values), rules: rules, limit: limit)
        if json { return try Terminal.printJSON(suggestions.map { PartnerSuggestionJSON($0, in: data) }) }
        if person.isAway || person.pairingOptOut == true {
            Terminal.warn("@\(person.handle) is \(person.isAway ? "away" : "opted out of pairing"): the draw leaves them out")
        }
        guard !suggestions.isEmpty else {
            throw CLIFailure("nobody else can pair right now (everyone else is away or opted out)")
        }
        Terminal.print("Partners for \(data.name(of: person.id)) (@\(person.handle)), best first:")
        for (number, suggestion) in suggestions.enumerated() {
            Terminal.print("  \(number + 1). " + PairingLines.suggestion(suggestion, in: data, clock: clock))
        }
    }
}
