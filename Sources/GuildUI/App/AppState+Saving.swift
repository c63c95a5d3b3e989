import Foundation
import GuildCore

extension AppState {
    /// Hands a change to the runtime: nothing changes on screen but the "Saving…" notice until the store confirms it.
    mutating func commit(_ change: RecordChange) -> [Effect] {
        guard let effect = change.effect else { return [] }
        pending.append(change)
        notify("Saving…")
        return [effect]
    }

    /// The store saved `value`: the change shows as done, joins the undo history, and the dialog waiting for it closes.
    mutating func confirmSaved(_ value: RecordValue) {
        guard let index = pending.firstIndex(where: { $0.after.map { $0.kind == value.kind && $0.id == value.id } ?? false }) else {
            // Not asked for by this state (a test, or a late answer): the store has it, so show it.
            applyConfirmed(saved: value, removed: nil)
            return
        }
        var change = pending.remove(at: index)
        change.after = value
        applyConfirmed(saved: value, removed: nil)
        finish(change)
    }

    /// The store deleted `value`'s file.
    mutating func confirmDeleted(_ value: RecordValue) {
        guard let index = pending.firstIndex(where: { $0.after == nil && $0.concerns(value) }) else {
            applyConfirmed(saved: nil, removed: value)
            return
        }
        let change = pending.remove(at: index)
        applyConfirmed(saved: nil, removed: value)
        if case .detail(let target, _)? = overlay, target.recordID == value.id { overlay = nil }
        finish(change)
    }

    /// The store refused the change: nothing was changed in memory; the status line says why and open text stays.
    mutating func saveFailed(_ value: RecordValue, message reason: String) {
        if let index = pending.firstIndex(where: { $0.concerns(value) }) { pending.remove(at: index) }
        notify("Not saved: " + reason, isError: true)
        switch dialog {
        case .form(var form)? where form.isSaving:
            form.isSaving = false
            form.error = FieldError(field: "", "Not saved: " + reason)
            dialog = .form(form)
        case .quickAdd(var bar)? where bar.isSaving:
            bar.isSaving = false
            bar.error = "Not saved: " + reason
            dialog = .quickAdd(bar)
        default:
            break
        }
    }

    /// Records a confirmed change in the history and says so; closes the dialog that was waiting for it.
    private mutating func finish(_ change: RecordChange) {
        let what = change.summary ?? change.subject.map { $0.label(in: data) } ?? "change"
        switch change.origin {
        case .edit:
            history.record(change)
            if change.after == nil {
                notify("Deleted \(what) · u undoes")
            } else {
                notify("Saved " + (change.before == nil ? "new " : "") + what)
            }
        case .undo:
            history.didUndo()
            notify("Undone: \(what) · C-r redoes")
        case .redo:
            history.didRedo()
            notify("Redone: \(what)")
        }
        switch dialog {
        case .form(let form)? where form.isSaving: dialog = nil
        case .quickAdd(let bar)? where bar.isSaving: dialog = nil
        default: break
        }
        if change.before == nil, let created = change.after {
            switch created {
            case .session(let s): select(s.id, in: .sessions)
            case .person(let p): select(p.id, in: .matrix)
            case .action(let a): select(a.id, in: .actions)
            default: break
            }
        }
    }

    /// Undoes the last confirmed edit by saving (or deleting) the record as it was; the undo is saved like any change.
    mutating func undo() -> [Effect] {
        guard pending.isEmpty else { notify("Still saving the last change…"); return [] }
        guard let entry = history.undoable.last else { notify("Nothing to undo"); return [] }
        let current = entry.subject.flatMap(currentVersion)
        let target = entry.before?.touched(at: now)
        return commit(RecordChange(before: current ?? entry.after, after: target, origin: .undo, summary: entry.summary))
    }

    /// Redoes the last undone edit.
    mutating func redo() -> [Effect] {
        guard pending.isEmpty else { notify("Still saving the last change…"); return [] }
        guard let entry = history.redoable.last else { notify("Nothing to redo"); return [] }
        let current = entry.subject.flatMap(currentVersion)
        let target = entry.after?.touched(at: now)
        return commit(RecordChange(before: current ?? entry.before, after: target, origin: .redo, summary: entry.summary))
    }

    /// The loaded version of the record `value` names, if any.
    public func currentVersion(of value: RecordValue) -> RecordValue? {
        data.record(kind: value.kind, id: value.id).flatMap { RecordValue($0) }
    }

    /// Shows a one-line notice in the status bar until the next key.
    mutating func notify(_ text: String, isError: Bool = false) {
        message = text
        messageIsError = isError
    }
}
