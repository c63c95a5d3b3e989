/// What a terminal can do besides cursor addressing (`ESC[y;xH`) and ECMA-48 graphic rendition, from its terminfo entry
/// (CursesTerminal reads it: `TerminalFeatures.fromTerminfo` in `TerminalFeatures+Terminfo.swift`).
public struct TerminalFeatures: Equatable, Sendable {
    /// Colours it shows (0 when none, 8, 16, 256...).
    var colorCount: Int
    /// True when -1 means the terminal's own colour (`use_default_colors` succeeded).
    var hasDefaultColors: Bool
    /// `bce`: erasing and scrolling fill with the current background.
    var backgroundColorErase: Bool
    /// `am` and `xenl`: writing the last column wraps, and the wrap waits for the next character.
    var autoMargin: Bool
    var eatsNewline: Bool
    /// `csr`: a scroll region (`ESC[t;br`); `indn`/`rin`: `ESC[nS`/`ESC[nT`; `ri`: `ESC M`.
    var scrollRegion: Bool
    var scrollUp: Bool
    var scrollDown: Bool
    var reverseIndex: Bool
    /// `cuf`, `cub`, `cuu`, `cud`: `ESC[nC`, `ESC[nD`, `ESC[nA`, `ESC[nB`.
    var relativeMoves: Bool
    /// `hpa`, `vpa`: `ESC[nG`, `ESC[nd`.
    var columnAddress: Bool
    var rowAddress: Bool
    /// `ech`: `ESC[nX` erases n characters; `el`: `ESC[K` erases to the end of the line.
    var eraseCharacters: Bool
    var eraseLine: Bool
    /// What a line feed does, which depends on the tty's output modes (curses turns ONLCR off).
    public var lineFeed: LineFeed

    public enum LineFeed: Equatable, Sendable {
        /// Not used for motion.
        case unknown
        /// Down one row, same column.
        case down
        /// Down one row to its first column (the tty adds a carriage return).
        case downAndReturn
    }
    /// The `TextAttributes` bits it can show (bold, dim, italic, underline, reverse).
    var attributes: UInt8

    public init(colorCount: Int, hasDefaultColors: Bool, backgroundColorErase: Bool, autoMargin: Bool, eatsNewline: Bool,
                scrollRegion: Bool, scrollUp: Bool, scrollDown: Bool, reverseIndex: Bool, relativeMoves: Bool,
                columnAddress: Bool, rowAddress: Bool, eraseCharacters: Bool, eraseLine: Bool, lineFeed: LineFeed,
                attributes: UInt8) {
        self.colorCount = colorCount
        self.hasDefaultColors = hasDefaultColors
        self.backgroundColorErase = backgroundColorErase
        self.autoMargin = autoMargin
        self.eatsNewline = eatsNewline
        self.scrollRegion = scrollRegion
        self.scrollUp = scrollUp
        self.scrollDown = scrollDown
        self.reverseIndex = reverseIndex
        self.relativeMoves = relativeMoves
        self.columnAddress = columnAddress
        self.rowAddress = rowAddress
        self.eraseCharacters = eraseCharacters
        self.eraseLine = eraseLine
        self.lineFeed = lineFeed
        self.attributes = attributes
    }

    /// xterm-256color as terminfo describes it.
    static let xterm256 = TerminalFeatures(
        colorCount: 256, hasDefaultColors: true, backgroundColorErase: true, autoMargin: true, eatsNewline: true,
        scrollRegion: true, scrollUp: true, scrollDown: true, reverseIndex: true, relativeMoves: true, columnAddress: true,
        rowAddress: true, eraseCharacters: true, eraseLine: true, lineFeed: .down,
        attributes: Pen.bold | Pen.dim | Pen.italic | Pen.underline | Pen.reverse)
}
