import Foundation
import GuildCore
import GuildStore
import GuildUI

/// Performs the meeting's effects — durable saves, the minutes — and watches the store (notes from the other
/// instance, `guild ask` questions); every outcome comes back as actions.
final class MeetingEffects {
    private let store: GuildStore

    init(store: GuildStore) {
        self.store = store
    }

    /// Performs one effect; returns the actions that report its outcome.
    func perform(_ effect: MeetingEffect, in state: MeetingState) -> [MeetingAction] {
        do {
            switch effect {
            case .saveSession(let session): try store.save(session)
            case .saveNote(let note): try store.save(note)
            case .saveAction(let item): try store.save(item)
            case .saveTopic(let topic): try store.save(topic)
            case .writeMinutes(let sessionID, let markdown):
                let relative = MinutesDocument.relativePath(for: sessionID)
                let folder = store.layout.absolute("minutes")
                try DurableFile.makeFolder(folder)
                try DurableFile.write(Data(markdown.utf8), folder: folder, name: (relative as NSString).lastPathComponent)
                return [.minutesWritten(path: relative)]
            case .leave:
                break
            }
        } catch {
            return [.saveFailed("\(error)")]
        }
        return []
    }

    /// The watch on the store folder: fresh data and this session's notes when another process wrote.
    func storeChanges(in state: MeetingState) -> [MeetingAction] {
        guard store.changedSinceLastLoad() else { return [] }
        let result = store.reload()
        return [.storeReloaded(result.data, notes: store.notes(forSession: state.session.id).notes)]
    }
}
