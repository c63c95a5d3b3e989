import Foundation
import GuildCore
import TerminalGrid

/// The command line's only way out: every byte Guild prints on stdout or stderr, and every document it writes to a
/// file (reports, exports, the Markdown site, minutes), goes through here, sanitised for where it lands.
///
/// - lines on stdout and stderr (results, warnings, status, errors): `SafeText.sanitize`, so stored text can never
///   drive the terminal (no escape sequences, C1 controls, bidi controls or NUL);
/// - documents (Markdown, CSV, iCalendar), on stdout or in files: `SafeText.sanitizeDocument`, which keeps line ends
///   and tabs; each format escapes what a person wrote for itself first (`MarkdownText`, `MatrixCSV`, `ICalendarText`);
/// - JSON: `JSONOutput`, exact data with the same unsafe scalars escaped as `\uXXXX`.
///
/// Warnings and errors quote at most `TextExcerpt.lineLimit` characters. `TerminalOutputTests` checks no other file
/// in GuildCLI writes to stdout, stderr or a file by itself.
enum Terminal {
    /// Prints a line to stdout with control characters made harmless.
    static func print(_ line: String) {
        write(SafeText.sanitize(line) + "\n", to: .standardOutput)
    }

    /// Prints a multi-line document (Markdown, CSV, iCalendar) to stdout: line ends and tabs kept, every other control made harmless.
    static func printDocument(_ text: String) {
        write(SafeText.sanitizeDocument(text), to: .standardOutput)
    }

    /// Prints `value` as JSON to stdout (`JSONOutput`: the data exact, unsafe scalars escaped).
    static func printJSON<T: Encodable>(_ value: T) throws {
        Swift.print(String(decoding: try JSONOutput.encode(value), as: UTF8.self))
    }

    /// Prints "guild: warning: …" to stderr, cut to a short excerpt when long.
    static func warn(_ message: String) {
        write("guild: warning: " + line(message), to: .standardError)
    }

    /// Prints a progress or status line to stderr (kept off stdout so output stays pipeable).
    static func status(_ message: String) {
        write(line(message), to: .standardError)
    }

    /// Prints a failure (or help, usage) the way the command line ends: help and version to stdout, errors to stderr.
    static func finish(_ message: String, isError: Bool) {
        if isError {
            let body = message.hasSuffix("\n") ? String(message.dropLast()) : message
            write(body.split(separator: "\n", omittingEmptySubsequences: false).map { line(String($0)) }.joined(), to: .standardError)
        } else {
            write(SafeText.sanitizeDocument(message) + (message.hasSuffix("\n") ? "" : "\n"), to: .standardOutput)
        }
    }

    /// Asks a question on stderr without ending the line ("Write these changes…? [y/N] ").
    static func prompt(_ question: String) {
        write(SafeText.sanitize(question), to: .standardError)
    }

    /// Redraws a progress line on stderr in place (a carriage return, then the text); `end` finishes the line.
    static func progress(_ text: String, end: Bool = false) {
        write(end ? "\n" : "\r" + SafeText.sanitize(text), to: .standardError)
    }

    /// Writes a document to `url` (atomically, creating its folder), sanitised as `printDocument` does.
    static func writeDocument(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(SafeText.sanitizeDocument(text).utf8).write(to: url, options: .atomic)
    }

    /// A stderr line: sanitised, at most `TextExcerpt.lineLimit` characters, ending in a newline.
    private static func line(_ message: String) -> String {
        SafeText.sanitize(TextExcerpt.of(message, limit: TextExcerpt.lineLimit)) + "\n"
    }

    private enum Stream { case standardOutput, standardError }

    /// Stdout goes through the standard library's buffered stream, stderr straight to the descriptor.
    private static func write(_ text: String, to stream: Stream) {
        switch stream {
        case .standardOutput: Swift.print(text, terminator: "")
        case .standardError: FileHandle.standardError.write(Data(text.utf8))
        }
    }
}
