import CursesTerminal
import Foundation
import GuildCore
import GuildStore
import GuildUI
import TerminalGrid

/// The meeting screen (shared screen or note-taker's view) as a `Program`: which action each event becomes, and its
/// start-up — find the meeting, mark it live, read the notes, start the terminal or run in the dashboard's.
enum MeetingProgram {
    /// The meeting's pure half: `reduceMeeting`, `renderMeeting`, ticks every second and on keys.
    static var definition: ProgramDefinition<MeetingState, MeetingAction, MeetingEffect> {
        ProgramDefinition(reduce: reduceMeeting, render: renderMeeting, isFinished: \.shouldQuit, hasIdleWork: { _ in false },
                          action: action(for:), ticks: .everySecond)
    }

    /// The action an event becomes; a quit signal lets the shared screen keep what the meeting changed so far.
    static func action(for event: ProgramEvent) -> MeetingAction? {
        switch event {
        case .key(let key): .key(key)
        case .tick(let date): .tick(date)
        case .idle: nil
        case .quitSignal: .quitSignalReceived
        }
    }

    /// `guild meeting`: opens the store, finds the meeting (`query`, else a live one, else today's), marks it live
    /// (shared screen), starts the terminal and runs until the user leaves; returns the exit code.
    static func run(storeURL: URL, query: String?, role: MeetingRole, preferredTheme: String?, seed: UInt64?) throws -> Int32 {
        let environment = ProcessInfo.processInfo.environment
        let clock = try Clock.fromEnvironment(environment)
        let store: GuildStore
        do { store = try GuildStore.open(at: storeURL) } catch { throw CLIFailure("\(error)") }
        // `LoadResult.data` builds the tables on each call: once.
        let data = store.loadAll(includeNotes: false).data
        let session: Session
        switch role {
        case .shared:
            let occurrence = try MeetingLookup.occurrence(query, in: data, now: clock.now, calendar: clock.calendar)
            session = HeldSession.record(for: occurrence, in: data, now: clock.now)
        case .notes:
            session = try MeetingLookup.live(query, in: data, calendar: clock.calendar)
        }
        let config = UserConfig.load(preferredTheme: preferredTheme, environment: environment)
        let terminal: CursesTerminal
        do { terminal = try CursesTerminal.start(monochrome: config.noColor) } catch { throw CLIFailure("\(error)") }
        let code: Int32
        do {
            defer { terminal.stop() }
            code = try runInside(terminal: terminal, store: store, data: data, session: session, role: role, theme: config.theme,
                                 keymap: config.keymap, clock: clock, seed: seed ?? Self.seed(from: environment), problems: config.problems)
        }
        if role == .shared, let left = leftLive(session.id, in: store, keymap: config.keymap) { Terminal.print(left) }
        return code
    }

    /// What to say when the shared screen closed on a meeting that is still live: it stays live, and how to go on.
    static func leftLive(_ sessionID: UUID, in store: GuildStore, keymap: Keymap) -> String? {
        guard let held = try? store.record(Session.self, id: sessionID), held.status == .live else { return nil }
        let short = String(sessionID.uuidString.lowercased().prefix(8))
        return "\"\(SafeText.sanitize(held.title))\" stays live with everything so far saved. Resume it with `guild meeting --session \(short)`; "
            + "wrap it up there with \(keymap.keyNames(GuildUI.MeetingCommand.wrapUp.rawValue)), then \(keymap.keyNames(GuildUI.MeetingCommand.finish.rawValue))."
    }

    /// Runs a meeting in a terminal that is already started (the dashboard's `m`), returning when the user leaves.
    /// `data` is the store as loaded; the held record is made live and saved first on the shared screen.
    static func runInside(terminal: any ProgramTerminal, store: GuildStore, data: GuildData, session held: Session, role: MeetingRole,
                          theme: Theme, keymap: Keymap, clock: Clock, seed: UInt64, problems: [String] = []) throws -> Int32 {
        var session = held
        if role == .shared, session.status == .planned {
            var live = session
            live.status = .live
            live.updatedAt = clock.now
            let change = RecordChange(before: data.sessions[session.id].map { RecordValue($0) }, after: RecordValue(live))
            do {
                // The record as stored (others' fields kept) is the version the meeting starts from.
                if let stored = try StoreWriter(store: store).perform(change)?.as(Session.self) { session = stored } else { session = live }
            } catch {
                throw CLIFailure("could not start the meeting: \(error)")
            }
        }
        var data = data
        data.upsert(session)
        // Last meeting's notes tell who started its round, so this one starts with someone else.
        for earlier in HeldSession.earlier(than: session, in: data).suffix(2) {
            for note in store.notes(forSession: earlier.id).notes { data.notes[note.id] = note }
        }
        let notes = store.notes(forSession: session.id).notes
        var state = MeetingState(session: session, data: data, notes: notes, role: role, seed: seed,
                                 ids: IDSource(seed: .random(in: 0...UInt64.max)), now: clock.now, calendar: clock.calendar,
                                 size: terminal.size, theme: theme, keymap: keymap)
        // Theme and keys.json problems: the dashboard lists them; a meeting started on its own says the first.
        if let first = problems.first { state.notify(first + (problems.count > 1 ? " (and \(problems.count - 1) more)" : "")) }
        let effects = MeetingEffects(store: store)
        // A new meeting's progress is on disk from its first moment (order of the first round, attendance, review list);
        // a refusal (a read-only store) shows on the status line like any other.
        if let save = state.firstProgressSave() {
            for action in effects.perform(.save(save), in: state) { _ = reduceMeeting(&state, action) }
        }
        let program = Program(state: state, definition: definition, terminal: terminal, now: clock.current,
                              perform: effects.perform, watches: [effects.storeChanges])
        return program.run()
    }

    /// `GUILD_SEED` when set (tests and rehearsals), else a random seed.
    static func seed(from environment: [String: String]) -> UInt64 {
        environment["GUILD_SEED"].flatMap(UInt64.init) ?? UInt64.random(in: 0...UInt64.max)
    }
}
