import Foundation
import GuildCore
import TerminalGrid

/// Applies one action to the state and returns what the runtime must do; pure and fast (no I/O, no full-list work per key).
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    switch action {
    case .key(let key):
        return state.press(key)
    case .mouse(let event):
        state.click(event)
    case .resized(let size):
        state.resize(to: size)
    case .tick(let date):
        state.moveClock(to: date)
    case .storeReloaded(let data, let problems):
        state.problems = problems
        state.replaceData(data)
    case .themeChanged(let theme):
        state.theme = theme
    case .notesLoaded(let notes, let sessions):
        state.mergeNotes(notes, sessions: sessions)
    case .saved(let change, let stored):
        state.confirmSaved(change, stored: stored)
    case .saveFailed(let change, let failure):
        state.saveFailed(change, failure)
    case .textEdited(let text):
        state.textEdited(text)
    case .textEditFailed(let message):
        state.textEditFailed(message)
    case .idle:
        state.lists.foldSearch()
    case .syncStarted:
        state.syncStarted()
    case .syncFinished(let outcome):
        state.syncFinished(outcome)
    case .conflictsFound(let items):
        state.conflictsFound(items)
    case .conflictResolved(let path):
        state.conflictResolved(path: path)
    case .conflictResolveFailed(let path, let message):
        state.conflictResolveFailed(path: path, message: message)
    }
    return []
}

extension AppState {
    mutating func resize(to newSize: Size) {
        size = newSize
        normalizeScroll()
    }

    mutating func press(_ key: Key) -> [Effect] {
        switch key {
        case .mouse(let event):
            click(event)
            return []
        case .resize(let newSize):
            resize(to: newSize)
            return []
        default:
            break
        }
        message = nil
        messageIsError = false
        // The layer on top gets the key; help and details use the overlay keys over any screen.
        switch route.top {
        case .dialog: return pressInDialog(key)
        case .conflicts: return pressInConflicts(key)
        case .programme: return pressInProgramme(key) ?? []
        case .skillsMap: return pressInSkillsMap(key) ?? []
        case .help, .detail: break
        case .home:
            if filterField != nil {
                typeFilter(key)
                return []
            }
        }
        guard let id = keymap.command(for: key, in: keyContext), let command = Command(rawValue: id) else { return [] }
        return run(command)
    }

    /// Runs the binding `id` as if its key was pressed on the screen showing (the palette's way to run a command).
    mutating func runBinding(_ id: String) -> [Effect] {
        if let command = Command(rawValue: id) { return run(command) }
        if let command = SkillsMapCommand(rawValue: id) { return runInSkillsMap(command) }
        if let command = ProgrammeCommand(rawValue: id) { return runInProgramme(command) }
        return []
    }

    /// Runs a command from the keymap in the current context.
    mutating func run(_ command: Command) -> [Effect] {
        switch command {
        case .screenSkills: openSkillsMap(.matrix)
        case .screenWho: openSkillsMap(.who)
        case .screenPairs: openSkillsMap(.pairs)
        case .screenLearnings: openSkillsMap(.learnings)
        case .screenCommunities: openCommunities()
        case .screenHealth: openHealth()
        case .scopeNext: scopeDashboard(to: programme.nextScope(in: data))
        case .meetingStart: return startMeetingOnSelection()
        case .meetingEnd: endMeetingOnSelection()
        case .syncNow: return startSync()
        case .conflictsOpen: openConflicts()
        case .conflictsUp, .conflictsDown, .conflictsOptionPrevious, .conflictsOptionNext, .conflictsNext, .conflictsPrevious,
             .conflictsResolve, .conflictsClose:
            return runInConflicts(command)
        case .appQuit:
            shouldQuit = true
            return [.quit]
        case .appTheme:
            return cycleTheme()
        case .appHelp:
            if case .help? = overlay { overlay = nil } else { overlay = .help(scroll: 0) }
        case .overlayClose:
            overlay = nil
        case .overlayUp: scrollOverlay(by: -1)
        case .overlayDown: scrollOverlay(by: 1)
        case .overlayPageUp: scrollOverlay(by: -max(1, overlayPage - 1))
        case .overlayPageDown: scrollOverlay(by: max(1, overlayPage - 1))
        case .overlayTop: scrollOverlay(by: -Int.max / 2)
        case .overlayBottom: scrollOverlay(by: Int.max / 2)
        case .paneNext: focus(focus.next)
        case .panePrevious: focus(focus.previous)
        case .paneSessions: focus(.sessions)
        case .paneMatrix: focus(.matrix)
        case .paneActions: focus(.actions)
        case .paneZoom:
            isZoomed.toggle()
            normalizeScroll()
        case .viewBack:
            if !cursor(focus).filter.isEmpty {
                setFilter("", for: focus)
            } else if isZoomed {
                isZoomed = false
                normalizeScroll()
            }
        case .cursorUp: moveRow(by: -1)
        case .cursorDown: moveRow(by: 1)
        case .cursorLeft: moveColumn(by: -1)
        case .cursorRight: moveColumn(by: 1)
        case .cursorPageUp: moveRow(by: -max(1, pageSize(focus)))
        case .cursorPageDown: moveRow(by: max(1, pageSize(focus)))
        case .cursorFirst: moveRow(by: -Int.max / 2)
        case .cursorLast: moveRow(by: Int.max / 2)
        case .itemOpen:
            if let target = selectedTarget() {
                overlay = .detail(target, scroll: 0)
                if case .session(let id, _) = target { return [.loadNotes(notesNeeded(forSession: id))] }
            }
        case .filterStart:
            filterField = TextField(text: cursor(focus).filter)
        case .filterAccept, .filterCancel:
            break
        case .appPalette, .actionQuickAdd, .editUndo, .editRedo, .itemNew, .itemEdit, .itemDelete, .detailEdit, .detailDelete, .detailNoteEdit, .detailNoteDelete,
             .matrixLevel0, .matrixLevel1, .matrixLevel2, .matrixLevel3, .matrixLevel4, .matrixInterest, .matrixClear,
             .actionToggleDone, .actionDrop, .actionReassign:
            return runEditing(command)
        case .formNext, .formPrevious, .formSubmit, .formCancel, .formEditor, .formOptionNext, .formOptionPrevious, .formTakeTheirs,
             .pickerNext, .pickerPrevious, .paletteRun, .paletteClose, .paletteNext, .palettePrevious,
             .quickAddSave, .quickAddExpand, .quickAddCancel, .confirmYes, .confirmNo:
            // Only while their dialog is open (`pressInDialog`).
            break
        }
        return []
    }

    private mutating func typeFilter(_ key: Key) {
        guard var field = filterField else { return }
        if let id = keymap.command(for: key, in: .filter), let command = Command(rawValue: id) {
            if command == .filterCancel { setFilter("", for: focus) }
            filterField = nil
            return
        }
        guard field.handle(key) else { return }
        filterField = field
        setFilter(field.text, for: focus)
    }

    private mutating func cycleTheme() -> [Effect] {
        guard !themes.isEmpty else {
            message = "No other themes loaded"
            return []
        }
        let index = themes.firstIndex { $0.name == theme.name }.map { ($0 + 1) % themes.count } ?? 0
        theme = themes[index]
        message = "Theme: \(theme.name) (\(index + 1)/\(themes.count))"
        return [.themeSelected(theme.name)]
    }

    private mutating func focus(_ pane: PaneID) {
        focus = pane
        normalizeScroll()
    }

    /// Rows a page moves in `pane`.
    func pageSize(_ pane: PaneID) -> Int {
        guard let rect = layout.panes[pane] else { return 1 }
        return max(1, PaneGeometry.make(pane, in: rect).visibleEntries - 1)
    }

    private mutating func moveRow(by delta: Int) {
        let count = lists.count(focus)
        guard count > 0 else { return }
        updateCursor(focus) { cursor in
            let target = delta > 0 ? (cursor.row > count - 1 - delta ? count - 1 : cursor.row + delta) : max(0, cursor.row + delta)
            cursor.row = target
        }
        normalizeScroll()
    }

    private mutating func moveColumn(by delta: Int) {
        guard focus == .matrix else { return }
        let count = lists.matrix.skills.count
        guard count > 0 else { return }
        updateCursor(.matrix) { $0.column = min(max(0, $0.column + delta), count - 1) }
        normalizeScroll()
    }

    /// What Enter opens in the focused pane.
    func selectedTarget() -> DetailTarget? {
        let row = cursor(focus).row
        switch focus {
        case .sessions: return lists.occurrence(row).map { .session(id: $0.session.id, start: $0.start) }
        case .matrix: return lists.person(row).map { .person($0.person.id) }
        case .actions: return lists.action(row).map { .action($0.id) }
        }
    }

    /// Lines a page of the overlay shows.
    var overlayPage: Int {
        max(1, layout.body.height - 2)
    }

    /// How many lines the open overlay has at the current size.
    var overlayLineCount: Int {
        switch overlay {
        case nil: 0
        case .help?: HelpOverlay.lines(for: screenContext).count
        case .detail(let target, _)?: DetailView.lines(for: target, lists: lists, context: screenContext, width: DetailView.textWidth(layout.body.width)).count
        }
    }

    private mutating func scrollOverlay(by delta: Int) {
        guard let overlay else { return }
        let visible = overlayVisibleLines
        let maximum = max(0, overlayLineCount - visible)
        let target = min(max(0, overlay.scroll + delta), maximum)
        self.overlay = overlay.scrolled(to: target)
    }

    /// Lines the open overlay can show at once.
    var overlayVisibleLines: Int {
        max(1, layout.body.height - 2)
    }

    mutating func click(_ event: MouseEvent) {
        let layout = self.layout
        // The conflicts screen is keyboard-only; clicks must not move the panes hidden under it.
        guard !layout.isTooSmall, route.screen.layer != .conflicts else { return }
        if overlay != nil {
            switch event.kind {
            case .wheelUp: scrollOverlay(by: -3)
            case .wheelDown: scrollOverlay(by: 3)
            default: break
            }
            return
        }
        guard let pane = layout.pane(atX: event.x, y: event.y), let rect = layout.panes[pane] else { return }
        let geometry = PaneGeometry.make(pane, in: rect)
        switch event.kind {
        case .wheelUp, .wheelDown:
            scrollPane(pane, by: event.kind == .wheelUp ? -3 : 3, geometry: geometry)
        case .press:
            if filterField != nil { filterField = nil }
            focus = pane
            select(at: event, in: pane, geometry: geometry)
            normalizeScroll()
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

    private mutating func scrollPane(_ pane: PaneID, by delta: Int, geometry: PaneGeometry) {
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
        normalizeScroll()
    }
}
