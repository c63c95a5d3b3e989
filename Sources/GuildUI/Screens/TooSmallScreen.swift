import TerminalGrid

/// The message shown when the terminal is below `HomeLayout.minimum`, centred and wrapped to fit.
enum TooSmallScreen {
    /// The message for a terminal of `size`.
    static func message(for size: Size) -> String {
        let minimum = HomeLayout.minimum
        return "Terminal too small: \(size.width)×\(size.height) — Guild needs at least \(minimum.width)×\(minimum.height)"
    }

    /// Draws the message centred on the whole grid.
    static func draw(size: Size, on grid: inout Grid, theme: Theme) {
        let lines = WordWrap.lines(message(for: size), width: size.width)
        let top = max(0, (size.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < size.height {
            grid.put(line, in: Rect(x: 0, y: top + i, width: size.width, height: 1), alignment: .center, style: theme.onText(.warning))
        }
    }
}
