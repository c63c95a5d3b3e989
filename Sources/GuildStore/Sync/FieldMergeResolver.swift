import Foundation
import GuildCore

/// A `ConflictResolver` for local saves that merges the way the git merge driver does: field by field.
///
/// When this process and another changed different fields of one record, the save writes both changes
/// (`SaveOutcome.merged`). The same field changed on both sides, or an edit against a delete, stays a
/// `StoreError.conflict` for the user: never a silent loss.
public struct FieldMergeResolver: ConflictResolver {
    public init() {}

    public func resolve<R: Record>(base: R?, mine: R, theirs: R?) -> ConflictResolution<R> {
        guard let theirs else { return .conflict }
        let codec = RecordCodec()
        guard let mineObject = object(mine, codec), let theirObject = object(theirs, codec) else { return .conflict }
        let baseObject = base.flatMap { object($0, codec) }
        let outcome = FieldMerge.merge(base: baseObject, ours: mineObject, theirs: theirObject)
        guard outcome.isClean else { return .conflict }
        let path = StoreLayout.relativePath(kind: R.kind, groupID: mine.groupID, id: mine.id)
        guard case .success(let merged) = codec.decode(R.self, from: JSONValue.object(outcome.ours).encoded(), path: path),
              merged.id == mine.id, merged.groupID == mine.groupID else { return .conflict }
        do { try merged.validate() } catch { return .conflict }
        if merged == theirs { return .keepTheirs }
        return .write(merged)
    }

    /// A record as the JSON object its file holds.
    private func object<R: Record>(_ record: R, _ codec: RecordCodec) -> [String: JSONValue]? {
        guard let data = try? codec.encode(record) else { return nil }
        return JSONValue.parse(data)?.objectValue
    }
}
