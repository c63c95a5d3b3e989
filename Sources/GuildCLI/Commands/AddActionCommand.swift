import ArgumentParser
import Foundation
import GuildCore

/// `guild add action`: records an action item with an owner and an optional due day.
struct AddActionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "action",
        abstract: "Add an action item with an owner and a due date.",
        discussion: """
        The due date accepts 2026-12-04, tomorrow, fri, +3d, next week. A due date in the past is accepted \
        with a warning (it shows as overdue).

        Examples:
          guild add action "Quarantine flaky tests" --owner noah --due fri
          guild add action "Share the checklist" --owner @sam --due 2026-12-04 \\
            --session 3f2c…
        """
    )

    @Argument(help: "What needs doing.")
    var title: String

    @Option(help: "The owner's handle (\"zoe\" or \"@zoe\").")
    var owner: String

    @Option(help: "When it is due: 2026-12-04, tomorrow, fri, +3d, next week.")
    var due: String?

    @Option(help: "The id of the session it came from.")
    var session: String?

    @OptionGroup var storeOptions: StoreOptions

    /// The kinds it reads: the owner among the people, the action items it adds to, and the sessions only when it
    /// names one.
    var kinds: Set<RecordKind> {
        session == nil ? [.person, .action] : [.person, .action, .session]
    }

    func run() throws {
        let clock = try Clock.fromEnvironment()
        var loaded = try LoadedStore.open(storeOptions, kinds: kinds)
        let person = try loaded.person(handle: owner)
        var dueDay: Day?
        if let due {
            do {
                dueDay = try DateInput.parse(due, now: clock.now, calendar: clock.calendar).day
            } catch {
                throw CLIFailure("--due \(error)")
            }
            if let dueDay, dueDay < Day(clock.now, in: clock.calendar) {
                Terminal.warn("the due date \(dueDay) is in the past; the item will show as overdue")
            }
        }
        var sessionID: UUID?
        if let session {
            guard let id = UUID(uuidString: session), loaded.data.sessions[id] != nil else {
                throw CLIFailure("--session \(session) is not the id of a session in this store (see `guild list sessions --all`)")
            }
            sessionID = id
        }
        let item = ActionItem(title: title.trimmingCharacters(in: .whitespaces), owner: person.id, due: dueDay,
                              sessionID: sessionID, createdAt: clock.now)
        try Validate.record(item)
        try loaded.save(item, base: nil)
        Terminal.print("Added action item \"\(item.title)\" for @\(person.handle)" + (dueDay.map { ", due \($0)" } ?? "") + ".")
    }
}
