import GuildCore
import TerminalGrid

/// A titled list in the side column: the anonymous questions queue or the parking lot, newest at the bottom.
struct QueuePanel {
    let title: String
    let items: [String]
    let empty: String
    /// The entry to highlight (the wrap-up's parking-lot selection), if any.
    var selected: Int?
    /// Entries shown with a mark after them (promoted to a topic).
    var marked: Set<Int> = []

    func draw(in rect: Rect, on grid: inout Grid, theme: Theme) {
        PaneFrame(title: "\(title) (\(items.count))", isFocused: false).draw(in: rect, on: &grid, theme: theme)
        let inner = Box.inner(of: rect).inset(left: 1)
        guard !inner.isEmpty else { return }
        guard !items.isEmpty else {
            grid.put(empty, x: inner.x, y: inner.y, style: theme.onText(.muted), maxWidth: inner.width)
            return
        }
        // Newest last: when they do not all fit, keep the latest (or the selected one) in view.
        let window = MeetingText.window(count: items.count, visible: inner.height, selected: selected ?? items.count - 1)
        let lines: [[Span]] = window.map { index in
            [Span("• ", style: theme.style(.accent)), Span(SafeText.sanitize(items[index])),
             Span(marked.contains(index) ? "  → topic" : "", style: theme.style(.success))]
        }
        MeetingText.draw(lines, in: inner, on: &grid, base: theme.style(.text), selection: theme.style(.selection),
                         selected: selected.map { $0 - window.lowerBound })
    }
}
