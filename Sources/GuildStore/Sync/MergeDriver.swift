import Foundation
import GuildCore

/// Git's merge driver for record files: `guild merge-driver %O %A %B %P` (installed by `StoreSync` in each clone).
///
/// Git hands it three temporary files — the common ancestor (`%O`, empty when both sides created the file), this
/// side (`%A`, where the result goes) and the other side (`%B`) — and the file's path in the store (`%P`), all
/// quoted by git itself. The driver only reads JSON and writes JSON: it never runs a program, never follows a
/// path named by the data, and never reads a file larger than the store's size limit.
///
/// Exit status 0 means merged cleanly; 1 means `%A` now holds conflict markers around the conflicting fields
/// (`MergeConflictFile`), which Guild loads as a conflicted record for the user to resolve.
public enum MergeDriver {
    /// What the driver did with one file.
    public enum Result: Sendable, Equatable {
        /// Merged field by field; the merged file was written.
        case merged
        /// Some fields changed on both sides; the file now holds markers around them.
        case conflict(fields: [String])
        /// A side is not a JSON object (or unreadable): the whole of both sides is kept between markers.
        case unmergeable(reason: String)

        /// The exit status git expects.
        public var exitStatus: Int32 {
            if case .merged = self { return 0 }
            return 1
        }
    }

    /// Merges the files at `base`, `current` and `other`, writing the result over `current`.
    public static func run(base: String, current: String, other: String, pathname: String,
                           reader: SafeFileReader = SafeFileReader()) -> Result {
        let baseData = read(base, reader)
        let ourData = read(current, reader)
        let theirData = read(other, reader)
        let result: (bytes: Data, result: Result)
        switch (baseData, ourData, theirData) {
        case (.some(let baseBytes), .some(let ourBytes), .some(let theirBytes)):
            result = merge(base: baseBytes, ours: ourBytes, theirs: theirBytes, pathname: pathname)
        default:
            // Nothing readable to merge with: leave this side untouched for git to report.
            return .unmergeable(reason: "a side of \(pathname) could not be read")
        }
        do {
            let url = URL(fileURLWithPath: current)
            try DurableFile.write(result.bytes, folder: url.deletingLastPathComponent().path, name: url.lastPathComponent)
        } catch {
            return .unmergeable(reason: "could not write the merge of \(pathname): \(error.reason)")
        }
        return result.result
    }

    /// One side of a merge: a record, or a file already conflicted by an earlier merge.
    enum Side {
        case record([String: JSONValue])
        case conflicted(MergeConflictFile.Content)

        init?(_ data: Data) {
            if let object = JSONValue.parse(data)?.objectValue {
                self = .record(object)
            } else if let content = MergeConflictFile.parse(data) {
                self = .conflicted(content)
            } else {
                return nil
            }
        }

        /// The candidate values of `key` on this side (one for a record).
        func options(_ key: String) -> [JSONValue?] {
            switch self {
            case .record(let object): return [object[key]]
            case .conflicted(.fields(let common, let alternatives)): return alternatives[key] ?? [common[key]]
            case .conflicted(.versions(let versions)): return versions.map { $0?[key] }
            }
        }

        var keys: Set<String> {
            switch self {
            case .record(let object): return Set(object.keys)
            case .conflicted(.fields(let common, let alternatives)): return Set(common.keys).union(alternatives.keys)
            case .conflicted(.versions(let versions)): return Set(versions.compactMap { $0 }.flatMap(\.keys))
            }
        }

        /// Whole versions of the record this side stands for.
        var versions: [[String: JSONValue]?] {
            switch self {
            case .record(let object): return [object]
            case .conflicted(.versions(let versions)): return versions
            case .conflicted(.fields(let common, let alternatives)):
                let count = alternatives.values.map(\.count).max() ?? 1
                return (0..<count).map { index in
                    var version = common
                    for (key, options) in alternatives { version[key] = options[min(index, options.count - 1)] }
                    return version
                }
            }
        }

        var isWholeVersions: Bool {
            if case .conflicted(.versions) = self { return true }
            return false
        }
    }

    /// The merged bytes for three versions of a file, and what happened. Pure: used by `run` and by tests.
    ///
    /// A side that is already conflicted (a conflict committed by an earlier merge, not yet resolved) merges too:
    /// its candidate values are kept next to the other side's, so no value typed anywhere is lost.
    public static func merge(base: Data, ours: Data, theirs: Data, pathname: String) -> (bytes: Data, result: Result) {
        if ours == theirs { return (ours, .merged) }
        let baseObject: [String: JSONValue]? = base.isEmpty ? [:] : (JSONValue.parse(base)?.objectValue ?? Side(base)?.versions.first ?? nil)
        guard let left = Side(ours), let right = Side(theirs), let baseObject else {
            // Not something to merge by field (damaged): keep both whole, for the user.
            let text = "<<<<<<< \(MergeConflictFile.oursLabel)\n" + String(decoding: ours, as: UTF8.self).withFinalNewline
                + "=======\n" + String(decoding: theirs, as: UTF8.self).withFinalNewline
                + ">>>>>>> \(MergeConflictFile.theirsLabel)\n"
            return (Data(text.utf8), .unmergeable(reason: "\(pathname) is not a JSON record on every side"))
        }
        if left.isWholeVersions || right.isWholeVersions {
            var versions: [[String: JSONValue]?] = []
            for version in left.versions + right.versions where !versions.contains(version) { versions.append(version) }
            let bytes = MergeConflictFile.render(versions: versions)
            return (bytes, .conflict(fields: ConflictedRecord(path: pathname, bytes: bytes)?.fields ?? []))
        }
        if case .record(let ourObject) = left, case .record(let theirObject) = right {
            var outcome = FieldMerge.merge(base: baseObject, ours: ourObject, theirs: theirObject)
            if outcome.isClean, !decodes(JSONValue.object(outcome.ours).encoded(), pathname: pathname) {
                // Each side was fine alone but the combination breaks the record's rules: let the user choose.
                outcome.conflicts = Set(ourObject.keys).union(theirObject.keys)
                    .filter { ourObject[$0] != theirObject[$0] && $0 != FieldMerge.laterTimeField }.sorted()
                for key in outcome.conflicts {
                    outcome.ours[key] = ourObject[key]
                    outcome.theirs[key] = theirObject[key]
                }
            }
            if outcome.isClean { return (JSONValue.object(outcome.ours).encoded(), .merged) }
            let bytes = MergeConflictFile.render(ours: outcome.ours, theirs: outcome.theirs, conflicts: outcome.conflicts)
            return (bytes, .conflict(fields: outcome.conflicts))
        }
        // At least one side already conflicted: merge field by field, keeping every candidate value.
        var common: [String: JSONValue] = [:]
        var alternatives: [String: [JSONValue?]] = [:]
        for key in left.keys.union(right.keys).union(baseObject.keys).sorted() {
            let mine = left.options(key)
            let other = right.options(key)
            let original = baseObject[key]
            var options: [JSONValue?]
            if mine == other {
                options = mine
            } else if mine == [original] {
                options = other
            } else if other == [original] {
                options = mine
            } else if mine.count == 1, other.count == 1, case .value(let merged) = FieldMerge.field(key, base: original, ours: mine[0], theirs: other[0]) {
                options = [merged]
            } else {
                options = mine
                for option in other where !options.contains(option) { options.append(option) }
            }
            if options.count == 1 { common[key] = options[0] } else { alternatives[key] = options }
        }
        if alternatives.isEmpty { return (JSONValue.object(common).encoded(), .merged) }
        return (MergeConflictFile.render(common: common, alternatives: alternatives), .conflict(fields: alternatives.keys.sorted()))
    }

    /// Whether `bytes` decode and validate as the record type the store keeps at `pathname` (true for unknown paths).
    static func decodes(_ bytes: Data, pathname: String) -> Bool {
        let folder = pathname.split(separator: "/").first.map(String.init) ?? ""
        guard let kind = RecordKind(rawValue: folder), let type = RecordRegistry.descriptor(of: kind)?.recordType else { return true }
        return decodes(bytes, as: type, pathname: pathname)
    }

    private static func decodes<R: Record>(_ bytes: Data, as type: R.Type, pathname: String) -> Bool {
        guard case .success(let record) = RecordCodec().decode(R.self, from: bytes, path: pathname) else { return false }
        do { try record.validate() } catch { return false }
        return true
    }

    /// The bytes of a file git handed over; nil when it cannot be read.
    private static func read(_ path: String, _ reader: SafeFileReader) -> Data? {
        guard case .contents(let data, _)? = try? reader.read(path: path) else { return nil }
        return data
    }
}

private extension String {
    /// The text with a newline at the end.
    var withFinalNewline: String { hasSuffix("\n") ? self : self + "\n" }
}
