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
    /// Guild's own words for a refusal the system did not make (a link inside the store); nil uses the system's words.
    public var explanation: String?

    public init(_ operation: String, path: String, code: Int32, explanation: String? = nil) {
        self.operation = operation
        self.path = path
        self.code = code
        self.explanation = explanation
    }

    /// Captures the current `errno` for a call that just failed.
    static func current(_ operation: String, path: String) -> SystemError {
        SystemError(operation, path: path, code: errno)
    }

    /// Why, in words: Guild's explanation, else the system's ("No space left on device").
    public var reason: String { explanation ?? String(cString: strerror(code)) }

    public var description: String { "\(operation) \(path): \(reason)" }
}
