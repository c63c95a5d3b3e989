#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import GuildCore

/// The derived load cache in `.guild/cache/`: one `FolderSnapshot` file per kind folder (`actions.cache`, …).
///
/// Never a source of truth: a snapshot's records are used only for files whose `lstat` still matches the
/// fingerprint stored beside them (or, when the folder's own stamp is unchanged and trusted, until a background
/// `lstat` sweep right after opening says otherwise). Saves never read it. Deleting the folder is always safe;
/// a missing, truncated, damaged or foreign file is ignored and rewritten.
struct LoadCache: Sendable {
    /// The cache folder's name inside `.guild/`.
    static let folderName = "cache"
    /// A stamp (folder or file) younger than this when it was taken is not trusted: a change within the same
    /// clock tick (or the same second on coarse file systems) could leave it unchanged.
    static let racyMarginNanoseconds: Int64 = 2_000_000_000
    /// The largest cache file read.
    static let sizeLimit = 1 << 30

    /// The absolute path of `.guild/cache`.
    let folder: String
    /// The lock file serializing cache writers across processes (separate from the store lock, so saves never wait on it).
    let lockPath: String

    /// The store's layout (the cache lives in its `.guild/`).
    let layout: StoreLayout

    init(layout: StoreLayout) {
        self.layout = layout
        folder = layout.privateFolder + "/" + Self.folderName
        lockPath = layout.privateFolder + "/cache.lock"
    }

    /// The cache file of a kind folder.
    func path(of kind: RecordKind) -> String { folder + "/" + kind.folder + ".cache" }

    /// The snapshot of `kind`'s folder, or nil when there is no usable one (a link anywhere on the way is not followed).
    /// Without `records`, only the listing: each entry's fingerprint and whether a record is stored.
    func read(_ kind: RecordKind, records: Bool = true) -> FolderSnapshot? {
        let relative = StoreLayout.privateFolderName + "/" + Self.folderName + "/" + kind.folder + ".cache"
        guard layout.refusal(relative) == nil,
              case .contents(let data, _)? = try? SafeFileReader(sizeLimit: Self.sizeLimit).read(path: path(of: kind), hashingContent: false)
        else { return nil }
        return data.withUnsafeBytes { bytes in try? FolderSnapshot.decode(bytes, kind: kind, records: records) }
    }

    /// Durably replaces the snapshot file of its kind (temporary file, fsync, rename, fsync the folder), writing it
    /// piece by piece as it is encoded.
    func write(_ snapshot: FolderSnapshot) throws(SystemError) {
        try PrivateFolder.prepare(layout, subfolder: Self.folderName)
        try DurableFile.write(folder: folder, name: snapshot.kind.folder + ".cache") { (emit) throws(SystemError) in
            try snapshot.encode(into: emit)
        }
    }

    /// The cache file of a kind's group folders (every session's notes folder).
    func groupsPath(of kind: RecordKind) -> String { folder + "/" + kind.folder + ".groups.cache" }

    /// The snapshots of `kind`'s group folders, or nil when there is no usable file (a link is not followed).
    func readGroups(_ kind: RecordKind) -> GroupSnapshots? {
        let relative = StoreLayout.privateFolderName + "/" + Self.folderName + "/" + kind.folder + ".groups.cache"
        guard layout.refusal(relative) == nil,
              case .contents(let data, _)? = try? SafeFileReader(sizeLimit: Self.sizeLimit).read(path: groupsPath(of: kind), hashingContent: false)
        else { return nil }
        return try? GroupSnapshots.decode(data, kind: kind)
    }

    /// Durably replaces the cache file of `kind`'s group folders with `groups` (each id with its encoded snapshot).
    func writeGroups(_ kind: RecordKind, _ groups: [(id: UUID, snapshot: Data)]) throws(SystemError) {
        try PrivateFolder.prepare(layout, subfolder: Self.folderName)
        try DurableFile.write(folder: folder, name: kind.folder + ".groups.cache") { (emit) throws(SystemError) in
            try GroupSnapshots.encode(kind: kind, groups: groups, into: emit)
        }
    }

    /// Removes the snapshot of `kind` (its folder is gone).
    func remove(_ kind: RecordKind) {
        guard layout.refusal(StoreLayout.privateFolderName + "/" + Self.folderName, leaf: .folder) == nil else { return }
        unlink(path(of: kind))
        unlink(groupsPath(of: kind))
    }

    /// The wall clock in nanoseconds since 1970, comparable with file times.
    static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    /// Whether a stamp taken at `takenAt` is old enough that any later change must move it.
    static func isSettled(_ status: FileStatus, takenAt: Int64) -> Bool {
        status.modifiedNanoseconds < takenAt - racyMarginNanoseconds && status.changedNanoseconds < takenAt - racyMarginNanoseconds
    }
}
