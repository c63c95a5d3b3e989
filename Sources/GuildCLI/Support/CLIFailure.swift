/// A command-line failure: one clear line for stderr; the command exits non-zero.
struct CLIFailure: Error, CustomStringConvertible {
    var description: String

    init(_ message: String) {
        description = message
    }
}
