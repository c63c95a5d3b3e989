import GuildCore
import GuildStore
import GuildUI

/// Performs a screen's `RecordChange` against the store, for any run loop: `after` is saved with `before` as its base
/// (the version the screen started from), or `before` is deleted when there is no `after`.
///
/// The store applies the change to the file as it is now (`GuildStore.save(_:base:)`), so fields others changed since
/// the base are kept and a field both changed throws `StoreError.conflict`, never an overwrite.
struct StoreWriter {
    let store: GuildStore

    /// Makes `change` durable; returns what the record's file holds afterwards (nil when it is deleted).
    func perform(_ change: RecordChange) throws -> RecordValue? {
        if let after = change.after {
            return try save(after.record, before: change.before?.record)
        }
        guard let before = change.before else { return nil }
        try delete(before.record)
        return nil
    }

    /// A refused change as the screens show it: one line, and for a conflict the version on disk and both values of
    /// each field both sides changed. `conflictsKey` names the key that opens the git conflicts screen.
    static func failure(_ error: any Error, conflictsKey: String) -> SaveFailure {
        switch error {
        case StoreError.unreadable(let problem) where problem.kind == .mergeConflict:
            return SaveFailure("\(problem.path) holds a merge conflict: resolve it first (press \(conflictsKey))")
        case StoreError.conflict(let conflict):
            let fields = conflict.fields.map {
                SaveConflict.Field(name: $0.name, mine: FieldConflict.text($0.mine), theirs: FieldConflict.text($0.theirs))
            }
            return SaveFailure(conflict.description, conflict: SaveConflict(theirs: conflict.theirs.map { RecordValue($0) }, fields: fields))
        default:
            return SaveFailure("\(error)")
        }
    }

    /// Saves `record` against `before` (a version of the same record, or nil for a new one).
    private func save<R: Record>(_ record: R, before: (any Record)?) throws -> RecordValue? {
        let outcome = try store.save(record, base: before as? R)
        guard outcome != .written else { return RecordValue(record) }
        // Merged with others' fields, or theirs kept: the file holds another version; read it back.
        return try store.record(R.self, id: record.id, groupID: record.groupID).map { RecordValue($0) }
    }

    /// Deletes `record`'s file, refused when it changed since `record` was read.
    private func delete<R: Record>(_ record: R) throws {
        try store.delete(base: record)
    }
}
