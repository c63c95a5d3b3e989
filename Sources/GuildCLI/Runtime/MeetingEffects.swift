import Foundation
import GuildCore
import GuildStore
import GuildUI

/// Performs the meeting's effects — durable saves, the minutes — and watches the store (notes from the other
/// instance, `guild ask` questions); every outcome comes back as actions.
final class MeetingEffects {
    private let store: GuildStore
    /// The records as the store last gave them to this meeting (loaded, reloaded or written): the base of each save.
    private var stored: GuildData

    init(store: GuildStore, stored: GuildData) {
        self.store = store
        self.stored = stored
    }

    /// Performs one effect; returns the actions that report its outcome.
    func perform(_ effect: MeetingEffect, in state: MeetingState) -> [MeetingAction] {
        do {
            switch effect {
            case .saveSession(let session): try save(session)
            case .saveProgress(let progress): try save(progress)
            case .saveNote(let note): try save(note)
            case .deleteNote(let note): try delete(note)
            case .saveAction(let item): try save(item)
            case .saveTopic(let topic): try save(topic)
            case .saveLearning(let learning): try save(learning)
            case .savePairingRound(let round): try save(round)
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

    /// Saves `record` against the version the store last gave this meeting, and remembers what the file holds now.
    private func save<R: Record>(_ record: R) throws {
        let base = stored.record(kind: R.kind, id: record.id) as? R
        let outcome = try store.save(record, base: base)
        let now = outcome == .written ? record : try store.record(R.self, id: record.id, groupID: record.groupID)
        if let now { stored.upsert(now) }
    }

    /// Deletes `record` if the file is still the version this meeting last saw (a changed file is refused, not lost).
    private func delete<R: Record>(_ record: R) throws {
        let base = (stored.record(kind: R.kind, id: record.id) as? R) ?? record
        try store.delete(base: base)
        stored.remove(kind: R.kind, id: record.id)
    }

    /// The watch on the store folder: fresh data and this session's notes when another process wrote.
    func storeChanges(in state: MeetingState) -> [MeetingAction] {
        guard store.changedSinceLastLoad() else { return [] }
        let result = store.reload()
        let notes = store.notes(forSession: state.session.id).notes
        stored = result.data
        for note in notes { stored.upsert(note) }
        return [.storeReloaded(result.data, notes: notes)]
    }
}
