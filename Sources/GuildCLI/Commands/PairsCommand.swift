import ArgumentParser

/// `guild pairs`: the pairing roulette (draw this round, note feedback, see past rounds).
struct PairsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pairs",
        abstract: "The pairing roulette: propose and record this round's pairs, note feedback, list past rounds.",
        discussion: """
        Pairs someone who can teach a skill with someone who wants to learn it, mixes teams, avoids pairs from the \
        last rounds, skips people away or opted out, and makes a trio when the count is odd.

        Examples:
          guild pairs                      draw and record this round
          guild pairs draw --dry-run       only show what would be drawn
          guild pairs --for noah           partners for one person, with the reasons
          guild pairs feedback zoe "Debugged the flaky test together 🙌"
          guild pairs history --share      past rounds; mark their feedback shared
        """,
        subcommands: [PairsDrawCommand.self, PairsFeedbackCommand.self, PairsHistoryCommand.self],
        defaultSubcommand: PairsDrawCommand.self
    )
}
