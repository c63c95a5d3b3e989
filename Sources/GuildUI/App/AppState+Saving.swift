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

    /// The store acknowledged `change`; `stored` is what the file holds now. The change shows as done, joins the
    /// undo history as sent (so undoing it takes back only its own fields), and the dialog waiting for it closes.
    mutating func confirmSaved(_ change: RecordChange, stored: RecordValue?) {
        if let stored {
            applyConfirmed(saved: stored, removed: nil)
        } else if let subject = change.subject {
            applyConfirmed(saved: nil, removed: subject)
            if case .detail(let target, _)? = overlay, target.recordID == subject.id { overlay = nil }
        }
        // Not asked for by this state (a test, or a late answer): the store has it, so it shows; nothing else to do.
        guard let index = pending.firstIndex(of: change) ?? pending.firstIndex(where: { pendingChange in change.subject.map(pendingChange.concerns) ?? false }) else { return }
        pending.remove(at: index)
        finish(change)
    }

    /// The store refused `change`: nothing changed in memory; the status line names the record and says why, and
    /// open text stays. A form whose record changed on disk meanwhile moves onto that version, keeping what the user
    /// typed and showing both values of each field changed on both sides.
    mutating func saveFailed(_ change: RecordChange, _ failure: SaveFailure) {
        if let index = pending.firstIndex(of: change) ?? pending.firstIndex(where: { pendingChange in change.subject.map(pendingChange.concerns) ?? false }) {
            pending.remove(at: index)
        }
        let what = change.summary ?? change.subject.map { $0.label(in: data) } ?? "change"
        let verb = switch change.origin {
        case .edit: change.after == nil ? "Not deleted" : "Not saved"
        case .undo: "Not undone"
        case .redo: "Not redone"
        }
        let reason = "\(verb): \(what) — \(failure.message)"
        switch dialog {
        case .form(var form)? where form.isSaving:
            form.isSaving = false
            if let conflict = failure.conflict, let theirs = conflict.theirs,
               let kind = form.kind.rebased(onto: theirs) {
                form.rebase(onto: kind, data: data, now: now, calendar: calendar)
                let fields = form.conflicts.map(\.label).joined(separator: ", ")
                let message = form.conflicts.isEmpty
                    ? "Changed on disk meanwhile (\(conflict.fields.map(\.name).joined(separator: ", "))); the form now shows that version with your changes: \(keyName(.formSubmit)) saves them"
                    : "Changed on disk meanwhile (⚠ \(fields)): \(keyName(.formSubmit)) keeps yours, \(keyName(.formTakeTheirs)) takes theirs"
                form.error = FieldError(field: "", message)
                dialog = .form(form)
                notify("\(verb): \(what) changed on disk meanwhile — " + (form.conflicts.isEmpty ? "\(keyName(.formSubmit)) saves again" : "both values are shown"), isError: true)
                return
            }
            form.error = FieldError(field: "", reason)
            dialog = .form(form)
        case .quickAdd(var bar)? where bar.isSaving:
            bar.isSaving = false
            bar.error = reason
            dialog = .quickAdd(bar)
        default:
            break
        }
        notify(reason, isError: true)
    }

    /// Records a confirmed change in the history and says so; closes the dialog that was waiting for it.
    private mutating func finish(_ change: RecordChange) {
        let what = change.summary ?? change.subject.map { $0.label(in: data) } ?? "change"
        switch change.origin {
        case .edit:
            history.record(change)
            if change.after == nil {
                notify("Deleted \(what) · \(keyName(.editUndo)) undoes")
            } else {
                notify("Saved " + (change.before == nil ? "new " : "") + what)
            }
        case .undo:
            history.didUndo(wrote: change.after)
            notify("Undone: \(what) · \(keyName(.editRedo)) redoes")
        case .redo:
            history.didRedo(wrote: change.after)
            notify("Redone: \(what)")
        }
        switch dialog {
        case .form(let form)? where form.isSaving: dialog = nil
        case .quickAdd(let bar)? where bar.isSaving: dialog = nil
        default: break
        }
        if change.before == nil, let created = change.after, let pane = RecordEditor.of(created.kind)?.homePane {
            reduceHome(.select(created.id, in: pane))
        }
    }

    /// Undoes the last confirmed edit by applying its inverse: from the version it wrote back to the one it started
    /// from. Only the fields the edit changed go back; fields others changed since are kept (or, if others changed the
    /// same fields, the store refuses it as a conflict). The undo is saved like any change.
    mutating func undo() -> [Effect] {
        guard pending.isEmpty else { notify("Still saving the last change…"); return [] }
        guard let entry = history.undoable.last else { notify("Nothing to undo"); return [] }
        return commit(RecordChange(before: entry.after, after: entry.before?.touched(at: now), origin: .undo, summary: entry.summary))
    }

    /// Redoes the last undone edit: its change applied again, from the version its undo wrote.
    mutating func redo() -> [Effect] {
        guard pending.isEmpty else { notify("Still saving the last change…"); return [] }
        guard let entry = history.redoable.last else { notify("Nothing to redo"); return [] }
        return commit(RecordChange(before: entry.before, after: entry.after?.touched(at: now), origin: .redo, summary: entry.summary))
    }

    /// Shows a one-line notice in the status bar until the next key.
    mutating func notify(_ text: String, isError: Bool = false) {
        message = text
        messageIsError = isError
    }
}
