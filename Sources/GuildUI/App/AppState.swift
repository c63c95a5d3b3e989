import Foundation
import GuildCore
import TerminalGrid

/// Everything the dashboard shows, as a value: data, clock, size, theme, keymap, focus, cursors, filters and overlays.
///
/// Change it only through `reduce`; draw it with `render`. Lists derived from the data (upcoming occurrences,
/// open actions, the matrix) are computed when the data, the clock or a filter changes, and kept here.
public struct AppState: Sendable {
    public private(set) var data: GuildData {
        didSet {
            contentStamp = .next()
            dataStamp = .next()
        }
    }
    /// Shown in the title bar ("Sample team (demo)").
    public var storeName: String
    public internal(set) var now: Date {
        didSet { contentStamp = .next() }
    }
    public let calendar: Calendar
    public internal(set) var size: Size
    public internal(set) var theme: Theme {
        didSet { contentStamp = .next() }
    }
    /// The themes `t` cycles through (the runtime passes `ThemeCatalog.themes`); empty means `t` does nothing.
    public var themes: [Theme]
    public let keymap: Keymap
    /// One line per store file that could not be read; shown as a warning.
    public var problems: [String]
    /// The store is open read-only (for example a newer schema).
    public var isReadOnly: Bool
    public internal(set) var focus: PaneID = .sessions
    /// Selection, scroll and filter of each pane.
    public internal(set) var cursors: [PaneID: PaneCursor] = [.sessions: PaneCursor(), .matrix: PaneCursor(), .actions: PaneCursor()]
    /// The filter being typed in the focused pane; nil when not typing.
    public internal(set) var filterField: TextField?
    /// The focused pane fills the screen.
    public internal(set) var isZoomed = false
    /// What is on top: the screen, help or a detail over it, a dialog over everything (`Route`).
    public internal(set) var route = Route()
    public internal(set) var shouldQuit = false
    /// A one-line notice for the status bar, cleared by the next key ("Theme: light").
    public internal(set) var message: String?
    /// The community scope and the milestones to celebrate (`Programme/`); the programme screens are in `route`.
    public internal(set) var programme = ProgrammeState()
    /// Whether `message` reports a failure (shown in the error role).
    public internal(set) var messageIsError = false
    /// Changes sent to the store and not yet confirmed by `.saved` / `.deleted` (the UI shows them as "Saving…").
    public internal(set) var pending: [RecordChange] = []
    /// Confirmed changes that `u` undoes and Ctrl-R redoes, for the whole run.
    public internal(set) var history = UndoStack()
    /// Git sync: the last outcome, a sync under way and the conflicted records (`Sync/`); the conflicts screen is in `route`.
    public internal(set) var sync = SyncState()
    /// Where new records' ids come from (the runtime seeds it at random; tests pass a fixed seed), so `reduce` never calls `UUID()`.
    public internal(set) var ids: IDSource
    var lists: HomeLists {
        didSet { contentStamp = .next() }
    }
    /// Changes (to a value never used before) whenever the data, the lists, the clock or the theme change.
    private(set) var contentStamp = DetailMemo.Stamp.next()
    /// The last detail page built (`DetailMemo`).
    let detailMemo = DetailMemo()
    /// Changes (to a value never used before) whenever the data changes.
    private(set) var dataStamp = DetailMemo.Stamp.next()
    /// The skills map's matrix, pairing proposal and page, kept for the stamps they were built from (`SkillsMapMemo`).
    let skillsMapMemo = SkillsMapMemo()

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
        self.lists = HomeLists(data: data, now: now, calendar: calendar, filters: [:])
        refreshProgramme()
        normalizeScroll()
    }

    /// Whether an `.idle` action has deferred work to do (the runtime sends one only then).
    public var hasIdleWork: Bool { lists.hasColdSearch }

    /// Today in the store's calendar.
    public var today: Day { Day(now, in: calendar) }

    /// The cursor of `pane`.
    public func cursor(_ pane: PaneID) -> PaneCursor {
        cursors[pane] ?? PaneCursor()
    }

    /// How many items `pane` shows after its filter.
    public func itemCount(_ pane: PaneID) -> Int {
        lists.count(pane)
    }

    /// The upcoming occurrences shown in the sessions pane, in order.
    public var shownSessions: [SessionOccurrence] {
        lists.sessions.map { lists.upcoming[$0] }
    }

    /// The people shown as matrix rows, in order.
    public var shownPeople: [Person] {
        lists.people.map { lists.matrix.people[$0] }
    }

    /// The open action items shown, in order.
    public var shownActions: [ActionItem] {
        lists.actions.map { lists.allActions[$0] }
    }

    /// The skills shown as matrix columns, in order.
    public var shownSkills: [Skill] {
        lists.matrix.skills
    }

    /// The layout for the current size, focus and zoom.
    var layout: HomeLayout {
        HomeLayout.make(size: size, focus: focus, zoomed: isZoomed, hasProblems: !problems.isEmpty, matrixRows: lists.people.count)
    }

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

    mutating func updateCursor(_ pane: PaneID, _ change: (inout PaneCursor) -> Void) {
        var cursor = cursors[pane] ?? PaneCursor()
        change(&cursor)
        cursors[pane] = cursor
    }

    /// Replaces the data (reload) and recomputes every list, keeping selections by record id.
    mutating func replaceData(_ newData: GuildData) {
        let kept = selectedIDs()
        data = newData
        refreshProgramme()
        lists = HomeLists(data: programme.listed(data), now: now, calendar: calendar, filters: cursors.mapValues(\.filter))
        restoreSelection(kept)
    }

    /// Applies a confirmed change to the data: `saved` is upserted, `removed` taken out; only the lists it touches are rebuilt.
    mutating func applyConfirmed(saved: RecordValue?, removed: RecordValue?) {
        let kept = selectedIDs()
        if let saved { data.upsert(saved.record) }
        if let removed { data.remove(kind: removed.kind, id: removed.id) }
        let kinds = Set([saved?.kind, removed?.kind].compactMap { $0 })
        let filters = cursors.mapValues(\.filter)
        refreshProgramme()
        let listed = programme.listed(data)
        if kinds.contains(.person) || kinds.contains(.community) {
            // Names show in every pane; a community's members decide what a scoped dashboard lists.
            lists = HomeLists(data: listed, now: now, calendar: calendar, filters: filters)
        } else {
            if kinds.contains(.session) {
                lists.rebuildSessions(data: listed, now: now, calendar: calendar, filter: filters[.sessions] ?? "")
                lists.rebuildActions(data: listed, today: today, filter: filters[.actions] ?? "")
            }
            if kinds.contains(.skill) || kinds.contains(.ratingSheet) { lists.rebuildMatrix(data: listed, filter: filters[.matrix] ?? "") }
            if kinds.contains(.action) { lists.rebuildActions(data: listed, today: today, filter: filters[.actions] ?? "") }
        }
        restoreSelection(kept)
    }

    /// Puts the cursor of `pane` on the record with `id` when the pane shows it.
    mutating func select(_ id: UUID, in pane: PaneID) {
        let found: Int? = switch pane {
        case .sessions: lists.sessions.firstIndex { lists.upcoming[$0].session.id == id }
        case .matrix: lists.people.firstIndex { lists.matrix.people[$0].id == id }
        case .actions: lists.actions.firstIndex { lists.allActions[$0].id == id }
        }
        guard let found else { return }
        updateCursor(pane) { $0.row = found }
        normalizeScroll()
    }

    /// Moves the clock; recomputes what depends on it (sessions each minute, actions each day).
    mutating func moveClock(to date: Date) {
        let oldDay = today
        let oldMinute = Int(now.timeIntervalSince1970 / 60)
        now = date
        guard Int(date.timeIntervalSince1970 / 60) != oldMinute || today != oldDay else { return }
        let kept = selectedIDs()
        lists.rebuildSessions(data: programme.listed(data), now: now, calendar: calendar, filter: cursor(.sessions).filter)
        if today != oldDay {
            refreshProgramme()
            lists.rebuildActions(data: programme.listed(data), today: today, filter: cursor(.actions).filter)
        }
        restoreSelection(kept)
    }

    /// Sets a pane's filter and re-filters its list, keeping the selected record when it still shows.
    mutating func setFilter(_ text: String, for pane: PaneID) {
        let old = cursor(pane).filter
        guard text != old else { return }
        let kept = selectedIDs()
        let narrowing = !old.isEmpty && TextMatch.fold(text).hasPrefix(TextMatch.fold(old))
        lists.applyFilter(text, to: pane, narrowing: narrowing)
        updateCursor(pane) { $0.filter = text }
        restoreSelection(kept, only: pane)
    }

    /// The record ids under each pane's cursor.
    private func selectedIDs() -> [PaneID: String] {
        var ids: [PaneID: String] = [:]
        if let occurrence = lists.occurrence(cursor(.sessions).row) { ids[.sessions] = occurrence.id }
        if let person = lists.person(cursor(.matrix).row) { ids[.matrix] = person.person.id.uuidString }
        if let item = lists.action(cursor(.actions).row) { ids[.actions] = item.id.uuidString }
        return ids
    }

    private mutating func restoreSelection(_ ids: [PaneID: String], only: PaneID? = nil) {
        for pane in PaneID.allCases where only == nil || only == pane {
            let found: Int? = switch pane {
            case .sessions: ids[pane].flatMap { id in lists.sessions.firstIndex { lists.upcoming[$0].id == id } }
            case .matrix: ids[pane].flatMap { id in lists.people.firstIndex { lists.matrix.people[$0].id.uuidString == id } }
            case .actions: ids[pane].flatMap { id in lists.actions.firstIndex { lists.allActions[$0].id.uuidString == id } }
            }
            let count = lists.count(pane)
            let skills = lists.matrix.skills.count
            updateCursor(pane) { cursor in
                cursor.row = found ?? (only == nil ? min(cursor.row, max(0, count - 1)) : 0)
                cursor.column = min(cursor.column, max(0, skills - 1))
            }
        }
        normalizeScroll()
    }

    /// Keeps every pane's selection in range and in view for the current layout.
    mutating func normalizeScroll() {
        let layout = self.layout
        for pane in PaneID.allCases {
            let count = lists.count(pane)
            let skills = lists.matrix.skills.count
            let geometry = layout.panes[pane].map { PaneGeometry.make(pane, in: $0) }
            let lists = self.lists
            updateCursor(pane) { cursor in
                cursor.row = min(max(0, cursor.row), max(0, count - 1))
                cursor.column = min(max(0, cursor.column), max(0, skills - 1))
                guard let geometry else { return }
                cursor.rowOffset = ScrollState.offset(
                    selected: count == 0 ? nil : lists.entry(ofItem: cursor.row, in: pane), currentOffset: cursor.rowOffset,
                    visibleRows: geometry.visibleEntries, count: lists.entryCount(pane))
                if pane == .matrix {
                    let columns = MatrixColumns.make(lists, width: geometry.rows.width)
                    cursor.columnOffset = Table.columnOffset(
                        revealing: cursor.column + 1, currentOffset: cursor.columnOffset + 1, columns: columns, frozenColumns: 1,
                        spacing: 1, width: geometry.rows.width) - 1
                }
            }
        }
    }
}
