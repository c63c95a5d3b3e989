import CNcurses
import Glibc
import TerminalGrid

/// The real terminal, through ncursesw: draws `Grid`s (sending only what changed) and reads keys, mouse, resizes and pastes.
///
/// On terminals that take ECMA-48 sequences (xterm, tmux, screen, the Linux console, and nearly every other) frames are
/// written by `ScreenWriter`, which sends fewer bytes than curses; elsewhere, or with `GUILD_TERMINAL_OUTPUT=curses`,
/// curses draws them. Curses always sets the terminal up, reads input and restores the terminal.
///
/// Use from one thread (the run loop's). The terminal is restored by `stop()`, by `deinit`,
/// and on crash signals. SIGINT, SIGTERM and SIGHUP do not kill the process: they are recorded
/// in `receivedQuitSignal`, `nextEvent` returns early, and the run loop should save, `stop()`
/// and exit (suggested: 0 for SIGINT/SIGTERM, 129 for SIGHUP since the terminal is gone).
public final class CursesTerminal {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private var pairs: ColorPairs
    private var previous: OutputFrame?
    /// Writes frames itself instead of curses; nil when curses draws.
    private var writer: ScreenWriter?
    private var stopped = false
    private var characterBuffer: [wchar_t] = Array(repeating: 0, count: 8)

    /// Attributes only, no colours (set when NO_COLOR is set or the theme asks); changing it redraws everything.
    public var monochrome: Bool {
        didSet {
            previous = nil
            writer?.monochrome = monochrome
        }
    }

    /// Colours the terminal offers (0 when none, 8, 16, 256...).
    public var colorCount: Int { pairs.colorCount }

    private static let mouseEvents = GUILD_BUTTON1_PRESSED | GUILD_BUTTON1_RELEASED | GUILD_BUTTON2_PRESSED
        | GUILD_BUTTON2_RELEASED | GUILD_BUTTON3_PRESSED | GUILD_BUTTON3_RELEASED | GUILD_BUTTON4_PRESSED | GUILD_BUTTON5_PRESSED
    private static let quitSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    private static let jobSignals: [Int32] = [SIGTSTP, SIGCONT]
    private static let crashSignals: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE]

    private init(screen: OpaquePointer, window: UnsafeMutablePointer<WINDOW>, pairs: ColorPairs, monochrome: Bool, writer: ScreenWriter?) {
        self.screen = screen
        self.window = window
        self.pairs = pairs
        self.monochrome = monochrome
        self.writer = writer
    }

    deinit {
        stop()
    }

    /// Takes over the terminal: raw keys, no echo, hidden cursor, mouse, bracketed paste, colours; throws when there is no usable terminal.
    public static func start(monochrome: Bool = false) throws -> CursesTerminal {
        guard guild_curses_is_active() == 0 else { throw TerminalStartError.alreadyStarted }
        // Without a tty, curses prints its own error and exits, or a read loop spins on /dev/null.
        guard isatty(0) == 1, isatty(1) == 1 else { throw TerminalStartError.notATerminal }
        let term = getenv("TERM").map { String(cString: $0) }
        guard let term, !term.isEmpty, term != "dumb" else { throw TerminalStartError.dumbTerminal(term) }
        // Swift never sets the locale; without a UTF-8 one, wide characters come out blank.
        setlocale(LC_ALL, "")
        if guild_locale_is_utf8() == 0 { setlocale(LC_ALL, "C.UTF-8") }
        _ = guild_unblock_all_signals()
        guard let screen = newterm(nil, guild_stdout(), guild_stdin()) else { throw TerminalStartError.cannotOpen(term) }
        _ = set_term(screen)
        guard let window = guild_stdscr() else {
            endwin()
            delscreen(screen)
            throw TerminalStartError.cannotOpen(term)
        }
        raw()
        noecho()
        keypad(window, true)
        // Lets curses scroll lines that moved (a list scrolling in a full-width pane) rather than repaint them.
        idlok(window, true)
        set_escdelay(25)
        curs_set(0)
        mousemask(mouseEvents, nil)
        // Presses and releases as they come: waiting to merge them into clicks would delay every click.
        mouseinterval(0)
        var colors = 0
        var defaults = false
        if has_colors() {
            start_color()
            defaults = use_default_colors() == OK
            colors = Int(guild_colors())
        }
        define_key("\u{1B}[200~", KeyDecoder.pasteStart)
        define_key("\u{1B}[201~", KeyDecoder.pasteEnd)
        guild_write_stdout("\u{1B}[?2004h")
        for signal in quitSignals { _ = guild_install_quit_handler(signal) }
        for signal in jobSignals { _ = guild_install_job_handler(signal) }
        for signal in crashSignals { _ = guild_install_crash_handler(signal) }
        guild_set_curses_active(1)
        let pairs = ColorPairs(colorCount: colors, pairCount: Int(guild_color_pairs()), hasDefaultColors: defaults)
        var writer: ScreenWriter?
        if getenv("GUILD_TERMINAL_OUTPUT").map({ String(cString: $0) }) != "curses",
           let features = TerminalFeatures.fromTerminfo(colorCount: colors, hasDefaultColors: defaults, lineFeed: TerminalFeatures.currentLineFeed()) {
            // Curses clears the screen on its first refresh: let it happen now, before the writer draws.
            wrefresh(window)
            writer = ScreenWriter(features: features, monochrome: monochrome) { wcwidth(wchar_t(bitPattern: $0)) }
        }
        return CursesTerminal(screen: screen, window: window, pairs: pairs, monochrome: monochrome, writer: writer)
    }

    /// Gives the terminal back exactly as it was: curses ended, mouse and paste off, cursor shown, signal handlers restored. Safe to call twice.
    public func stop() {
        guard !stopped else { return }
        stopped = true
        guild_set_curses_active(0)
        if var writer {
            send(writer.handOver())
            self.writer = writer
        }
        mousemask(0, nil)
        curs_set(1)
        endwin()
        guild_reset_terminal_modes()
        for signal in CursesTerminal.quitSignals + CursesTerminal.jobSignals + CursesTerminal.crashSignals { _ = guild_restore_handler(signal) }
        delscreen(screen)
    }

    /// Hands the terminal to another program (an editor) while `body` runs, then takes it back and repaints.
    public func runOutside<T>(_ body: () throws -> T) rethrows -> T {
        guard !stopped else { return try body() }
        if var writer {
            send(writer.handOver())
            self.writer = writer
        }
        mousemask(0, nil)
        curs_set(1)
        endwin()
        guild_reset_terminal_modes()
        guild_begin_outside()
        defer {
            guild_end_outside()
            // The next refresh after endwin puts curses back in charge; the modes it does not own are ours to restore.
            refresh()
            curs_set(0)
            mousemask(CursesTerminal.mouseEvents, nil)
            guild_write_stdout("\u{1B}[?2004h")
            invalidate()
            // The program may have left the tty's output modes otherwise.
            writer?.features.lineFeed = TerminalFeatures.lineFeedMovesDown ? TerminalFeatures.currentLineFeed() : .unknown
        }
        return try body()
    }

    /// Ctrl-Z: gives the terminal back exactly as `stop()` does (the shell's modes, cursor shown, mouse and paste off),
    /// stops the job as a shell's Ctrl-Z does, and once it runs again (`fg`) takes the terminal back and forgets what it
    /// showed, so the next `draw` repaints the whole screen.
    public func suspend() {
        guard !stopped else { return }
        runOutside { guild_stop_job() }
        // The continue that ended this stop needs no second repaint.
        _ = guild_take_continued()
    }

    /// The quit signal received since start (SIGINT, SIGTERM or SIGHUP), or nil; the run loop checks it after each event.
    public var receivedQuitSignal: Int32? {
        let signal = guild_quit_signal()
        return signal == 0 ? nil : signal
    }

    /// The terminal size in cells.
    public var size: Size {
        guard !stopped else { return .zero }
        return Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    }

    /// Shows `grid`, writing only the cells that changed since the last frame; cells beyond the screen are skipped.
    ///
    /// Blanks are drawn in their left neighbour's colours where that cannot show (`OutputFrame`). `ScreenWriter` then
    /// sends the cells whose look changed, pen by pen, and scrolls lines that moved with the scroll region; through
    /// curses, curses sends the cells that differ and, with `idlok`, scrolls full-width lines that moved.
    public func draw(_ grid: Grid) {
        guard !stopped else { return }
        let screenSize = size
        if writer != nil {
            let frame = OutputFrame(grid.size == screenSize ? grid : Self.fit(grid, to: screenSize))
            if let bytes = writer?.update(frame) { send(bytes) }
            return
        }
        let frame = OutputFrame(grid)
        if previous?.grid.size != grid.size { werase(window) }
        for change in frame.changes(since: previous) where change.x < screenSize.width && change.y < screenSize.height {
            write(change.cell, x: change.x, y: change.y, fits: change.x + 1 < screenSize.width)
        }
        previous = frame
        wnoutrefresh(window)
        doupdate()
    }

    /// Forgets what is on screen so the next `draw` repaints every cell (after another program used the terminal).
    public func invalidate() {
        previous = nil
        if writer != nil {
            writer?.invalidate()
        } else {
            clearok(window, true)
        }
    }

    /// Waits up to `timeoutMilliseconds` (negative waits forever) for input; nil on timeout, on input Guild ignores, or when a quit signal arrives.
    ///
    /// Ctrl-Z (or a SIGTSTP from outside) suspends the job (`suspend()`); once it runs again, and after any other stop
    /// and continue, it returns `.resize` with the size then, and the next `draw` repaints the whole screen.
    public func nextEvent(timeoutMilliseconds: Int32) -> Key? {
        guard !stopped, receivedQuitSignal == nil else { return nil }
        if let resumed = resumeIfStopped() { return resumed }
        wtimeout(window, timeoutMilliseconds)
        var value: wint_t = 0
        let result = wget_wch(window, &value)
        if result == ERR { return resumeIfStopped() }
        if result == KEY_CODE_YES { return decode(code: Int32(bitPattern: value)) }
        if value == 0x1B { return escapeOrAlt() }
        if value == 0x1A {
            // Ctrl-Z: raw mode hands it over as a character, so job control is Guild's to do.
            suspend()
            return .resize(size)
        }
        return KeyDecoder.key(forCharacter: value)
    }

    /// After a SIGTSTP from outside: suspends now. After a continue Guild did not ask for (SIGSTOP, then SIGCONT): takes
    /// the terminal back and repaints. Either way the event is `.resize` with the size now; nil when neither happened.
    private func resumeIfStopped() -> Key? {
        if guild_take_stop_request() != 0 {
            suspend()
            return .resize(size)
        }
        if guild_take_continued() != 0 {
            runOutside {}
            return .resize(size)
        }
        return nil
    }

    private func decode(code: Int32) -> Key? {
        switch code {
        case KEY_RESIZE:
            // Curses clears the screen on its next refresh after a resize; with the writer drawing, let it do so now,
            // not over the frame drawn at the new size.
            if writer != nil { wrefresh(window) }
            invalidate()
            return .resize(size)
        case KEY_MOUSE:
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            return KeyDecoder.mouse(event).map(Key.mouse)
        case KeyDecoder.pasteStart:
            return readPaste()
        case KeyDecoder.pasteEnd:
            return nil
        default:
            return KeyDecoder.key(forCode: code)
        }
    }

    // curses has already waited the escape delay, so a character already waiting came with the ESC: Alt+character.
    private func escapeOrAlt() -> Key {
        wtimeout(window, 0)
        var value: wint_t = 0
        let result = wget_wch(window, &value)
        if result == ERR { return .escape }
        if result == KEY_CODE_YES {
            ungetch(Int32(bitPattern: value))
            return .escape
        }
        if value >= 0x20, value != 0x7F, let scalar = Unicode.Scalar(value) {
            return .alt(Character(scalar))
        }
        unget_wch(wchar_t(bitPattern: value))
        return .escape
    }

    private func readPaste() -> Key {
        var text = String.UnicodeScalarView()
        // The pasted bytes arrive together; a long stall means the end marker was lost.
        wtimeout(window, 200)
        var value: wint_t = 0
        while text.count < 1 << 20 {
            let result = wget_wch(window, &value)
            if result == ERR { break }
            if result == KEY_CODE_YES {
                let code = Int32(bitPattern: value)
                if code == KeyDecoder.pasteEnd { break }
                if code == KEY_ENTER { text.append("\n") }
                continue
            }
            if value == 0x0D {
                text.append("\n")
            } else if let scalar = Unicode.Scalar(value) {
                text.append(scalar)
            }
        }
        return .paste(String(text))
    }

    /// The part of `grid` that fits on a screen of `size` (a frame drawn for the size before a resize).
    private static func fit(_ grid: Grid, to size: Size) -> Grid {
        var fitted = Grid(size: size)
        for y in 0..<min(size.height, grid.size.height) {
            for x in 0..<min(size.width, grid.size.width) where !grid[x, y].isContinuation {
                fitted[x, y] = grid[x, y]
            }
        }
        return fitted
    }

    /// Writes the writer's bytes to the terminal, after anything curses still has buffered.
    private func send(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        fflush(guild_stdout())
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var offset = 0
            while offset < raw.count {
                let written = Glibc.write(STDOUT_FILENO, base + offset, raw.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0, errno == EINTR {
                    continue
                } else if written < 0, errno == EAGAIN {
                    var descriptor = pollfd(fd: STDOUT_FILENO, events: Int16(POLLOUT), revents: 0)
                    _ = poll(&descriptor, 1, 100)
                } else {
                    return
                }
            }
        }
    }

    private func write(_ cell: Cell, x: Int, y: Int, fits: Bool) {
        var attributes = GUILD_A_NORMAL
        let style = cell.style
        if style.attributes.contains(.bold) { attributes |= GUILD_A_BOLD }
        if style.attributes.contains(.dim) { attributes |= GUILD_A_DIM }
        if style.attributes.contains(.italic) { attributes |= GUILD_A_ITALIC }
        if style.attributes.contains(.underline) { attributes |= GUILD_A_UNDERLINE }
        if style.attributes.contains(.reverse) { attributes |= GUILD_A_REVERSE }
        let pair = monochrome ? 0 : pairs.pair(for: style)
        let gridWidth = DisplayWidth.of(cell.grapheme)
        let (written, second) = fillBuffer(for: cell.grapheme, gridWidth: gridWidth)
        var character = cchar_t()
        characterBuffer.withUnsafeBufferPointer { buffer in
            _ = setcchar(&character, buffer.baseAddress, attributes, pair, nil)
        }
        _ = mvwadd_wch(window, Int32(y), Int32(x), &character)
        // The grid gave this glyph two columns but curses counts one (VS16 emoji, flags, unknown scalars): fill the second column ourselves.
        if gridWidth == 2 && written == 1 && fits {
            characterBuffer[0] = wchar_t(bitPattern: second.value)
            characterBuffer[1] = 0
            characterBuffer.withUnsafeBufferPointer { buffer in
                _ = setcchar(&character, buffer.baseAddress, attributes, pair, nil)
            }
            _ = mvwadd_wch(window, Int32(y), Int32(x + 1), &character)
        }
    }

    // Puts the glyph's base scalar and up to four combining marks in the buffer; returns the width curses will give it and what to put in a second column if needed.
    private func fillBuffer(for grapheme: Character, gridWidth: Int) -> (width: Int, second: Unicode.Scalar) {
        let scalars = Array(grapheme.unicodeScalars)
        var base = scalars.first ?? " "
        var width = Int(wcwidth(wchar_t(bitPattern: base.value)))
        if width < 1 {
            base = "\u{FFFD}"
            width = 1
        }
        characterBuffer[0] = wchar_t(bitPattern: base.value)
        var count = 1
        var second: Unicode.Scalar = " "
        for scalar in scalars.dropFirst() {
            let w = wcwidth(wchar_t(bitPattern: scalar.value))
            if w > 0 {
                if second == " ", w == 1 { second = scalar }
                break
            }
            // A VS16 on a one-column base would make some terminals draw two columns where curses counts one.
            if w < 0 || scalar.value == 0xFE0F || scalar.value == 0x200D || count >= 5 { continue }
            characterBuffer[count] = wchar_t(bitPattern: scalar.value)
            count += 1
        }
        characterBuffer[count] = 0
        return (width, gridWidth == 2 ? second : " ")
    }
}
