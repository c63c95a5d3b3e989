/// Why a load cache file cannot be used (truncated, corrupt, another format); the cache is then rebuilt from the files.
public struct CacheFormatError: Error, Sendable, CustomStringConvertible {
    public let description: String

    /// An error saying `description`.
    public init(_ description: String) {
        self.description = description
    }
}
