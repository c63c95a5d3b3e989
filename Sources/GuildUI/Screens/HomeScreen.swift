import Foundation
import GuildCore
import TerminalGrid

/// The home screen: title bar, the three panes, the problem line and the status bar with hints from the keymap.
struct HomeScreen {
    let state: AppState
    let layout: HomeLayout

    /// Draws everything but overlays.
    func draw(on grid: inout Grid) {
        drawTitleBar(on: &grid)
        for (pane, rect) in layout.panes {
            switch pane {
            case .sessions: SessionsPane(state: state).draw(in: rect, on: &grid)
            case .matrix: MatrixPane(state: state).draw(in: rect, on: &grid)
            case .actions: ActionsPane(state: state).draw(in: rect, on: &grid)
            }
        }
        drawProblems(on: &grid)
        StatusLine(state: state).draw(in: layout.statusBar, on: &grid)
    }

    private func drawTitleBar(on grid: inout Grid) {
        let theme = state.theme
        let bar = theme.onText(.titleBar)
        let rect = layout.titleBar
        grid.fill(rect, with: bar)
        var right: [Span] = SyncBadge.spans(state.sync, context: state.screenContext, bar: bar)
        if !state.problems.isEmpty {
            let count = state.problems.count
            right.append(Span("⚠ \(count) problem\(count == 1 ? "" : "s")", style: bar.patched(by: theme.style(.warning))))
            right.append(Span("  "))
        }
        right.append(Span(DateText.longDay(state.now, calendar: state.calendar) + " " + DateText.time(state.now, calendar: state.calendar) + " "))
        var left = [Span(" Guild — ", style: bar), Span(SafeText.sanitize(state.storeName), style: bar)] + MilestoneBanner.spans(state.programme, data: state.data)
        if state.isReadOnly { left.append(Span("  read-only", style: bar.patched(by: theme.style(.warning)))) }
        let rightWidth = right.width
        let leftRoom = rect.width - rightWidth - 1
        if leftRoom >= 8 {
            grid.put(spans: left.map { Span($0.text, style: bar.patched(by: $0.style)) }.truncated(toWidth: leftRoom), x: rect.x, y: rect.y, maxWidth: leftRoom)
            grid.put(spans: right.map { Span($0.text, style: bar.patched(by: $0.style)) }, x: rect.maxX - rightWidth, y: rect.y, maxWidth: rightWidth)
        } else {
            grid.put(spans: left.truncated(toWidth: rect.width), x: rect.x, y: rect.y, maxWidth: rect.width)
        }
    }

    private func drawProblems(on grid: inout Grid) {
        let rect = layout.problemLine
        guard !rect.isEmpty, let first = state.problems.first else { return }
        let more = state.problems.count > 1 ? "  (+\(state.problems.count - 1) more)" : ""
        let text = " ⚠ " + first + more
        grid.fill(rect, with: state.theme.onText(.warning))
        grid.put(TextLayout.truncate(SafeText.sanitize(text), toWidth: rect.width), x: rect.x, y: rect.y, style: state.theme.onText(.warning), maxWidth: rect.width)
    }
}
