import ArgumentParser
import Foundation
import GuildCore

/// `guild export ics`: upcoming sessions as an iCalendar file for calendar programs.
struct ExportIcsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ics",
        abstract: "Write upcoming sessions as an iCalendar (.ics) file that calendar programs import.",
        discussion: """
        Every planned session that has not ended, and every recurring session with meetings to come (as one event \
        with RRULE: weekly, every two weeks or monthly, with UNTIL). Skipped and cancelled meetings of a series are \
        EXDATEs; a meeting of a series with its own record (re-staffed, moved) overrides it (RECURRENCE-ID). Each \
        session keeps the same UID in every export, so importing again updates instead of duplicating. Times carry \
        your time zone (TZID, with a VTIMEZONE) or are UTC when the time zone is UTC.

        Examples:
          guild export ics --output guild.ics
          guild export ics --community "Platform guild" > platform.ics
        """
    )

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of stdout.", valueName: "file"))
    var output: String?

    @Option(help: "Only sessions of this community of practice.")
    var community: String?

    @OptionGroup var storeOptions: StoreOptions

    /// What the calendar reads: sessions, the people named in them and communities (--community).
    static let kinds: Set<RecordKind> = [.session, .person, .community]

    func run() throws {
        let clock = try Clock.fromEnvironment()
        let loaded = try LoadedStore.open(storeOptions, kinds: Self.kinds)
        let scope = try community.map { ProgrammeScope(communityID: try CommunityLookup.find($0, in: loaded.data).id) } ?? .all
        let sessions = ICalendarWriter.upcoming(in: loaded.data, now: clock.now, calendar: clock.calendar)
            .filter { scope.includes($0, in: loaded.data) }
        let name = loaded.store.storeManifest?.name ?? "Guild"
        let text = ICalendarWriter(calendar: clock.calendar, name: name + (community == nil ? "" : " — " + scope.name(in: loaded.data)))
            .document(sessions, data: loaded.data)
        let events = sessions.filter { $0.status != .cancelled }.count
        if let output {
            let url = URL(fileURLWithPath: (output as NSString).expandingTildeInPath)
            do {
                try Terminal.writeDocument(text, to: url)
            } catch {
                throw CLIFailure("cannot write \(url.path): \((error as NSError).localizedDescription)")
            }
            Terminal.status("Wrote \(events) event\(events == 1 ? "" : "s") to \(url.path).")
        } else {
            Terminal.printDocument(text)
        }
    }
}
