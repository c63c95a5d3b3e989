import ArgumentParser
import Foundation
import GuildCore
import TerminalGrid

/// `guild rate-meeting`: gives the live meeting an anonymous 1–5 rating from any terminal.
struct RateMeetingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rate-meeting",
        abstract: "Rate the live meeting anonymously, 1 (poor) to 5 (great), from any terminal.",
        discussion: """
        Works while the meeting runs and in its wrap-up; the shared screen counts the rating within a second and the \
        minutes include it. Nothing stored says who rated or when, exactly as for `guild ask`: the vote is a file of \
        its own (votes/<session-id>/) with no author, a random file name and the session's start as its time (the same \
        for every vote), marked anonymous, so `guild sync` puts it on the anonymous branch in a neutral commit, never \
        in a commit under your name. Rating twice counts twice, as on the shared screen.

        Examples:
          guild rate-meeting 4
          guild rate-meeting 5 --session "Weekly tech meeting"
        """
    )

    @Argument(help: "The rating: a whole number from 1 to 5.")
    var rating: String

    @Option(help: "The live session to rate (default: the one that is live).")
    var session: String?

    @OptionGroup var storeOptions: StoreOptions

    /// The kinds it reads: the live sessions, their progress and the ratings given so far.
    static let kinds: Set<RecordKind> = [.session, .meeting, .vote]

    func run() throws {
        let text = rating.trimmingCharacters(in: .whitespaces)
        guard text.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(text), (1...5).contains(value) else {
            throw CLIFailure("\"\(SafeText.sanitize(String(rating.prefix(60))))\" is not a rating: give a whole number from 1 to 5")
        }
        var loaded = try LoadedStore.open(storeOptions, kinds: Self.kinds, reportProblems: false)
        let live = try MeetingLookup.live(session, in: loaded.data, calendar: try Clock.fromEnvironment().calendar)
        let progress = loaded.data.meetings[live.id]
        guard progress?.step != .finished else {
            throw CLIFailure("\"\(SafeText.sanitize(live.title))\" is finished: ratings are taken during the meeting and its wrap-up")
        }
        // Like an anonymous question: no author, a random id, the session's start as its time, on the anonymous branch.
        let vote = MeetingVote.given(value, to: live, id: UUID())
        try Validate.record(vote)
        try loaded.save(vote, base: nil)
        let count = progress.map { MinutesDocument.ratings(progress: $0, data: loaded.data, sessionID: live.id).count }
            ?? loaded.data.votes(for: live.id).count
        Terminal.print("Your rating is in for \"\(SafeText.sanitize(live.title))\" (\(count) anonymous rating\(count == 1 ? "" : "s") so far). "
            + "Nothing stored says who rated or when.")
    }
}
