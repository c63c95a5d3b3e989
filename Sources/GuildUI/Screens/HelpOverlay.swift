import TerminalGrid

/// The help overlay: every binding of the keymap, grouped, with its keys, what it does and its id (for `keys.json`); scrollable.
enum HelpOverlay {
    /// The overlay's lines for the state's keymap.
    static func lines(for state: AppState) -> [[Span]] {
        let theme = state.theme
        let keymap = state.keymap
        let keyWidth = min(16, keymap.bindings.map { DisplayWidth.of($0.keyNames) }.max() ?? 8)
        let helpWidth = min(46, keymap.bindings.map { DisplayWidth.of($0.help) }.max() ?? 20)
        var lines: [[Span]] = [[Span("Remap keys by id in $XDG_CONFIG_HOME/guild/keys.json", style: theme.style(.muted))]]
        for group in keymap.groups {
            lines.append([])
            lines.append([Span(group.name, style: theme.style(.title))])
            for binding in group.bindings {
                lines.append([
                    Span("  "), RowList.cell(binding.keyNames, keyWidth, theme.style(.statusKey)), Span("  "),
                    RowList.cell(binding.help, helpWidth), Span("  "), Span(binding.id, style: theme.style(.muted)),
                ])
            }
        }
        return lines
    }

    /// Draws the overlay centred over `area`, showing the lines from the overlay's scroll position.
    static func draw(_ state: AppState, scroll: Int, in area: Rect, on grid: inout Grid) {
        let theme = state.theme
        let all = lines(for: state)
        let visible = max(1, area.height - 2)
        let first = min(max(0, scroll), max(0, all.count - visible))
        let shown = Array(all[first..<min(all.count, first + visible)])
        var title = "Keys"
        if all.count > visible {
            title += " \(first + 1)–\(first + shown.count) of \(all.count)" + (first + shown.count < all.count ? " ↓" : " ↑")
        }
        let modal = Modal(title: title, lines: shown, style: theme.onText(.overlay), border: .rounded,
                          borderStyle: theme.onText(.overlay).patched(by: theme.style(.borderFocused)),
                          titleStyle: theme.onText(.overlay).patched(by: theme.style(.title)))
        grid.render(modal, in: area)
    }
}
