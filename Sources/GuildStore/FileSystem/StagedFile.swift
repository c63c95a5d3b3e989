#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A file written and fsynced under a temporary name in its folder, not yet renamed into place: `DurableFile.stage`
/// makes it (many can be made at once, so their fsyncs overlap), `commit` renames it, `discard` removes it.
public struct StagedFile: Sendable {
    public let folder: String
    public let name: String
    let temporaryPath: String

    /// Writes `bytes` to a temporary file beside `folder/name` and fsyncs it (unless `durable` is false: for derived
    /// files such as an exported site, made durable all at once afterwards); the old file stays as it is.
    public static func stage(_ bytes: Data, folder: String, name: String, permissions: mode_t = 0o644,
                             durable: Bool = true) throws(SystemError) -> StagedFile {
        let temporaryPath = folder + "/." + name + DurableFile.temporaryMarker + "\(getpid())-" + String(UInt64.random(in: 0...UInt64.max), radix: 36)
        let fd = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, permissions)
        guard fd >= 0 else { throw SystemError.current("create", path: temporaryPath) }
        var done = false
        defer {
            close(fd)
            if !done { unlink(temporaryPath) }
        }
        if permissions != 0o644 { fchmod(fd, permissions) }
        var failure: SystemError?
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = SystemError.current("write", path: temporaryPath)
                    return
                }
                offset += written
            }
        }
        if let failure { throw failure }
        guard !durable || fsync(fd) == 0 else { throw SystemError.current("fsync", path: temporaryPath) }
        done = true
        return StagedFile(folder: folder, name: name, temporaryPath: temporaryPath)
    }

    /// Renames the file into place and returns its status (the folder still needs a sync to make the rename durable).
    public func commit() throws(SystemError) -> FileStatus {
        let finalPath = folder + "/" + name
        guard rename(temporaryPath, finalPath) == 0 else {
            let error = SystemError.current("rename", path: finalPath)
            unlink(temporaryPath)
            throw error
        }
        guard let status = try FileStatus.of(path: finalPath) else { throw SystemError("stat", path: finalPath, code: ENOENT) }
        return status
    }

    /// Removes the temporary file: the change is not made.
    public func discard() {
        unlink(temporaryPath)
    }
}
