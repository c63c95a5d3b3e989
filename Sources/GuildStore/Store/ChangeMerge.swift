import Foundation
import GuildCore

/// A writer's change (its base → its version) applied to the version on disk now, field by field, with the same
/// `FieldMerge` the git merge driver uses: fields changed only by the writer take its value, fields changed only on
/// disk keep theirs, a field changed on both sides to different values is a conflict, never an overwrite.
enum ChangeMerge {
    /// What the change comes to.
    enum Outcome<R: Record> {
        /// The version the file should hold afterwards; nil when it should stay deleted.
        case result(R?)
        /// The change collides with what is on disk; nothing may be written.
        case conflict(StoreConflict)
    }

    /// Applies the change `base → mine` to `theirs` (nil: no file). `base` nil means the writer creates the record:
    /// over an existing file that is a conflict unless the two are equal apart from the bookkeeping fields.
    static func apply<R: Record>(base: R?, mine: R, theirs: R?, path: String, codec: RecordCodec) throws -> Outcome<R> {
        let mineObject = try object(mine, path, codec)
        guard let theirs else {
            guard let base else { return .result(mine) }
            let baseObject = try object(base, path, codec)
            if baseObject == mineObject { return .result(nil) }
            // Edited here, deleted there: the writer decides (save `keepingMine` with no base to bring it back).
            let fields = changedKeys(baseObject, mineObject).map { FieldConflict(name: $0, mine: mineObject[$0], theirs: nil) }
            return .conflict(StoreConflict(path: path, base: base, mine: mine, theirs: nil, fields: fields, keepingMine: mine))
        }
        let theirObject = try object(theirs, path, codec)
        guard let base else {
            let names = changedKeys(theirObject, mineObject).filter { !isBookkeeping($0) }
            if names.isEmpty { return .result(theirs) }
            let fields = names.map { FieldConflict(name: $0, mine: mineObject[$0], theirs: theirObject[$0]) }
            return .conflict(StoreConflict(path: path, base: nil, mine: mine, theirs: theirs, fields: fields,
                                           keepingMine: mine, keepingTheirs: theirs))
        }
        let baseObject = try object(base, path, codec)
        if theirObject == baseObject { return .result(mine) }
        if mineObject == baseObject { return .result(theirs) }
        let outcome = FieldMerge.merge(base: baseObject, ours: mineObject, theirs: theirObject)
        let keepingMine = decode(outcome.ours, like: mine, path: path, codec: codec)
        if outcome.isClean, let keepingMine { return .result(keepingMine) }
        // A conflict, or a merge that does not make a record of this type: list the fields changed on both sides.
        let names = outcome.isClean
            ? Set(changedKeys(baseObject, mineObject)).intersection(changedKeys(baseObject, theirObject)).sorted()
            : outcome.conflicts
        let fields = names.map { FieldConflict(name: $0, mine: mineObject[$0], theirs: theirObject[$0]) }
        return .conflict(StoreConflict(path: path, base: base, mine: mine, theirs: theirs, fields: fields,
                                       keepingMine: outcome.isClean ? nil : keepingMine,
                                       keepingTheirs: outcome.isClean ? nil : decode(outcome.theirs, like: mine, path: path, codec: codec)))
    }

    /// Why a delete of `base` may not go ahead: the fields changed on disk since (nil: the file still equals the base).
    static func deleteConflict<R: Record>(base: R, theirs: R, path: String, codec: RecordCodec) throws -> StoreConflict? {
        let baseObject = try object(base, path, codec)
        let theirObject = try object(theirs, path, codec)
        if baseObject == theirObject { return nil }
        var names = changedKeys(baseObject, theirObject)
        if names.contains(where: { !isBookkeeping($0) }) { names.removeAll(where: isBookkeeping) }
        let fields = names.map { FieldConflict(name: $0, mine: baseObject[$0], theirs: theirObject[$0]) }
        return StoreConflict(path: path, base: base, mine: nil, theirs: theirs, fields: fields)
    }

    /// Whether a field only keeps books (the merge takes the later time or higher schema, never a conflict).
    static func isBookkeeping(_ name: String) -> Bool {
        name == FieldMerge.laterTimeField || name == FieldMerge.schemaField
    }

    /// The top-level fields whose values differ, sorted.
    static func changedKeys(_ left: [String: JSONValue], _ right: [String: JSONValue]) -> [String] {
        Set(left.keys).union(right.keys).filter { left[$0] != right[$0] }.sorted()
    }

    /// A record as the JSON object its file holds.
    static func object<R: Record>(_ record: R, _ path: String, _ codec: RecordCodec) throws -> [String: JSONValue] {
        let data: Data
        do { data = try codec.encode(record) } catch {
            throw StoreError.encoding(path: path, reason: String(describing: error))
        }
        guard let object = JSONValue.parse(data)?.objectValue else {
            throw StoreError.encoding(path: path, reason: "a record must encode as a JSON object")
        }
        return object
    }

    /// A merged object back as a record of the writer's type, id and group; nil when it is not one.
    static func decode<R: Record>(_ object: [String: JSONValue], like mine: R, path: String, codec: RecordCodec) -> R? {
        guard case .success(let record) = codec.decode(R.self, from: JSONValue.object(object).encoded(), path: path),
              record.id == mine.id, record.groupID == mine.groupID else { return nil }
        return record
    }
}
