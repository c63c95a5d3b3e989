import ArgumentParser
import Foundation
import GuildCore

/// `guild import ics FILE`: sessions from a calendar export, idempotent by UID.
struct ImportIcsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ics",
        abstract: "Import sessions from an iCalendar (.ics) file; importing the same file again changes nothing.",
        discussion: """
        Reads files as Google Calendar, Outlook/Exchange and Apple Calendar export them. Each VEVENT becomes a \
        session: SUMMARY the title, DTSTART/DTEND or DURATION the time (all-day events stay all-day), LOCATION the \
        place, DESCRIPTION the details. Times keep their zone: an IANA TZID, a Windows name such as \
        "W. Europe Standard Time", or the file's own VTIMEZONE; a series repeats at its wall-clock time in that \
        zone. RRULE becomes the repeat (DAILY, WEEKLY, MONTHLY or YEARLY with INTERVAL, BYDAY such as MO,WE,FR or \
        1WE or -1FR, BYMONTHDAY, BYMONTH, BYSETPOS; UNTIL or COUNT its end), EXDATE skipped meetings, an event with \
        RECURRENCE-ID a changed or moved meeting (keyed by the start it replaces), STATUS:CANCELLED a \
        cancellation. What cannot be represented (RDATE, BYWEEKNO, hourly repeats…) is named with its line and \
        the rest imports. The UID decides which session an event is, so a second import updates the calendar's \
        fields (title, time, place, repeat) and keeps what Guild added (facilitator, agenda, notes); the export \
        writes the same UID back. --dry-run shows what would change without writing.

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

    /// The kinds it reads: the sessions its events are merged into.
    static let kinds: Set<RecordKind> = [.session]

    func run() throws {
        let clock = try Clock.fromEnvironment()
        var loaded = try LoadedStore.open(storeOptions, kinds: Self.kinds)
        let bytes: Data
        do { bytes = try Data(contentsOf: URL(fileURLWithPath: (file as NSString).expandingTildeInPath)) } catch {
            throw CLIFailure("cannot read \(file): \((error as NSError).localizedDescription)")
        }
        // Unfolded before it is decoded: a producer may fold a line inside a multi-byte character. What is still not
        // UTF-8 after that is refused with its place, never repaired behind the user's back.
        if let problem = ICalendarText.utf8Problem(unfolding: bytes) {
            throw CLIFailure("\(file): \(problem); nothing was imported (an iCalendar file is UTF-8 text)")
        }
        let (events, problems) = ICalendarReader(calendar: clock.calendar).read(bytes: bytes)
        let outcome = CalendarImport.merge(events, into: loaded.data, now: clock.now, calendar: clock.calendar)
        for problem in problems + outcome.problems { Terminal.warn("\(file): \(problem)") }
        if events.isEmpty, let first = problems.first {
            throw CLIFailure("\(file): no events could be read (\(problems.count) problem\(problems.count == 1 ? "" : "s"); first: \(first))")
        }
        for session in outcome.sessions {
            let known = loaded.data.sessions[session.id] != nil
            let when = session.isAllDay ? ListCommand.format(day: session.start, clock.inUTC) : ListCommand.format(session.start, clock)
            var notes: [String] = []
            if let recurrence = session.recurrence { notes.append(recurrence.summary) }
            if session.seriesID != nil { notes.append(session.status == .cancelled ? "cancels one meeting" : "changes one meeting") }
            if let zone = session.timeZone, zone != clock.calendar.timeZone.identifier { notes.append(zone) }
            Terminal.print("  \(known ? "update" : "add   ") \(when)  \(session.title)" + (notes.isEmpty ? "" : " (" + notes.joined(separator: "; ") + ")"))
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
