/// Why a load cache file cannot be used (truncated, corrupt, another format); the cache is then rebuilt from the files.
struct CacheFormatError: Error, Sendable, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
