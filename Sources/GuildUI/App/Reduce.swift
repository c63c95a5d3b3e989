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
        // What the screen shows first: the pairs tab's partners, the title bar's milestones; then the panes' search rows.
        if state.skillsMapAwaitsPartners {
            state.indexPartners()
        } else if state.programme.milestonesStale {
            state.programme.refreshMilestones(data: state.data, now: state.now)
        } else {
            state.reduceHome(.foldSearch)
        }
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
    case .identityResolved(let resolution):
        state.identity = resolution
    }
    return []
}

extension AppState {
    mutating func resize(to newSize: Size) {
        size = newSize
        reduceHome(.relayout)
    }

    /// Runs the home screen's reducer on its state, in place (the lists are never copied).
    mutating func reduceHome(_ action: HomeAction) {
        home.reduce(action, in: homeEnvironment)
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
        case .screenMyWeek: openMyWeek()
        case .screenProposals: openProposals()
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
        case .appHelp: reduceOverlay(.helpToggled)
        case .overlayClose: reduceOverlay(.closed)
        case .overlayUp: reduceOverlay(.scrolledLines(-1))
        case .overlayDown: reduceOverlay(.scrolledLines(1))
        case .overlayPageUp: reduceOverlay(.scrolledPages(-1))
        case .overlayPageDown: reduceOverlay(.scrolledPages(1))
        case .overlayTop: reduceOverlay(.scrolledToTop)
        case .overlayBottom: reduceOverlay(.scrolledToBottom)
        case .paneNext: reduceHome(.focusNext)
        case .panePrevious: reduceHome(.focusPrevious)
        case .paneSessions: reduceHome(.focus(.sessions))
        case .paneMatrix: reduceHome(.focus(.matrix))
        case .paneActions: reduceHome(.focus(.actions))
        case .paneZoom: reduceHome(.toggleZoom)
        case .viewBack: reduceHome(.back)
        case .cursorUp: reduceHome(.moveRow(by: -1))
        case .cursorDown: reduceHome(.moveRow(by: 1))
        case .cursorLeft: reduceHome(.moveColumn(by: -1))
        case .cursorRight: reduceHome(.moveColumn(by: 1))
        case .cursorPageUp: reduceHome(.movePage(-1))
        case .cursorPageDown: reduceHome(.movePage(1))
        case .cursorFirst: reduceHome(.moveRow(by: -Int.max / 2))
        case .cursorLast: reduceHome(.moveRow(by: Int.max / 2))
        case .itemOpen:
            if let target = home.selectedTarget() {
                reduceOverlay(.detailOpened(target))
                if case .session(let id, _) = target { return [.loadNotes(notesNeeded(forSession: id))] }
            }
        case .filterStart:
            reduceHome(.startFilter)
        case .filterAccept, .filterCancel:
            break
        case .appPalette, .actionQuickAdd, .editUndo, .editRedo, .itemNew, .itemEdit, .itemDelete, .detailEdit, .detailDelete, .detailNoteEdit,
             .detailNoteDelete, .matrixLevel0, .matrixLevel1, .matrixLevel2, .matrixLevel3, .matrixLevel4, .matrixInterest, .matrixClear,
             .actionToggleDone, .actionDrop, .actionReassign:
            return runEditing(command)
        case .actionMine:
            toggleMyActions()
        case .formNext, .formPrevious, .formSubmit, .formCancel, .formEditor, .formOptionNext, .formOptionPrevious, .formTakeTheirs,
             .pickerNext, .pickerPrevious, .paletteRun, .paletteClose, .paletteNext, .palettePrevious,
             .quickAddSave, .quickAddExpand, .quickAddCancel, .confirmYes, .confirmNo:
            // Only while their dialog is open (`pressInDialog`).
            break
        }
        return []
    }

    /// A key while a filter is typed: a command bound in the filter context ends it (Esc drops it), anything else is text.
    private mutating func typeFilter(_ key: Key) {
        if let id = keymap.command(for: key, in: .filter), let command = Command(rawValue: id) {
            reduceHome(.endFilter(keep: command != .filterCancel))
        } else {
            reduceHome(.typeFilter(key))
        }
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

    /// How many lines the open overlay has at the current size.
    var overlayLineCount: Int {
        switch overlay {
        case nil: 0
        case .help?: HelpOverlay.lines(for: screenContext).count
        case .detail(let target, _)?: DetailView.lines(for: target, lists: lists, context: screenContext, width: DetailView.textWidth(layout.body.width)).count
        }
    }

    /// Runs the overlay reducer on the route's overlay, with the line counts of the overlay showing.
    mutating func reduceOverlay(_ action: OverlayAction) {
        let state = self
        let environment = OverlayEnvironment(lineCount: { state.overlayLineCount }, visibleLines: overlayVisibleLines)
        Overlay.reduce(&route.overlay, action, in: environment)
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
            case .wheelUp: reduceOverlay(.scrolledLines(-3))
            case .wheelDown: reduceOverlay(.scrolledLines(3))
            default: break
            }
            return
        }
        reduceHome(.click(event))
    }
}
