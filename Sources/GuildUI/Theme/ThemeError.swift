/// Why a theme file could not be used, naming the file and the key ("Themes/x.json: role \"warning\": unknown colour \"reddish\"").
public struct ThemeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file (or label) the theme came from.
    public var source: String
    /// Where in the file, e.g. `role "warning"`; empty for whole-file problems.
    public var key: String
    /// What is wrong.
    public var reason: String

    /// Creates an error.
    public init(source: String, key: String = "", reason: String) {
        self.source = source
        self.key = key
        self.reason = reason
    }

    /// "source: key: reason".
    public var description: String {
        key.isEmpty ? "\(source): \(reason)" : "\(source): \(key): \(reason)"
    }
}
