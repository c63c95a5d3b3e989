import ArgumentParser
import Foundation
import GuildCore

/// `guild pairs feedback`: notes how a pairing went, for the weekly meeting.
struct PairsFeedbackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feedback",
        abstract: "Note feedback on a person's pairing in the latest round (shared in the weekly meeting).",
        discussion: """
        Example:
          guild pairs feedback zoe "We paired on the flaky CI job and fixed it 🎉"
        """
    )

    @Argument(help: "The handle of someone in the pairing (the author, unless --by says otherwise).")
    var handle: String

    @Argument(help: "What happened, what was learned. Emoji welcome.")
    var text: String

    @Option(help: "Who says it (a handle); default: HANDLE.")
    var by: String?

    @OptionGroup var storeOptions: StoreOptions

    /// The kinds it reads: the people, the rounds and the skills their groups name.
    static let kinds: Set<RecordKind> = [.person, .skill, .pairingRound]

    func run() throws {
        let clock = try Clock.fromEnvironment()
        var loaded = try LoadedStore.open(storeOptions, kinds: Self.kinds)
        let person = try loaded.person(handle: handle)
        let author = try by.map { try loaded.person(handle: $0) } ?? person
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw CLIFailure("the feedback is empty") }
        let rounds = loaded.data.pairingRounds.values.sorted { $0.drawnAt > $1.drawnAt }
        guard let base = rounds.first(where: { $0.group(of: person.id) != nil }) else {
            throw CLIFailure("@\(person.handle) is in no pairing round yet; draw one with `guild pairs`")
        }
        var round = base
        let group = round.group(of: person.id)!
        round.note(PairingFeedback(groupID: group.id, author: author.id, text: text, createdAt: clock.now))
        try loaded.save(round, base: base)
        Terminal.print("Noted for " + PairingLines.group(group, in: loaded.data) + ".")
    }
}
