#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive `flock` on the store's lock file, taken around each re-check and write, never for a whole session.
final class StoreLock: @unchecked Sendable {
    private let path: String
    private let fd: Int32

    /// Opens (creating if needed) the lock file at `path`, never through a symbolic link: a link in its place
    /// (which only a commit could have put in the machine-local `.guild/`) is removed and a real file made.
    init(path: String) throws(SystemError) {
        var fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0o644)
        if fd < 0, errno == ELOOP || errno == EMLINK, (try? FileStatus.of(path: path))??.isSymbolicLink == true {
            unlink(path)
            fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0o644)
        }
        guard fd >= 0 else { throw SystemError.current("open lock file", path: path) }
        let status: FileStatus
        do { status = try FileStatus.of(descriptor: fd, path: path) } catch {
            close(fd)
            throw error
        }
        guard status.isRegularFile else {
            close(fd)
            throw SystemError("open lock file", path: path, code: EINVAL, explanation: "it is \(status.typeName), not Guild's lock file")
        }
        self.path = path
        self.fd = fd
    }

    deinit { close(fd) }

    /// Runs `body` while holding the lock; other processes wait. Callers serialize threads themselves.
    func withLock<T>(_ body: () throws -> T) throws -> T {
        while flock(fd, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            throw SystemError.current("lock", path: path)
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }
}
