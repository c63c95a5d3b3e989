import Foundation
import TerminalGrid

/// Plain line output for commands: stored text is sanitised so it can never drive the terminal.
enum Terminal {
    /// Whether stdout is a terminal (not a pipe or a file).
    static var isInteractive: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Prints a line to stdout with control characters made harmless.
    static func print(_ line: String) {
        Swift.print(SafeText.sanitize(line))
    }

    /// Prints raw text (already safe, such as JSON) to stdout.
    static func printRaw(_ text: String) {
        Swift.print(text)
    }

    /// Prints "guild: warning: …" to stderr.
    static func warn(_ message: String) {
        FileHandle.standardError.write(Data(("guild: warning: " + SafeText.sanitize(message) + "\n").utf8))
    }

    /// Prints a progress or status line to stderr (kept off stdout so output stays pipeable).
    static func status(_ message: String) {
        FileHandle.standardError.write(Data((SafeText.sanitize(message) + "\n").utf8))
    }
}
