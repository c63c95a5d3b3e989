#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A failed system call: what was being done, to which path, and the `errno` it returned.
public struct SystemError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The call or step that failed ("fsync", "rename", "open").
    public var operation: String
    /// The absolute path the call was about.
    public var path: String
    /// The `errno` value.
    public var code: Int32

    public init(_ operation: String, path: String, code: Int32) {
        self.operation = operation
        self.path = path
        self.code = code
    }

    /// Captures the current `errno` for a call that just failed.
    static func current(_ operation: String, path: String) -> SystemError {
        SystemError(operation, path: path, code: errno)
    }

    /// The system's words for the error ("No space left on device").
    public var reason: String { String(cString: strerror(code)) }

    public var description: String { "\(operation) \(path): \(reason)" }
}
