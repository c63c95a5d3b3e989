#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive `flock` on the store's lock file, taken around each re-check and write, never for a whole session.
final class StoreLock: @unchecked Sendable {
    private let path: String
    private let fd: Int32

    /// Opens (creating if needed) the lock file at `path`.
    init(path: String) throws(SystemError) {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw SystemError.current("open lock file", path: path) }
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
