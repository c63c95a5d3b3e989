import CursesTerminal
import TerminalGrid

/// What a `Program` draws on and reads events from: the curses terminal, or a scripted one in tests.
protocol ProgramTerminal: AnyObject {
    /// The terminal size in cells.
    var size: Size { get }
    /// Shows a frame.
    func draw(_ grid: Grid)
    /// The next key (mouse reports, resizes and pastes are keys too), waiting up to `timeoutMilliseconds`; nil when none came.
    func nextEvent(timeoutMilliseconds: Int32) -> Key?
    /// The quit signal received since start, or nil.
    var receivedQuitSignal: Int32? { get }
}

extension CursesTerminal: ProgramTerminal {}
