#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The store's only way to change files: temp file, write, fsync, rename, fsync the folder (STORE.md, "Write protocol").
public enum DurableFile {
    /// The marker in the names of temporary files, used to find stale ones after a crash.
    public static let temporaryMarker = ".tmp-"

    /// Whether `name` is one of our temporary files (`.<name>.tmp-<pid>-<random>`).
    public static func isTemporaryName(_ name: String) -> Bool {
        name.hasPrefix(".") && name.contains(temporaryMarker)
    }

    /// Durably replaces `folder/name` with `bytes`; returns the new file's status once the folder is synced.
    @discardableResult
    public static func write(_ bytes: Data, folder: String, name: String, permissions: mode_t = 0o644) throws(SystemError) -> FileStatus {
        try write(folder: folder, name: name, permissions: permissions) { (emit) throws(SystemError) in
            let failure: SystemError? = bytes.withUnsafeBytes { buffer in
                do throws(SystemError) { try emit(buffer) } catch { return error }
                return nil
            }
            if let failure { throw failure }
        }
    }

    /// Durably replaces `folder/name` with the pieces `produce` hands to `emit`, written as they come (for a file too
    /// large to build in memory first); returns the new file's status once the folder is synced. Until the rename,
    /// the old file stays whole; a failure leaves it and removes the temporary file.
    @discardableResult
    public static func write(
        folder: String, name: String, permissions: mode_t = 0o644,
        streaming produce: (_ emit: (UnsafeRawBufferPointer) throws(SystemError) -> Void) throws(SystemError) -> Void
    ) throws(SystemError) -> FileStatus {
        let finalPath = folder + "/" + name
        let tempPath = folder + "/." + name + temporaryMarker + "\(getpid())-" + String(UInt64.random(in: 0...UInt64.max), radix: 36)
        let fd = open(tempPath, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, permissions)
        guard fd >= 0 else { throw SystemError.current("create", path: tempPath) }
        if permissions != 0o644 { fchmod(fd, permissions) }
        var closed = false
        var renamed = false
        defer {
            if !closed { close(fd) }
            if !renamed { unlink(tempPath) }
        }
        try produce { (piece) throws(SystemError) in try writeAll(piece, to: fd, path: tempPath) }
        guard fsync(fd) == 0 else { throw SystemError.current("fsync", path: tempPath) }
        guard rename(tempPath, finalPath) == 0 else { throw SystemError.current("rename", path: finalPath) }
        renamed = true
        // Status after the rename: renaming moves the file's ctime, which fingerprints compare.
        let status = try FileStatus.of(descriptor: fd, path: finalPath)
        closed = true
        guard close(fd) == 0 else { throw SystemError.current("close", path: finalPath) }
        try syncFolder(folder)
        return status
    }

    /// Durably removes `folder/name`; succeeds when it is already gone.
    public static func remove(folder: String, name: String) throws(SystemError) {
        let path = folder + "/" + name
        if unlink(path) != 0 {
            if errno == ENOENT { return }
            throw SystemError.current("delete", path: path)
        }
        try syncFolder(folder)
    }

    /// Creates `path` (and missing parents) as folders, syncing each parent so the new entry survives a crash.
    public static func makeFolder(_ path: String) throws(SystemError) {
        if let status = try FileStatus.of(path: path) {
            if status.isFolder { return }
            throw SystemError("create folder", path: path, code: ENOTDIR)
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path { try makeFolder(parent) }
        if mkdir(path, 0o755) != 0 {
            if errno == EEXIST, (try FileStatus.of(path: path))?.isFolder == true { return }
            throw SystemError.current("create folder", path: path)
        }
        try syncFolder(path)
        if !parent.isEmpty { try syncFolder(parent) }
    }

    /// Opens `path` as a folder and fsyncs it, making renames and unlinks inside it durable.
    public static func syncFolder(_ path: String) throws(SystemError) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw SystemError.current("open folder", path: path) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw SystemError.current("fsync", path: path) }
    }

    /// Writes every byte, retrying short and interrupted writes.
    private static func writeAll(_ buffer: UnsafeRawBufferPointer, to fd: Int32, path: String) throws(SystemError) {
        var offset = 0
        while offset < buffer.count {
            let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw SystemError.current("write", path: path)
            }
            offset += written
        }
    }
}
