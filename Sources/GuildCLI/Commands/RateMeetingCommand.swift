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
        minutes include it. Nothing stored says who rated or when: the vote is a value with a random id in the \
        meeting's progress record, kept sorted by value, and the record's time is left as it was. Across git this is \
        weaker than `guild ask`: rated in another clone, the changed record goes into that clone's next `guild sync` \
        commit under its user's name, so rate on the shared screen's machine when that matters.

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

    func run() throws {
        let text = rating.trimmingCharacters(in: .whitespaces)
        guard text.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(text), (1...5).contains(value) else {
            throw CLIFailure("\"\(SafeText.sanitize(String(rating.prefix(60))))\" is not a rating: give a whole number from 1 to 5")
        }
        var loaded = try LoadedStore.open(storeOptions, reportProblems: false)
        let live = try MeetingLookup.live(session, in: loaded.data, calendar: try Clock.fromEnvironment().calendar)
        guard let base = loaded.data.meetings[live.id] else {
            throw CLIFailure("\"\(SafeText.sanitize(live.title))\" is live but not open on a shared screen yet: rate once `guild meeting` runs it")
        }
        guard base.step != .finished else {
            throw CLIFailure("\"\(SafeText.sanitize(live.title))\" is finished: ratings are taken during the meeting and its wrap-up")
        }
        var rated = base
        // A random id, the list kept sorted by value and the record's time left as it was: nothing says who or when.
        rated.ratings.append(MeetingProgress.Vote(id: UUID(), value: value))
        rated.ratings.sort { ($0.value, $0.id.uuidString) < ($1.value, $1.id.uuidString) }
        try loaded.save(rated, base: base)
        let count = (loaded.data.meetings[live.id] ?? rated).ratings.count
        Terminal.print("Your rating is in for \"\(SafeText.sanitize(live.title))\" (\(count) anonymous rating\(count == 1 ? "" : "s") so far). "
            + "Nothing stored says who rated or when.")
    }
}
