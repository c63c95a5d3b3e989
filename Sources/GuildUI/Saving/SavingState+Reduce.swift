import Foundation
import GuildCore

/// The saving feature's reducer: the one save rule. A change is only *sent* here (pending, "Saving…"); it joins the
/// undo history and is announced as done when the store acknowledges it, and a refusal names the record and the
/// reason. Undo and redo are changes like any other: the inverse of a confirmed edit, sent against what it wrote.
extension SavingState {
    /// Applies `action` to the pending changes and the history; what the dashboard must do comes back as effects.
    mutating func reduce(_ action: SavingAction, in environment: SavingEnvironment) -> [SavingEffect] {
        switch action {
        case .commit(let change):
            return commit(change)
        case .saved(let change):
            // Not asked for by this state (a test, or a late answer): the store has it, so it shows; nothing else to do.
            guard let index = pendingIndex(of: change) else { return [] }
            pending.remove(at: index)
            return [.notice(confirmation(of: change, environment), isError: false), .confirmed(change)]
        case .refused(let change, let failure):
            if let index = pendingIndex(of: change) { pending.remove(at: index) }
            let verb = switch change.origin {
            case .edit: change.after == nil ? "Not deleted" : "Not saved"
            case .undo: "Not undone"
            case .redo: "Not redone"
            }
            let refusal = SaveRefusal(change: change, failure: failure, verb: verb, what: environment.name(of: change))
            return [.notice(refusal.reason, isError: true), .refused(refusal)]
        case .undoPressed:
            guard pending.isEmpty else { return [.notice("Still saving the last change…", isError: false)] }
            guard let entry = history.undoable.last else { return [.notice("Nothing to undo", isError: false)] }
            return commit(RecordChange(before: entry.after, after: entry.before?.touched(at: environment.now), origin: .undo, summary: entry.summary))
        case .redoPressed:
            guard pending.isEmpty else { return [.notice("Still saving the last change…", isError: false)] }
            guard let entry = history.redoable.last else { return [.notice("Nothing to redo", isError: false)] }
            return commit(RecordChange(before: entry.before, after: entry.after?.touched(at: environment.now), origin: .redo, summary: entry.summary))
        }
    }

    /// Hands a change to the runtime: nothing changes on screen but the "Saving…" notice until the store confirms it.
    private mutating func commit(_ change: RecordChange) -> [SavingEffect] {
        guard case .save? = change.effect else { return [] }
        pending.append(change)
        return [.notice("Saving…", isError: false), .save(change)]
    }

    /// The pending change the store answered about: the same change, else the pending one about the same record.
    private func pendingIndex(of change: RecordChange) -> Int? {
        pending.firstIndex(of: change) ?? pending.firstIndex { pendingChange in change.subject.map(pendingChange.concerns) ?? false }
    }

    /// Records a confirmed change in the history (as sent, so undoing it takes back only its own fields) and says so.
    private mutating func confirmation(of change: RecordChange, _ environment: SavingEnvironment) -> String {
        let what = environment.name(of: change)
        switch change.origin {
        case .edit:
            history.record(change)
            return change.after == nil ? "Deleted \(what) · \(environment.keymap.keyName(.editUndo)) undoes" : "Saved " + (change.before == nil ? "new " : "") + what
        case .undo:
            history.didUndo(wrote: change.after)
            return "Undone: \(what) · \(environment.keymap.keyName(.editRedo)) redoes"
        case .redo:
            history.didRedo(wrote: change.after)
            return "Redone: \(what)"
        }
    }
}
