import ArgumentParser
import Foundation
import GuildCore

/// `guild ask`: adds an anonymous question to the live meeting's queue from any terminal.
struct AskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask",
        abstract: "Ask the live meeting an anonymous question.",
        discussion: """
        The question shows on the meeting's shared screen within a second. Nothing stored says who asked: the \
        note has no author, a random file name, and the session's start as its time (the same for every question, \
        so neither the time nor the order of the files gives anyone away).

        Examples:
          guild ask "Can we record the deep dives for other time zones?"
          guild ask "Why Fridays?" --session "Weekly tech meeting"
        """
    )

    @Argument(help: "The question.")
    var question: String

    @Option(help: "The live session to ask (default: the one that is live).")
    var session: String?

    @OptionGroup var storeOptions: StoreOptions

    /// The kinds it reads: the live sessions, and the notes it adds to (their folders are read on request only).
    static let kinds: Set<RecordKind> = [.session, .note]

    func run() throws {
        let text = question.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw CLIFailure("the question is empty") }
        var loaded = try LoadedStore.open(storeOptions, kinds: Self.kinds, reportProblems: false)
        let live = try MeetingLookup.live(session, in: loaded.data, calendar: try Clock.fromEnvironment().calendar)
        let note = AnonymousQuestion.note(text, session: live, id: UUID())
        try Validate.record(note)
        try loaded.save(note, base: nil)
        Terminal.print("Your question is in the queue of \"\(live.title)\". Nothing stored says who asked.")
    }
}
