import Foundation
import GuildCore
import GuildStore
import GuildUI
import TerminalGrid

/// Performs the meeting's effects — durable saves, the minutes — and watches the store (notes from the other
/// instance, `guild ask` questions); every outcome comes back as actions.
final class MeetingEffects {
    private let store: GuildStore

    init(store: GuildStore) {
        self.store = store
    }

    /// Performs one effect; returns the actions that report its outcome.
    func perform(_ effect: MeetingEffect, in state: MeetingState) -> [MeetingAction] {
        switch effect {
        case .save(let save):
            // The change against the version the meeting started from: the store keeps what others changed meanwhile.
            do {
                var stored = save
                stored.change.after = try StoreWriter(store: store).perform(save.change) ?? save.change.after
                StoredMinutes.refresh(after: save.change, data: state.data, store: store, calendar: state.calendar)
                return [.saved(stored)]
            } catch {
                return [.saveFailed(save, message: "\(error)")]
            }
        case .writeMinutes(let sessionID, let markdown):
            let relative = MinutesDocument.relativePath(for: sessionID)
            do {
                // Through the store: never into a linked `minutes` folder a teammate committed. A document people read
                // in a terminal too: sanitised as every document Guild writes (`Terminal`).
                try store.writeDocument(SafeText.sanitizeDocument(markdown), at: relative)
                return [.minutesWritten(path: relative)]
            } catch {
                return [.minutesFailed(message: "\(relative): \(error)")]
            }
        case .leave:
            return []
        }
    }

    /// The watch on the store folder: fresh data and this session's notes when another process wrote.
    func storeChanges(in state: MeetingState) -> [MeetingAction] {
        guard store.changedSinceLastLoad() else { return [] }
        let result = store.reload()
        return [.storeReloaded(result.data, notes: store.notes(forSession: state.session.id).notes)]
    }
}
