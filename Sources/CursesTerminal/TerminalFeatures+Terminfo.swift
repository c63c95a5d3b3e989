import CNcurses
import Glibc
import TerminalGrid

extension TerminalFeatures {
    /// The running terminal's features from its terminfo entry (curses set up), or nil when it does not take ECMA-48
    /// cursor addressing and graphic rendition (then curses draws, as it knows the terminal's own sequences).
    ///
    /// Every capability the writer uses must be spelled in the terminfo entry exactly as the writer sends it, so a
    /// terminal that lacks one (or spells it differently) simply goes without it.
    static func fromTerminfo(colorCount: Int, hasDefaultColors: Bool, lineFeed: LineFeed) -> TerminalFeatures? {
        guard capability("cup") == "\u{1B}[%i%p1%d;%p2%dH",
              let reset = capability("sgr0"), reset.hasPrefix("\u{1B}[") || reset.hasPrefix("\u{1B}(B\u{1B}[") else { return nil }
        if colorCount >= 8, capability("setaf")?.hasPrefix("\u{1B}[") != true || capability("setab")?.hasPrefix("\u{1B}[") != true {
            return nil
        }
        var attributes: UInt8 = 0
        for (name, sequence, bit) in [("bold", "\u{1B}[1m", Pen.bold), ("dim", "\u{1B}[2m", Pen.dim), ("sitm", "\u{1B}[3m", Pen.italic),
                                      ("smul", "\u{1B}[4m", Pen.underline), ("rev", "\u{1B}[7m", Pen.reverse)]
            where capability(name) == sequence {
            attributes |= bit
        }
        let scrollUp = capability("indn") == "\u{1B}[%p1%dS"
        let relativeMoves = capability("cuf") == "\u{1B}[%p1%dC" && capability("cub") == "\u{1B}[%p1%dD"
            && capability("cuu") == "\u{1B}[%p1%dA" && capability("cud") == "\u{1B}[%p1%dB"
        return TerminalFeatures(
            colorCount: colorCount, hasDefaultColors: hasDefaultColors,
            backgroundColorErase: flag("bce"), autoMargin: flag("am"), eatsNewline: flag("xenl"),
            scrollRegion: capability("csr") == "\u{1B}[%i%p1%d;%p2%dr" && (scrollUp || capability("ind") == "\n"),
            scrollUp: scrollUp, scrollDown: capability("rin") == "\u{1B}[%p1%dT", reverseIndex: capability("ri") == "\u{1B}M",
            relativeMoves: relativeMoves, columnAddress: capability("hpa") == "\u{1B}[%i%p1%dG",
            rowAddress: capability("vpa") == "\u{1B}[%i%p1%dd", eraseCharacters: capability("ech") == "\u{1B}[%p1%dX",
            eraseLine: capability("el") == "\u{1B}[K", lineFeed: lineFeedMovesDown ? lineFeed : .unknown,
            attributes: attributes)
    }

    /// Whether the terminal takes a line feed as its cursor-down (`cud1`).
    static var lineFeedMovesDown: Bool {
        capability("cud1") == "\n"
    }

    /// What a line feed written to standard output does now, from the tty's output modes.
    static func currentLineFeed() -> LineFeed {
        var modes = termios()
        guard tcgetattr(STDOUT_FILENO, &modes) == 0 else { return .unknown }
        if modes.c_oflag & tcflag_t(OPOST) != 0, modes.c_oflag & tcflag_t(ONLCR | OCRNL | ONLRET) != 0 {
            return modes.c_oflag & tcflag_t(ONLCR) != 0 && modes.c_oflag & tcflag_t(OCRNL | ONLRET) == 0 ? .downAndReturn : .unknown
        }
        return .down
    }

    private static func capability(_ name: String) -> String? {
        guard let value = tigetstr(name), Int(bitPattern: value) != -1 else { return nil }
        return String(cString: value)
    }

    private static func flag(_ name: String) -> Bool {
        tigetflag(name) > 0
    }
}
