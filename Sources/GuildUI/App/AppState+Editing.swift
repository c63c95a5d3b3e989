import Foundation
import GuildCore
import TerminalGrid

/// The dialog layer as the dashboard scopes it: the editing commands open dialogs, keys and `$EDITOR` answers go to the
/// dialog reducer (`Dialog+Reduce.swift`) with its environment, and what it asks for is done here.
extension AppState {
    /// What the dialog reducer reads: the data, the clock, the keymap, the theme names and the id source.
    var dialogEnvironment: DialogEnvironment {
        DialogEnvironment(data: data, now: now, calendar: calendar, keymap: keymap, themes: themes.map(\.name), ids: ids)
    }

    /// Runs an editing command from the home screen or an overlay (forms, the palette and questions have their own keys).
    mutating func runEditing(_ command: Command) -> [Effect] {
        switch command {
        case .appPalette:
            dialog = .palette(Palette(origin: keyContext, screen: keyScreen))
        case .actionQuickAdd:
            var sessionID: UUID?
            if case .detail(.session(let id, _), _)? = overlay { sessionID = id }
            dialog = .quickAdd(QuickAddBar(sessionID: sessionID))
        case .editUndo: return reduceSaving(.undoPressed)
        case .editRedo: return reduceSaving(.redoPressed)
        case .itemNew:
            // The kind the focused pane lists.
            if let editor = RecordEditor.all.first(where: { $0.homePane == home.focus }) { create(editor.kind) }
        case .itemEdit:
            if let target = home.selectedTarget() { edit(target) }
        case .itemDelete:
            if let target = home.selectedTarget() { askToDelete(target) }
        case .detailEdit:
            if case .detail(let target, _)? = overlay { edit(target) }
        case .detailDelete:
            if case .detail(let target, _)? = overlay { askToDelete(target) }
        case .detailNoteEdit, .detailNoteDelete:
            pickNote(command == .detailNoteEdit ? .edit : .delete)
        case .matrixLevel0: return reducePaneEdit(.levelPressed(.none))
        case .matrixLevel1: return reducePaneEdit(.levelPressed(.learning))
        case .matrixLevel2: return reducePaneEdit(.levelPressed(.working))
        case .matrixLevel3: return reducePaneEdit(.levelPressed(.proficient))
        case .matrixLevel4: return reducePaneEdit(.levelPressed(.expert))
        case .matrixInterest: return reducePaneEdit(.interestPressed)
        case .matrixClear: return reducePaneEdit(.clearRatingPressed)
        case .actionToggleDone: return reducePaneEdit(.donePressed)
        case .actionDrop: return reducePaneEdit(.dropPressed)
        case .actionReassign:
            if let item = home.selectedAction { dialog = Dialog.reassigning(item, in: dialogEnvironment) }
        default:
            break
        }
        return []
    }

    /// From a session's detail view: a picker over the notes it shows (the session's, or its held meetings'), to edit
    /// or delete one; the change is saved against the note as read, and `u` takes it back.
    mutating func pickNote(_ purpose: RecordPicker.Purpose) {
        guard case .detail(.session(let id, _), _)? = overlay else {
            notify("Notes are fixed from a session's detail view (\(keyName(.itemOpen)) on a session)")
            return
        }
        let sessions = Set(notesNeeded(forSession: id))
        guard data.notes.values.contains(where: { sessions.contains($0.sessionID) }) else {
            notify("This session has no notes yet")
            return
        }
        dialog = .picker(RecordPicker(kind: .note, purpose: purpose, sessions: sessions))
    }

    /// Opens the form for what a detail target or the selection names.
    mutating func edit(_ target: DetailTarget) {
        edit(kind: target.recordKind, id: target.recordID)
    }

    /// Opens the form for the record of `kind` with `id` (nothing for a kind not edited in forms).
    mutating func edit(kind: RecordKind, id: UUID) {
        if let form = Dialog.editing(kind: kind, id: id, in: dialogEnvironment) { dialog = form }
    }

    /// A blank form for a new record of `kind` (nothing for a kind not edited in forms, or not made in a blank form).
    mutating func create(_ kind: RecordKind) {
        if let form = Dialog.blank(kind, in: dialogEnvironment) { dialog = form }
    }

    /// Asks before deleting what a detail target names.
    mutating func askToDelete(_ target: DetailTarget) {
        askToDelete(kind: target.recordKind, id: target.recordID)
    }

    /// Asks before deleting the record of `kind` with `id`.
    mutating func askToDelete(kind: RecordKind, id: UUID) {
        if let question = Dialog.deleting(kind: kind, id: id, in: dialogEnvironment) { dialog = question }
    }

    /// A key while a dialog is open.
    mutating func pressInDialog(_ key: Key) -> [Effect] {
        reduceDialog(.keyPressed(key))
    }

    /// Text back from `$EDITOR` goes into the field that asked for it.
    mutating func textEdited(_ text: String) {
        _ = reduceDialog(.textEdited(text))
    }

    /// `$EDITOR` failed; the field keeps its text.
    mutating func textEditFailed(_ reason: String) {
        _ = reduceDialog(.textEditFailed)
        notify("Editor: " + reason, isError: true)
    }

    /// Runs the dialog reducer on the route's dialog, in place, and does what it asks: notices, changes to save
    /// (through the save rule), `$EDITOR`, a palette's binding or theme.
    mutating func reduceDialog(_ action: DialogAction) -> [Effect] {
        var environment = dialogEnvironment
        let asked = Dialog.reduce(&route.dialog, action, in: &environment)
        ids = environment.ids
        var effects: [Effect] = []
        for effect in asked {
            switch effect {
            case .notice(let text, let isError): notify(text, isError: isError)
            case .commit(let change): effects += reduceSaving(.commit(change))
            case .editText(let request): effects.append(.editText(request))
            case .runBinding(let id): effects += runBinding(id)
            case .selectTheme(let name):
                guard let found = themes.first(where: { $0.name == name }) else { continue }
                theme = found
                notify("Theme: \(name)")
                effects.append(.themeSelected(name))
            }
        }
        return effects
    }
}
