import ArgumentParser
import Foundation
import GuildCore

/// `guild export post SESSION`: a blog-post draft (Markdown) about a held session.
struct ExportPostCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "post",
        abstract: "Write a blog-post draft (Markdown) about a held session.",
        discussion: """
        The draft starts with a front matter (title, date, draft: true) that Hugo, Jekyll and most static-site \
        generators read, then says what the session set out to do and who made it, what was decided, what people \
        learned (learning notes and the learnings logged with the session as context, with their kudos), the wins, \
        the open action items as next steps, and thanks. Everything a person wrote is literal text: a name or a note \
        cannot add links, HTML or formatting. Edit it before you publish it.

        SESSION is an id (or its first characters) or words of a title; for a series, its latest held meeting.

        Examples:
          guild export post "Zero-downtime Postgres migrations"
          guild export post 3f2c -o posts/2026-12-04-postgres.md
        """
    )

    @Argument(help: "The session: an id, its first characters, or words of its title.")
    var session: String

    @Option(name: [.short, .long], help: ArgumentHelp("Write the draft to this file instead of stdout.", valueName: "file"))
    var output: String?

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let clock = try Clock.fromEnvironment()
        let loaded = try LoadedStore.open(storeOptions)
        let found = try MeetingLookup.find(session, in: loaded.data)
        // A series (or a title shared by several meetings): its latest meeting that took place.
        guard let held = MeetingLookup.latestHeld(found, in: loaded.data, now: clock.now) else {
            throw CLIFailure("\"\(found.title)\" has not taken place yet: a post is written about a held session")
        }
        let notes = loaded.store.notes(forSession: held.id).notes
        let text = BlogPostDraft(session: held, data: loaded.data, notes: notes, calendar: clock.calendar).markdown
        guard let output else { return Terminal.printDocument(text) }
        let url = URL(fileURLWithPath: (output as NSString).expandingTildeInPath)
        do {
            try Terminal.writeDocument(text, to: url)
        } catch {
            throw CLIFailure("cannot write \(url.path): \((error as NSError).localizedDescription)")
        }
        Terminal.status("Wrote a draft post about “\(held.title)” to \(url.path).")
    }
}
