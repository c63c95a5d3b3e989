import ArgumentParser
import Foundation
import GuildCore
import TerminalGrid

/// `guild export minutes SESSION`: prints a held meeting's minutes (Markdown) from the store.
struct ExportMinutesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minutes",
        abstract: "Print a meeting's minutes as Markdown.",
        discussion: """
        SESSION is the held meeting's id (or its first characters) or words of its title; for a title, the latest \
        meeting with minutes is printed. They are made from the store as it is now (the meeting's recorded progress \
        and its notes), so a note added or edited after the wrap-up is in them; the wrap-up also writes them to \
        minutes/<session-id>.md.

        Examples:
          guild export minutes 3f2c
          guild export minutes "Weekly tech meeting" > minutes.md
        """
    )

    @Argument(help: "The meeting: an id, its first characters, or words of its title.")
    var session: String

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let loaded = try LoadedStore.open(storeOptions, reportProblems: false)
        let calendar = try Clock.fromEnvironment().calendar
        let found = try MeetingLookup.find(session, in: loaded.data)
        // A series or a title: the latest of its meetings that has minutes.
        let candidates = ([found] + loaded.data.sessions.values.filter { $0.seriesID == found.id || ($0.title == found.title && $0.id != found.id) })
            .sorted { ($0.start, $0.id.uuidString) > ($1.start, $1.id.uuidString) }
        var text: String?
        for candidate in candidates {
            // Made from the store when it can be; a minutes file that is a link (or sits in a linked folder) is refused
            // with its reason, never followed.
            do {
                text = try StoredMinutes.markdown(of: candidate, data: loaded.data, store: loaded.store, calendar: calendar)
            } catch {
                throw CLIFailure("\(error)")
            }
            if text != nil { break }
        }
        guard let text else {
            throw CLIFailure("no minutes for \"\(found.title)\" yet: they are written when a meeting is wrapped up")
        }
        Terminal.printDocument(text.hasSuffix("\n") ? text : text + "\n")
    }
}
