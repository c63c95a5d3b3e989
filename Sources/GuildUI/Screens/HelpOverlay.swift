import TerminalGrid

/// The help overlay of any screen: the screen's bindings from the keymap, grouped, with their keys, what they do and their
/// id (for `keys.json`); scrollable. The meeting draws the same lines in its own modal.
enum HelpOverlay {
    /// The overlay's lines for the screen showing in `context`.
    static func lines(for context: ScreenContext) -> [[Span]] {
        lines(keymap: context.keymap, screen: context.keyScreen, theme: context.theme, width: context.size.width)
    }

    /// The lines listing `screen`'s bindings (its own, then the shared ones that work there) in `keymap`, for a terminal
    /// `width` wide: what a binding does is cut only where the line would not fit with its id.
    static func lines(keymap: Keymap, screen: KeyScreen, theme: Theme, width: Int) -> [[Span]] {
        let listed = keymap.bindings(of: screen)
        let keyWidth = min(16, listed.map { DisplayWidth.of($0.keyNames) }.max() ?? 8)
        let idWidth = listed.map { DisplayWidth.of($0.id) }.max() ?? 0
        // The modal's border and margins, and the gaps between the columns.
        let room = width - 6 - 2 - keyWidth - 2 - 2 - idWidth
        let helpWidth = min(listed.map { DisplayWidth.of($0.help) }.max() ?? 20, max(24, room))
        var lines: [[Span]] = [[Span("Remap keys by id in $XDG_CONFIG_HOME/guild/keys.json", style: theme.style(.muted))]]
        for group in keymap.groups(of: screen) {
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

    /// The overlay's title: "Keys" on the dashboard, else the screen's ("Skills map keys").
    static func title(_ screen: KeyScreen) -> String {
        screen == .dashboard ? "Keys" : screen.title + " keys"
    }

    /// Draws the overlay centred over `area`, showing the lines from the overlay's scroll position.
    static func draw(_ context: ScreenContext, scroll: Int, in area: Rect, on grid: inout Grid) {
        let theme = context.theme
        let all = lines(for: context)
        let visible = max(1, area.height - 2)
        let first = min(max(0, scroll), max(0, all.count - visible))
        let shown = Array(all[first..<min(all.count, first + visible)])
        var title = title(context.keyScreen)
        if all.count > visible {
            title += " \(first + 1)–\(first + shown.count) of \(all.count)" + (first + shown.count < all.count ? " ↓" : " ↑")
        }
        let modal = Modal(title: title, lines: shown, style: theme.onText(.overlay), border: .rounded,
                          borderStyle: theme.onText(.overlay).patched(by: theme.style(.borderFocused)),
                          titleStyle: theme.onText(.overlay).patched(by: theme.style(.title)))
        grid.render(modal, in: area)
    }
}
