import ArgumentParser
import Foundation
import GuildCore

/// `guild import ics FILE`: sessions from a calendar export, idempotent by UID.
struct ImportIcsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ics",
        abstract: "Import sessions from an iCalendar (.ics) file; importing the same file again changes nothing.",
        discussion: """
        Each VEVENT becomes a session: SUMMARY the title, DTSTART/DTEND or DURATION the time, LOCATION the place,
        DESCRIPTION the details, RRULE a weekly, two-weekly or monthly repeat (UNTIL or COUNT its end), EXDATE
        skipped meetings, STATUS:CANCELLED a cancellation. The UID decides which session an event is, so a second
        import updates the calendar's fields (title, time, place, repeat) and keeps what Guild added (facilitator,
        agenda, notes). Unknown properties are ignored; lines that cannot be read are reported with their line
        number and the rest still imports. --dry-run shows what would change without writing.

        Examples:
          guild import ics ~/Downloads/team-calendar.ics
          guild import ics guild.ics --dry-run
        """
    )

    @Argument(help: "The .ics file.")
    var file: String

    @Flag(help: "Show what would change without writing.")
    var dryRun = false

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let clock = try Clock.fromEnvironment()
        var loaded = try LoadedStore.open(storeOptions)
        let bytes: Data
        do { bytes = try Data(contentsOf: URL(fileURLWithPath: (file as NSString).expandingTildeInPath)) } catch {
            throw CLIFailure("cannot read \(file): \((error as NSError).localizedDescription)")
        }
        let text: String
        switch UTF8Text.decode(bytes) {
        case .success(let decoded): text = decoded
        case .failure(let problem): throw CLIFailure("\(file): \(problem); nothing was imported (an iCalendar file is UTF-8 text)")
        }
        let (events, problems) = ICalendarReader(calendar: clock.calendar).read(text)
        let outcome = CalendarImport.merge(events, into: loaded.data, now: clock.now, calendar: clock.calendar)
        for problem in problems + outcome.problems { Terminal.warn("\(file): \(problem)") }
        if events.isEmpty, let first = problems.first {
            throw CLIFailure("\(file): no events could be read (\(problems.count) problem\(problems.count == 1 ? "" : "s"); first: \(first))")
        }
        for session in outcome.sessions {
            let known = loaded.data.sessions[session.id] != nil
            Terminal.print("  \(known ? "update" : "add   ") \(ListCommand.format(session.start, clock))  \(session.title)"
                + (session.recurrence.map { " (\($0.frequency.rawValue))" } ?? ""))
        }
        let summary = "\(outcome.added) added, \(outcome.updated) updated, \(outcome.unchanged) unchanged"
        if dryRun {
            Terminal.print("Dry run: \(summary); nothing written.")
            return
        }
        for session in outcome.sessions { try loaded.save(session, base: loaded.data.sessions[session.id]) }
        Terminal.print("Imported \(events.count) event\(events.count == 1 ? "" : "s") from \(file): \(summary).")
    }
}
