import Foundation
import GuildCore

/// A record file left with conflict markers by a merge: every candidate value of each disputed field (or every
/// whole version, for an edit against a delete), and the choices that resolve it. What the conflict screen shows.
public struct ConflictedRecord: Sendable, Equatable, Identifiable {
    /// The file, relative to the store (also its identity).
    public var path: String
    /// The record kind its folder says.
    public var kind: RecordKind?
    /// The file's bytes when it was read; resolving refuses if they changed meanwhile.
    public var bytes: Data
    /// What the markers hold.
    public var content: MergeConflictFile.Content
    /// Whole versions that could not be merged (too large, not a record), by index, with why; each is kept in git
    /// (its marker line says where) and cannot be chosen here.
    public var notMerged: [Int: String]

    public var id: String { path }

    /// Reads a conflicted file; nil when the bytes hold no usable markers.
    public init?(path: String, bytes: Data) {
        guard let content = MergeConflictFile.parse(bytes) else { return nil }
        if case .versions(let versions) = content, versions.allSatisfy({ $0 == nil }) { return nil }
        self.path = path
        kind = path.split(separator: "/").first.flatMap { RecordKind(rawValue: String($0)) }
        self.bytes = bytes
        self.content = content
        if case .versions = content { notMerged = MergeConflictFile.notMergedVersions(bytes) } else { notMerged = [:] }
    }

    /// Whether the conflict is between whole versions, one of which deleted the record.
    public var isEditAgainstDelete: Bool {
        if case .versions(let versions) = content {
            return versions.indices.contains { versions[$0] == nil && notMerged[$0] == nil }
        }
        return false
    }

    /// The fields that differ, sorted (for whole versions: the fields that differ between them).
    public var fields: [String] {
        switch content {
        case .fields(_, let alternatives):
            return alternatives.keys.sorted()
        case .versions(let versions):
            let objects = versions.map { $0 ?? [:] }
            let keys = Set(objects.flatMap(\.keys))
            return keys.filter { key in Set(objects.map { $0[key] }).count > 1 && key != FieldMerge.laterTimeField }.sorted()
        }
    }

    /// How many choices there are for `field` (for whole versions: how many versions).
    public func optionCount(for field: String) -> Int {
        switch content {
        case .fields(_, let alternatives): alternatives[field]?.count ?? 0
        case .versions(let versions): versions.count
        }
    }

    /// Option `option` of `field` as compact text for display ("—" when absent or deleted).
    public func text(of field: String, option: Int) -> String {
        let value: JSONValue?
        switch content {
        case .fields(_, let alternatives):
            guard let options = alternatives[field], options.indices.contains(option) else { return "—" }
            value = options[option]
        case .versions(let versions):
            guard versions.indices.contains(option) else { return "—" }
            if let reason = notMerged[option] { return "(not merged: \(reason))" }
            guard let version = versions[option] else { return "(deleted)" }
            value = version[field]
        }
        switch value {
        case nil: return "—"
        case .string(let text)?: return text
        case .null?: return "null"
        case let value?:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "?"
        }
    }

    /// The record file that keeps, for each field, the option chosen (the first where none is given); for whole
    /// versions, the version chosen for the first field (nil: delete the file).
    public func resolution(choosing choices: [String: Int] = [:]) -> Data? {
        switch content {
        case .fields(let common, let alternatives):
            var merged = common
            for (field, options) in alternatives {
                let index = choices[field].flatMap { options.indices.contains($0) ? $0 : nil } ?? 0
                merged[field] = options[index]
            }
            return JSONValue.object(merged).encoded()
        case .versions(let versions):
            let index = choices.values.first.flatMap { versions.indices.contains($0) ? $0 : nil } ?? 0
            return versions[index].map { JSONValue.object($0).encoded() }
        }
    }

    /// The record file of whole version `version` (nil when that version deleted the record).
    public func resolution(version: Int) -> Data? {
        guard case .versions(let versions) = content, versions.indices.contains(version) else { return resolution() }
        return versions[version].map { JSONValue.object($0).encoded() }
    }

    /// The first version that keeps the record, as a record file: what the store loads while the conflict is open.
    public var firstKeptVersion: Data? {
        switch content {
        case .fields: return version(0).map { JSONValue.object($0).encoded() }
        case .versions(let versions): return versions.lazy.compactMap { $0 }.first.map { JSONValue.object($0).encoded() }
        }
    }

    /// One version as a JSON object: option `index` of every field (the record as one side would have it).
    public func version(_ index: Int) -> [String: JSONValue]? {
        switch content {
        case .fields(let common, let alternatives):
            var merged = common
            for (field, options) in alternatives { merged[field] = options[min(index, options.count - 1)] }
            return merged
        case .versions(let versions):
            return versions.indices.contains(index) ? versions[index] : nil
        }
    }
}
