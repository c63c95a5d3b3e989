import ArgumentParser
import Foundation
import GuildUI

/// `guild meeting`: runs a live meeting on the shared screen, or the note-taker's view of it with `--notes`.
struct MeetingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting",
        abstract: "Run a live meeting: timer, rounds, notes, anonymous questions, wrap-up and minutes.",
        discussion: """
        Without SESSION it opens the meeting that is live, else today's session; when several meetings are live it \
        lists them and asks which (or, without a terminal, fails naming them: pass --session ID). SESSION is an id \
        (or its first characters) or words of the title; for a recurring session, its meeting today (or the next \
        one) is held as a record of its own in the series.

        The shared screen starts with a review of open action items from earlier meetings of the series or \
        community, then times the agenda (big digits), walks rounds person by person, takes notes, and ends with \
        a wrap-up that writes the minutes to minutes/<session-id>.md in the store.

        A second terminal on the same store opens the note-taker's view with --notes; what it writes shows on the \
        shared screen within a second. Anyone can add an anonymous question with `guild ask "…"` and rate the meeting \
        anonymously from 1 to 5 with `guild rate-meeting N`. \
        Press ? in the meeting for every key.

        Everything the meeting does (current item, time used, extensions, review outcomes, round order and turns, \
        attendance, ratings) is saved as it happens in meetings/<session-id>.json: q, a closed terminal or a crash \
        leaves the meeting live, and `guild meeting` resumes exactly there. Minutes are made from the store, so \
        a note added or edited after the wrap-up is in `guild export minutes`.

        When the note-taker is in another office, both sides pass --pull-every N: each syncs the store through \
        git every N seconds (see guild sync), so notes typed there show on the shared screen here.

        Examples:
          guild meeting
          guild meeting "Weekly tech meeting"
          guild meeting --notes
          guild meeting --pull-every 20        # a remote note-taker, through git
        """
    )

    @Argument(help: "The session: an id, its first characters, or words of its title (default: the live one, else today's).")
    var session: String?

    @Option(name: .customLong("session"), help: ArgumentHelp("The session, as the argument (for scripts and when several meetings are live).",
                                                             valueName: "session"))
    var sessionOption: String?

    @Flag(help: "Open the note-taker's view of the live meeting (a second terminal on the same store).")
    var notes = false

    @Option(help: "The colour theme (default: $GUILD_THEME, else default; high-contrast suits projectors).")
    var theme: String?

    @Option(help: "The seed for the rounds' speaking order (default: $GUILD_SEED, else random).")
    var seed: UInt64?

    @Option(help: ArgumentHelp("Sync the store through git every N seconds while open (see guild sync).", valueName: "seconds"))
    var pullEvery: Int?

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        if let pullEvery {
            try OptionRange.check(pullEvery, 1...86_400, option: "--pull-every", unit: "seconds")
            // The meeting screen picks up what git merges through its store watch; outcomes go to .guild/sync-status.
            DashboardSync(storeURL: storeOptions.url, postsActions: false).startPulling(every: TimeInterval(pullEvery))
        }
        if session != nil, sessionOption != nil, session != sessionOption {
            throw CLIFailure("name the session once: as the argument or with --session")
        }
        let code = try MeetingProgram.run(storeURL: storeOptions.url, query: session ?? sessionOption, role: notes ? .notes : .shared,
                                          preferredTheme: theme, seed: seed)
        if code != 0 { throw ExitCode(code) }
    }
}
