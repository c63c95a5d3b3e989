/// Why the terminal could not be started; `description` is one line fit to print before exiting non-zero.
public enum TerminalStartError: Error, Equatable, CustomStringConvertible {
    /// Standard input or output is not a terminal (piped, redirected, or run from a script).
    case notATerminal
    /// TERM is unset, empty or "dumb".
    case dumbTerminal(String?)
    /// curses could not set up the terminal named by TERM.
    case cannotOpen(String)
    /// A terminal is already running in this process.
    case alreadyStarted

    /// A one-line message for the user.
    public var description: String {
        switch self {
        case .notATerminal:
            return "guild needs an interactive terminal (standard input and output must be a tty)"
        case .dumbTerminal(let term?) where !term.isEmpty:
            return "guild needs an interactive terminal (TERM=\(term))"
        case .dumbTerminal:
            return "guild needs an interactive terminal (TERM is not set)"
        case .cannotOpen(let term):
            return "guild cannot open the terminal (TERM=\(term)): unknown terminal type?"
        case .alreadyStarted:
            return "guild's terminal is already started"
        }
    }
}
