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

    /// The merged bytes for three versions of a file, and what happened. Pure: used by `run` and by tests.
    public static func merge(base: Data, ours: Data, theirs: Data, pathname: String) -> (bytes: Data, result: Result) {
        if ours == theirs { return (ours, .merged) }
        let baseObject = base.isEmpty ? [:] : JSONValue.parse(base)?.objectValue
        guard let ourObject = JSONValue.parse(ours)?.objectValue, let theirObject = JSONValue.parse(theirs)?.objectValue,
              let baseObject else {
            // Not something to merge by field (already conflicted, damaged): keep both whole, for the user.
            let text = "<<<<<<< \(MergeConflictFile.oursLabel)\n" + String(decoding: ours, as: UTF8.self).withFinalNewline
                + "=======\n" + String(decoding: theirs, as: UTF8.self).withFinalNewline
                + ">>>>>>> \(MergeConflictFile.theirsLabel)\n"
            return (Data(text.utf8), .unmergeable(reason: "\(pathname) is not a JSON record on every side"))
        }
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

    /// Whether `bytes` decode and validate as the record type the store keeps at `pathname` (true for unknown paths).
    static func decodes(_ bytes: Data, pathname: String) -> Bool {
        let folder = pathname.split(separator: "/").first.map(String.init) ?? ""
        guard let kind = RecordKind(rawValue: folder),
              let type = RecordTypes.standard.first(where: { $0.kind == kind }) else { return true }
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
