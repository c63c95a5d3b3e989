import CursesTerminal
import Foundation
import GuildCore
import GuildStore
import GuildUI
import TerminalGrid

/// The dashboard as a `Program`: which action each event becomes, and its start-up (store, terminal, state, watches).
enum DashboardProgram {
    /// The dashboard's pure half: `reduce`, `render`, the idle step, minute ticks.
    static var definition: ProgramDefinition<AppState, Action, Effect> {
        ProgramDefinition(reduce: GuildUI.reduce, render: GuildUI.render, isFinished: \.shouldQuit, hasIdleWork: \.hasIdleWork,
                          action: action(for:), ticks: .everyMinute)
    }

    /// The action an event becomes; a quit signal needs none (nothing is left unsaved: saves are done at once).
    static func action(for event: ProgramEvent) -> Action? {
        switch event {
        case .key(let key): .key(key)
        case .tick(let date): .tick(date)
        case .idle: .idle
        case .quitSignal: nil
        }
    }

    /// Who uses this machine (`guild config me`, else git's `user.email`, which runs git), looked up once the first
    /// frame is on screen: only `Y`, `o` and forms' defaults need it, and the runtime applies it before any key.
    static func identity(layout: StoreLayout) -> (AppState) -> [Action] {
        { state in [.identityResolved(MachineIdentity.resolution(layout: layout, data: state.data))] }
    }

    /// Opens the store, starts the terminal and runs until the user quits or a quit signal arrives; returns the exit code.
    /// With `pullEvery`, the store is synced through git every that many seconds while open.
    static func run(storeURL: URL, preferredTheme: String?, community: String? = nil, pullEvery: TimeInterval? = nil) throws -> Int32 {
        let environment = ProcessInfo.processInfo.environment
        let clock = try Clock.fromEnvironment(environment)
        let store: GuildStore
        do {
            store = try GuildStore.open(at: storeURL)
        } catch {
            throw CLIFailure("\(error)")
        }
        let config = UserConfig.load(preferredTheme: preferredTheme, environment: environment)
        // Start the terminal before reading every file, so a missing terminal fails fast and cheaply.
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal.start(monochrome: config.noColor)
        } catch {
            throw CLIFailure("\(error)")
        }
        defer { terminal.stop() }
        // Notes load lazily, per session, when a detail view needs them: at organisation scale they are most files.
        let loaded = store.loadAll(includeNotes: false)
        var state = AppState(
            data: loaded.data, storeName: store.storeManifest?.name ?? storeURL.lastPathComponent, now: clock.now,
            calendar: clock.calendar, size: terminal.size, theme: config.theme, keymap: config.keymap,
            themes: config.catalog.themes, problems: config.problems + loaded.problems.map(\.description),
            isReadOnly: loaded.isReadOnly, ids: IDSource(seed: .random(in: 0...UInt64.max)))
        state.documentAfterDays = store.storeManifest?.documentAfterDays ?? SessionDocumentation.defaultDays
        state.dotsPerPerson = store.storeManifest?.dotsPerPerson.flatMap { ProposalBoard.dotsRange.contains($0) ? $0 : nil } ?? ProposalBoard.defaultDots
        if let community { state.scopeDashboard(to: try CommunityLookup.find(community, in: state.data).id) }
        let effects = DashboardEffects(store: store, terminal: terminal, clock: clock, configProblems: config.problems,
                                       sync: DashboardSync(storeURL: storeURL))
        let program = Program(state: state, definition: definition, terminal: terminal, now: clock.current,
                              perform: effects.perform, watches: [effects.syncOutcomes, effects.storeChanges],
                              afterFirstFrame: [identity(layout: store.layout)])
        for action in effects.conflicts(problems: loaded.problems, in: program.state) { program.send(action) }
        if let pullEvery { effects.sync.startPulling(every: pullEvery) }
        return program.run()
    }
}
