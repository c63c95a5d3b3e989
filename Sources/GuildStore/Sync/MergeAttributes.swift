import Foundation

/// How git must treat the store's files, kept where no push can change it: `.git/info/attributes`, which git reads
/// with a higher priority than any `.gitattributes` in the repository. A teammate's `*.json merge=binary` (or a
/// `filter=`, `text`, `ident` or `working-tree-encoding` line that would change records on their way in or out)
/// therefore has no effect; `verify` checks with `git check-attr` before every merge that git agrees.
enum MergeAttributes {
    /// The lines Guild keeps at the end of `.git/info/attributes` (the last matching line wins).
    static let lines = [
        "# Written by Guild (guild sync): the store's files are merged by Guild and stored byte for byte.",
        "* -text -filter -ident -working-tree-encoding",
        "*.json merge=\(StoreSync.driverName)",
    ]

    /// Makes Guild's lines the last of `.git/info/attributes`, keeping anyone else's above them.
    static func install(_ git: GitRepository) throws {
        let path = try git.gitPath("info/attributes")
        let folder = (path as NSString).deletingLastPathComponent
        let current = (try? SafeFileReader().read(path: path)).flatMap { outcome -> String? in
            if case .contents(let data, _) = outcome { return String(decoding: data, as: UTF8.self) }
            return nil
        } ?? ""
        var kept = current.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !lines.contains($0) }
        while kept.last?.isEmpty == true { kept.removeLast() }
        let text = (kept + lines).joined(separator: "\n") + "\n"
        guard text != current else { return }
        do {
            try DurableFile.makeFolder(folder)
            try DurableFile.write(Data(text.utf8), folder: folder, name: "attributes")
        } catch {
            throw SyncError.folder("could not write \(path): \(error.reason)")
        }
    }

    /// Throws unless git would merge every record file among `paths` with Guild's driver and store it unfiltered.
    static func verify(_ git: GitRepository, paths: [String]) throws {
        let records = Array(Set(paths.filter { $0.hasSuffix(".json") })).sorted()
        guard !records.isEmpty else { return }
        let input = Data(records.joined(separator: "\0").utf8) + Data([0])
        let output = try git.run(["check-attr", "-z", "--stdin", "merge", "filter", "working-tree-encoding"], input: input)
        guard output.status == 0 else {
            throw SyncError.git(command: "git check-attr", message: GitRepository.firstLines(output.stderr))
        }
        // "<path>\0<attribute>\0<value>\0" for each path and attribute.
        let fields = output.stdout.split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        var index = 0
        while index + 2 < fields.count {
            let (path, attribute, value) = (fields[index], fields[index + 1], fields[index + 2])
            index += 3
            let wanted = attribute == "merge" ? value == StoreSync.driverName : value == "unset" || value == "unspecified"
            if !wanted {
                throw SyncError.folder("git would apply \(attribute)=\(value) to \(path) instead of Guild's settings "
                    + "(check .git/info/attributes); nothing was merged")
            }
        }
    }
}
