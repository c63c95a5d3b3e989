import Foundation
import GuildCore
import TerminalGrid

/// Everything the dashboard shows, as a value: data, clock, size, theme, keymap, the route (what is on top, with each
/// screen's own state) and the home screen's state.
///
/// Change it only through `reduce`; draw it with `render`. Each feature's reducer runs on its own slice (`home`, the
/// route's screens); this type holds what they share and scopes actions to them.
public struct AppState: Sendable {
    public private(set) var data: GuildData {
        didSet {
            stateStamp = .next()
            dataStamp = .next()
        }
    }
    /// Shown in the title bar ("Sample team (demo)").
    public var storeName: String
    /// Days a held session may stay undocumented before "your week" lists it (the store's `documentAfterDays`).
    public var documentAfterDays = SessionDocumentation.defaultDays
    /// Dots each person has per meeting for agenda proposals (the store's `dotsPerPerson`).
    public var dotsPerPerson = ProposalBoard.defaultDots
    public internal(set) var now: Date {
        didSet { stateStamp = .next() }
    }
    public let calendar: Calendar
    public internal(set) var size: Size
    public internal(set) var theme: Theme {
        didSet { stateStamp = .next() }
    }
    /// The themes `t` cycles through (the runtime passes `ThemeCatalog.themes`); empty means `t` does nothing.
    public var themes: [Theme]
    public let keymap: Keymap
    /// One line per store file that could not be read; shown as a warning.
    public var problems: [String]
    /// The store is open read-only (for example a newer schema).
    public var isReadOnly: Bool
    /// The home screen's own state: focus, cursors, filters, zoom and the lists its panes show (`Home/`).
    public internal(set) var home: HomeState
    /// What is on top: the screen, help or a detail over it, a dialog over everything (`Route`).
    public internal(set) var route = Route()
    public internal(set) var shouldQuit = false
    /// A one-line notice for the status bar, cleared by the next key ("Theme: light").
    public internal(set) var message: String?
    /// The community scope and the milestones to celebrate (`Programme/`); the programme screens are in `route`.
    public internal(set) var programme = ProgrammeState()
    /// Who uses this machine (`guild config me`, else the git e-mail); nil when not looked up. Only `Y` (your week) needs it.
    public var identity: Identity.Resolution?
    /// Whether `message` reports a failure (shown in the error role).
    public internal(set) var messageIsError = false
    /// The save rule's changes sent and not yet confirmed, and the undo history (`Saving/`).
    public internal(set) var saving = SavingState()
    /// Git sync: the last outcome, a sync under way and the conflicted records (`Sync/`); the conflicts screen is in `route`.
    public internal(set) var sync = SyncState()
    /// Where new records' ids come from (the runtime seeds it at random; tests pass a fixed seed), so `reduce` never calls `UUID()`.
    public internal(set) var ids: IDSource
    /// Changes (to a value never used before) whenever the data, the clock or the theme change.
    private var stateStamp = DetailMemo.Stamp.next()
    /// The last detail page built (`DetailMemo`).
    let detailMemo = DetailMemo()
    /// Changes (to a value never used before) whenever the data changes.
    private(set) var dataStamp = DetailMemo.Stamp.next()
    /// The skills map's matrix, pairing proposal and page, kept for the stamps they were built from (`SkillsMapMemo`).
    let skillsMapMemo = SkillsMapMemo()
    /// What other screens derived last (the communities screen's lines), kept for their inputs (`ViewMemo`).
    let viewMemo = ViewMemo()

    /// Creates the state for a loaded store.
    public init(
        data: GuildData, storeName: String, now: Date, calendar: Calendar, size: Size, theme: Theme, keymap: Keymap = .standard,
        themes: [Theme] = [], problems: [String] = [], isReadOnly: Bool = false, ids: IDSource = IDSource(seed: 0)
    ) {
        self.data = data
        self.storeName = storeName
        self.now = now
        self.calendar = calendar
        self.size = size
        self.theme = theme
        self.themes = themes
        self.keymap = keymap
        self.problems = problems
        self.isReadOnly = isReadOnly
        self.ids = ids
        self.home = HomeState(data: data, now: now, calendar: calendar)
        refreshProgramme()
        home.reduce(.relayout, in: homeEnvironment)
    }

    /// Whether an `.idle` action has deferred work to do (the runtime sends one only then).
    public var hasIdleWork: Bool { skillsMapAwaitsPartners || home.lists.hasColdSearch || programme.milestonesStale }

    /// Today in the store's calendar.
    public var today: Day { Day(now, in: calendar) }

    /// The home screen's focused pane.
    public var focus: PaneID { home.focus }
    /// The filter being typed on the home screen; nil when not typing.
    public var filterField: TextField? { home.filterField }
    /// The home screen's focused pane fills the screen.
    public var isZoomed: Bool { home.isZoomed }
    /// The lists the home screen shows.
    var lists: HomeLists { home.lists }

    /// The cursor of `pane` on the home screen.
    public func cursor(_ pane: PaneID) -> PaneCursor { home.cursor(pane) }

    /// How many items `pane` shows after its filter.
    public func itemCount(_ pane: PaneID) -> Int { home.itemCount(pane) }

    /// The upcoming occurrences shown in the sessions pane, in order.
    public var shownSessions: [SessionOccurrence] { home.shownSessions }

    /// The people shown as matrix rows, in order.
    public var shownPeople: [Person] { home.shownPeople }

    /// The open action items shown, in order.
    public var shownActions: [ActionItem] { home.shownActions }

    /// The skills shown as matrix columns, in order.
    public var shownSkills: [Skill] { home.shownSkills }

    /// The home layout for the current size, focus and zoom (overlays and dialogs are placed in its body).
    var layout: HomeLayout { home.layout(size: size, hasProblems: !problems.isEmpty) }

    /// What the home screen's reducer reads besides its state.
    var homeEnvironment: HomeEnvironment {
        HomeEnvironment(size: size, hasProblems: !problems.isEmpty, now: now, calendar: calendar)
    }

    /// The content version a detail page is built for: the data, the clock, the theme and the home screen's lists.
    var contentStamp: DetailMemo.Stamp { stateStamp.combined(with: home.listsStamp) }

    /// The context keys are looked up in right now, on whichever screen is showing: decided by the route's top layer.
    var keyContext: KeyContext {
        switch route.top {
        case .dialog: return route.dialog?.keyContext ?? .form
        case .detail: return .detail
        case .help: return .overlay
        case .conflicts: return .conflicts
        case .programme: return programmeScreen?.context ?? .programme
        case .skillsMap: return skillsMap?.context ?? .skills
        case .home:
            if filterField != nil { return .filter }
            switch focus {
            case .matrix: return .matrix
            case .actions: return .actions
            case .sessions: return .home
            }
        }
    }

    /// The screen showing, whose bindings `?` and the palette list.
    var keyScreen: KeyScreen { route.screen.keyScreen }

    /// The first key bound to `command`, as the status bar names it.
    public func keyName(_ command: Command) -> String {
        keymap.binding(command.rawValue)?.keys.first?.displayName ?? command.rawValue
    }

    /// Replaces the data (reload) and recomputes every list, keeping selections by record id.
    mutating func replaceData(_ newData: GuildData) {
        data = newData
        refreshProgramme()
        home.reduce(.dataReplaced(programme.listed(data)), in: homeEnvironment)
    }

    /// Applies a confirmed change to the data: `saved` is upserted, `removed` taken out; only the lists it touches are rebuilt.
    mutating func applyConfirmed(saved: RecordValue?, removed: RecordValue?) {
        if let saved { data.upsert(saved.record) }
        if let removed { data.remove(kind: removed.kind, id: removed.id) }
        let kinds = Set([saved?.kind, removed?.kind].compactMap { $0 })
        refreshProgramme()
        home.reduce(.recordsChanged(programme.listed(data), kinds: kinds), in: homeEnvironment)
    }

    /// Moves the clock; recomputes what depends on it (sessions each minute, actions each day).
    mutating func moveClock(to date: Date) {
        let oldDay = today
        let oldMinute = Int(now.timeIntervalSince1970 / 60)
        now = date
        guard Int(date.timeIntervalSince1970 / 60) != oldMinute || today != oldDay else { return }
        let dayChanged = today != oldDay
        if dayChanged { refreshProgramme() }
        home.reduce(.clockMoved(programme.listed(data), dayChanged: dayChanged), in: homeEnvironment)
    }
}
