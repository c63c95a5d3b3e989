import Foundation
import TerminalGrid

/// What a full-screen view (the programme screens, the conflicts screen) draws around its body: a title bar naming
/// the store and the screen, a status bar with the message and the keymap's hints, and its lines in between.
enum ScreenChrome {
    /// The title bar, the body and the status bar of the whole terminal.
    static func rows(_ context: ScreenContext) -> (title: Rect, body: Rect, status: Rect) {
        let rows = Rect(size: context.size).splitRows([.length(1), .fill(1), .length(1)])
        return (rows[0], rows[1], rows[2])
    }

    /// " Guild — <store> · <screen>" on the left and, when given, `right` at the right edge.
    static func drawTitleBar(_ screen: String, right: String? = nil, context: ScreenContext, in rect: Rect, on grid: inout Grid) {
        let bar = context.theme.onText(.titleBar)
        grid.fill(rect, with: bar)
        let rightWidth = right.map(DisplayWidth.of) ?? 0
        let room = max(0, rect.width - (right == nil ? 0 : rightWidth + 1))
        grid.put(DisplayWidth.truncate(SafeText.sanitize(" Guild — " + context.storeName + " · " + screen), toWidth: room),
                 x: rect.x, y: rect.y, style: bar, maxWidth: room)
        if let right, room > 0 { grid.put(right, x: rect.maxX - rightWidth, y: rect.y, style: bar) }
    }

    /// The context's message (in the error role when it reports a failure), then `hints`.
    static func drawStatusBar(hints: [(key: String, label: String)], context: ScreenContext, in rect: Rect, on grid: inout Grid) {
        let theme = context.theme
        let barStyle = theme.onText(.statusBar)
        grid.fill(rect, with: barStyle)
        let left = context.message.map { [Span(SafeText.sanitize($0), style: theme.style(context.messageIsError ? .error : .accent))] } ?? []
        grid.render(StatusBar(left: left, hints: hints.map { StatusBar.Hint(key: $0.key, label: $0.label) }, style: barStyle,
                              keyStyle: theme.style(.statusKey), labelStyle: .plain), in: rect.inset(left: 1))
    }

    /// Draws `lines` from `scroll` (kept in range) into `rect`, one line a row, cut at its width.
    static func drawLines(_ lines: [[Span]], in rect: Rect, scroll: Int, on grid: inout Grid) {
        guard !rect.isEmpty else { return }
        let first = max(0, min(scroll, lines.count - rect.height))
        for (row, line) in lines.dropFirst(first).prefix(rect.height).enumerated() {
            grid.put(spans: line.truncated(toWidth: rect.width), x: rect.x, y: rect.y + row, maxWidth: rect.width)
        }
    }
}
