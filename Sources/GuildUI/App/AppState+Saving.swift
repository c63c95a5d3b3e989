import Foundation
import GuildCore

/// The save rule as the dashboard scopes it: changes go to the saving reducer (`SavingState+Reduce.swift`); the store's
/// answers change the data first (only what the store acknowledged shows), then reach the saving feature, the dialog
/// waiting for them and the overlay showing the record.
extension AppState {
    /// Changes sent to the store and not yet confirmed by `.saved` (the UI shows them as "Saving…").
    public var pending: [RecordChange] { saving.pending }
    /// Confirmed changes that `u` undoes and Ctrl-R redoes, for the whole run.
    public var history: UndoStack { saving.history }

    /// What the saving reducer reads: the data (to name records), the clock and the keymap.
    var savingEnvironment: SavingEnvironment {
        SavingEnvironment(data: data, now: now, keymap: keymap)
    }

    /// Hands a change to the runtime: nothing changes on screen but the "Saving…" notice until the store confirms it.
    mutating func commit(_ change: RecordChange) -> [Effect] {
        reduceSaving(.commit(change))
    }

    /// The store acknowledged `change`; `stored` is what the file holds now. It shows (the data changes, a deleted
    /// record's detail closes); the saving feature records it for undo and says so; the dialog waiting for it closes.
    mutating func confirmSaved(_ change: RecordChange, stored: RecordValue?) {
        if let stored {
            applyConfirmed(saved: stored, removed: nil)
        } else if let subject = change.subject {
            applyConfirmed(saved: nil, removed: subject)
            reduceOverlay(.recordDeleted(subject.id))
        }
        _ = reduceSaving(.saved(change))
    }

    /// The store refused `change`: nothing changed in memory; the status line names the record and says why, and the
    /// dialog waiting for it keeps what the user typed.
    mutating func saveFailed(_ change: RecordChange, _ failure: SaveFailure) {
        _ = reduceSaving(.refused(change, failure))
    }

    /// Runs the saving reducer and does what it asks: the store's `.save`, notices, and telling the dialog waiting for
    /// an answer (a new record is selected in its pane once confirmed).
    mutating func reduceSaving(_ action: SavingAction) -> [Effect] {
        var effects: [Effect] = []
        for effect in saving.reduce(action, in: savingEnvironment) {
            switch effect {
            case .save(let change):
                effects.append(.save(change))
            case .notice(let text, let isError):
                notify(text, isError: isError)
            case .confirmed(let change):
                effects += reduceDialog(.saveConfirmed(change))
                if change.before == nil, let created = change.after, let pane = RecordEditor.of(created.kind)?.homePane {
                    reduceHome(.select(created.id, in: pane))
                }
            case .refused(let refusal):
                effects += reduceDialog(.saveRefused(refusal))
            }
        }
        return effects
    }

    /// Shows a one-line notice in the status bar until the next key.
    mutating func notify(_ text: String, isError: Bool = false) {
        message = text
        messageIsError = isError
    }
}
