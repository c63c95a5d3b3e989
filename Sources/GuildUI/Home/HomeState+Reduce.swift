import Foundation
import GuildCore
import TerminalGrid

/// The home screen's reducer: its actions change only `HomeState`, laid out for the size and dated by the clock of the
/// environment it is given. `AppState` maps the pane keys to these actions and owns what covers the screen.
extension HomeState {
    /// Applies `action` to the home screen alone.
    mutating func reduce(_ action: HomeAction, in environment: HomeEnvironment) {
        switch action {
        case .focus(let pane):
            focus = pane
            normalizeScroll(environment)
        case .focusNext:
            focus = focus.next
            normalizeScroll(environment)
        case .focusPrevious:
            focus = focus.previous
            normalizeScroll(environment)
        case .toggleZoom:
            isZoomed.toggle()
            normalizeScroll(environment)
        case .back:
            if !cursor(focus).filter.isEmpty {
                setFilter("", for: focus, environment)
            } else if isZoomed {
                isZoomed = false
                normalizeScroll(environment)
            }
        case .moveRow(let delta):
            moveRow(by: delta, environment)
        case .movePage(let direction):
            moveRow(by: direction * max(1, pageSize(focus, environment)), environment)
        case .moveColumn(let delta):
            moveColumn(by: delta, environment)
        case .startFilter:
            filterField = TextField(text: cursor(focus).filter)
        case .typeFilter(let key):
            guard var field = filterField, field.handle(key) else { return }
            filterField = field
            setFilter(field.text, for: focus, environment)
        case .endFilter(let keep):
            if !keep { setFilter("", for: focus, environment) }
            filterField = nil
        case .click(let event):
            click(event, environment)
        case .relayout:
            normalizeScroll(environment)
        case .select(let id, let pane):
            select(id, in: pane, environment)
        case .dataReplaced(let data):
            let kept = selectedIDs()
            lists = HomeLists(data: data, now: environment.now, calendar: environment.calendar, filters: cursors.mapValues(\.filter), actionsOwner: lists.actionsOwner)
            restoreSelection(kept, environment)
        case .recordsChanged(let data, let kinds):
            recordsChanged(data, kinds: kinds, environment)
        case .clockMoved(let data, let dayChanged):
            let kept = selectedIDs()
            lists.rebuildSessions(data: data, now: environment.now, calendar: environment.calendar, filter: cursor(.sessions).filter)
            if dayChanged { lists.rebuildActions(data: data, today: environment.today, filter: cursor(.actions).filter) }
            restoreSelection(kept, environment)
        case .scoped(let data):
            lists = HomeLists(data: data, now: environment.now, calendar: environment.calendar, filters: cursors.mapValues(\.filter), actionsOwner: lists.actionsOwner)
            for pane in PaneID.allCases { updateCursor(pane) { $0.row = 0; $0.rowOffset = 0 } }
            normalizeScroll(environment)
        case .narrowActions(let owner, let data):
            let kept = selectedIDs()
            lists.narrowActions(to: owner, data: data, today: environment.today, filter: cursor(.actions).filter)
            restoreSelection(kept, only: .actions, environment)
        case .foldSearch:
            lists.foldSearch()
        }
    }

    /// Rows a page moves in `pane`.
    func pageSize(_ pane: PaneID, _ environment: HomeEnvironment) -> Int {
        guard let rect = layout(size: environment.size, hasProblems: environment.hasProblems).panes[pane] else { return 1 }
        return max(1, PaneGeometry.make(pane, in: rect).visibleEntries - 1)
    }

    private mutating func updateCursor(_ pane: PaneID, _ change: (inout PaneCursor) -> Void) {
        var cursor = cursors[pane] ?? PaneCursor()
        change(&cursor)
        cursors[pane] = cursor
    }

    private mutating func recordsChanged(_ data: GuildData, kinds: Set<RecordKind>, _ environment: HomeEnvironment) {
        let kept = selectedIDs()
        let filters = cursors.mapValues(\.filter)
        if kinds.contains(.person) || kinds.contains(.community) {
            // Names show in every pane; a community's members decide what a scoped dashboard lists.
            lists = HomeLists(data: data, now: environment.now, calendar: environment.calendar, filters: filters, actionsOwner: lists.actionsOwner)
        } else {
            if kinds.contains(.session) {
                lists.rebuildSessions(data: data, now: environment.now, calendar: environment.calendar, filter: filters[.sessions] ?? "")
                lists.rebuildActions(data: data, today: environment.today, filter: filters[.actions] ?? "")
            }
            if kinds.contains(.skill) || kinds.contains(.ratingSheet) { lists.rebuildMatrix(data: data, filter: filters[.matrix] ?? "") }
            if kinds.contains(.action) { lists.rebuildActions(data: data, today: environment.today, filter: filters[.actions] ?? "") }
        }
        restoreSelection(kept, environment)
    }

    private mutating func select(_ id: UUID, in pane: PaneID, _ environment: HomeEnvironment) {
        let found: Int? = switch pane {
        case .sessions: lists.sessions.firstIndex { lists.upcoming[$0].session.id == id }
        case .matrix: lists.people.firstIndex { lists.matrix.people[$0].id == id }
        case .actions: lists.actions.firstIndex { lists.allActions[$0].id == id }
        }
        guard let found else { return }
        updateCursor(pane) { $0.row = found }
        normalizeScroll(environment)
    }

    /// Sets a pane's filter and re-filters its list, keeping the selected record when it still shows.
    private mutating func setFilter(_ text: String, for pane: PaneID, _ environment: HomeEnvironment) {
        let old = cursor(pane).filter
        guard text != old else { return }
        let kept = selectedIDs()
        let narrowing = !old.isEmpty && TextMatch.fold(text).hasPrefix(TextMatch.fold(old))
        lists.applyFilter(text, to: pane, narrowing: narrowing)
        updateCursor(pane) { $0.filter = text }
        restoreSelection(kept, only: pane, environment)
    }

    /// The record ids under each pane's cursor.
    private func selectedIDs() -> [PaneID: String] {
        var ids: [PaneID: String] = [:]
        if let occurrence = lists.occurrence(cursor(.sessions).row) { ids[.sessions] = occurrence.id }
        if let person = lists.person(cursor(.matrix).row) { ids[.matrix] = person.person.id.uuidString }
        if let item = lists.action(cursor(.actions).row) { ids[.actions] = item.id.uuidString }
        return ids
    }

    private mutating func restoreSelection(_ ids: [PaneID: String], only: PaneID? = nil, _ environment: HomeEnvironment) {
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
        normalizeScroll(environment)
    }

    /// Keeps every pane's selection in range and in view for the layout at the environment's size.
    private mutating func normalizeScroll(_ environment: HomeEnvironment) {
        let layout = self.layout(size: environment.size, hasProblems: environment.hasProblems)
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

    private mutating func moveRow(by delta: Int, _ environment: HomeEnvironment) {
        let count = lists.count(focus)
        guard count > 0 else { return }
        updateCursor(focus) { cursor in
            let target = delta > 0 ? (cursor.row > count - 1 - delta ? count - 1 : cursor.row + delta) : max(0, cursor.row + delta)
            cursor.row = target
        }
        normalizeScroll(environment)
    }

    private mutating func moveColumn(by delta: Int, _ environment: HomeEnvironment) {
        guard focus == .matrix else { return }
        let count = lists.matrix.skills.count
        guard count > 0 else { return }
        updateCursor(.matrix) { $0.column = min(max(0, $0.column + delta), count - 1) }
        normalizeScroll(environment)
    }

    private mutating func click(_ event: MouseEvent, _ environment: HomeEnvironment) {
        let layout = self.layout(size: environment.size, hasProblems: environment.hasProblems)
        guard let pane = layout.pane(atX: event.x, y: event.y), let rect = layout.panes[pane] else { return }
        let geometry = PaneGeometry.make(pane, in: rect)
        switch event.kind {
        case .wheelUp, .wheelDown:
            scrollPane(pane, by: event.kind == .wheelUp ? -3 : 3, geometry: geometry, environment)
        case .press:
            if filterField != nil { filterField = nil }
            focus = pane
            select(at: event, in: pane, geometry: geometry)
            normalizeScroll(environment)
        case .release:
            break
        }
    }

    private mutating func select(at event: MouseEvent, in pane: PaneID, geometry: PaneGeometry) {
        guard geometry.rows.contains(x: event.x, y: event.y) else { return }
        let entry = cursor(pane).rowOffset + (event.y - geometry.rows.y) / geometry.linesPerEntry
        guard let item = lists.item(atEntry: entry, in: pane) else { return }
        var column: Int?
        if pane == .matrix {
            let columns = MatrixColumns.make(lists, width: geometry.rows.width)
            let table = Table(columns: columns, rowCount: 0, columnOffset: cursor(.matrix).columnOffset + 1, frozenColumns: 1) { _, _ in Span("") }
            let x = event.x - geometry.rows.x
            column = table.placements(width: geometry.rows.width).first { x >= $0.x && x < $0.x + $0.width && $0.column > 0 }.map { $0.column - 1 }
        }
        updateCursor(pane) { cursor in
            cursor.row = item
            if let column { cursor.column = column }
        }
    }

    private mutating func scrollPane(_ pane: PaneID, by delta: Int, geometry: PaneGeometry, _ environment: HomeEnvironment) {
        let entries = lists.entryCount(pane)
        let visible = geometry.visibleEntries
        guard entries > visible, visible > 0 else { return }
        let lists = self.lists
        updateCursor(pane) { cursor in
            cursor.rowOffset = min(max(0, cursor.rowOffset + delta), entries - visible)
            // Keep the selection inside the window so the next render does not scroll back.
            let first = cursor.rowOffset, last = cursor.rowOffset + visible - 1
            let entry = lists.entry(ofItem: cursor.row, in: pane)
            if entry < first || entry > last {
                let target = entry < first ? first : last
                cursor.row = lists.item(atEntry: target, in: pane) ?? lists.item(atEntry: target + (entry < first ? 1 : -1), in: pane) ?? cursor.row
            }
        }
        normalizeScroll(environment)
    }
}
