import Foundation
import GuildCore

/// A record file left with conflict markers by a merge: both versions, the fields they disagree on, and the
/// choices that resolve it. What the dashboard's conflict screen shows.
public struct ConflictedRecord: Sendable, Equatable, Identifiable {
    /// Which version of a field (or of the whole record) to keep.
    public enum Side: String, Sendable, Equatable, CaseIterable {
        case ours, theirs
    }

    /// The file, relative to the store (also its identity).
    public var path: String
    /// The record kind its folder says.
    public var kind: RecordKind?
    /// The file's bytes when it was read; resolving refuses if they changed meanwhile.
    public var bytes: Data
    /// This machine's version as a JSON object; nil when this side deleted the record.
    public var ours: [String: JSONValue]?
    /// The other machine's version; nil when that side deleted the record.
    public var theirs: [String: JSONValue]?

    public var id: String { path }

    /// Reads a conflicted file's sides; nil when the bytes hold no usable markers or a side is not a JSON object.
    public init?(path: String, bytes: Data) {
        guard let sides = MergeConflictFile.sides(of: bytes) else { return nil }
        let ours = sides.ours.map { JSONValue.parse($0)?.objectValue }
        let theirs = sides.theirs.map { JSONValue.parse($0)?.objectValue }
        if case .some(nil) = ours { return nil }
        if case .some(nil) = theirs { return nil }
        guard ours != nil || theirs != nil else { return nil }
        self.path = path
        kind = path.split(separator: "/").first.flatMap { RecordKind(rawValue: String($0)) }
        self.bytes = bytes
        self.ours = ours ?? nil
        self.theirs = theirs ?? nil
    }

    /// Whether one side deleted the record while the other edited it.
    public var isEditAgainstDelete: Bool { ours == nil || theirs == nil }

    /// The fields whose values differ between the sides (every field for an edit against a delete), sorted.
    public var fields: [String] {
        let left = ours ?? [:]
        let right = theirs ?? [:]
        return Set(left.keys).union(right.keys)
            .filter { left[$0] != right[$0] && $0 != FieldMerge.laterTimeField }.sorted()
    }

    /// A field's value on one side as compact text for display ("—" when absent or deleted).
    public func text(of field: String, on side: Side) -> String {
        guard let value = (side == .ours ? ours : theirs)?[field] else { return "—" }
        switch value {
        case .string(let text): return text
        case .null: return "null"
        default:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "?"
        }
    }

    /// The record file that keeps, for each field, the side chosen (`ours` where no choice is given); nil means
    /// "delete the file" (the whole record chosen from a side that deleted it).
    public func resolution(choosing choices: [String: Side], whole: Side? = nil) -> Data? {
        if let whole {
            return (whole == .ours ? ours : theirs).map { JSONValue.object($0).encoded() }
        }
        guard let ours, let theirs else {
            return (ours ?? theirs).map { JSONValue.object($0).encoded() }
        }
        var merged = ours
        for field in fields where choices[field] == .theirs { merged[field] = theirs[field] }
        if let left = ours[FieldMerge.laterTimeField], let right = theirs[FieldMerge.laterTimeField] {
            merged[FieldMerge.laterTimeField] = FieldMerge.later(left, right)
        }
        return JSONValue.object(merged).encoded()
    }
}
