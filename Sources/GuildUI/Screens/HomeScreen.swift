import Foundation
import GuildCore
import TerminalGrid

/// The home screen: title bar, the three panes, the problem line and the status bar with hints from the keymap.
///
/// It draws the home screen's own state, the title bar's slices (the sync badge's `SyncState`, the milestone banner's
/// `ProgrammeState`) and the context every view reads; never the whole `AppState`.
struct HomeScreen {
    let home: HomeState
    let sync: SyncState
    let programme: ProgrammeState
    let layout: HomeLayout
    let context: ScreenContext

    /// Draws everything but overlays.
    func draw(on grid: inout Grid) {
        drawTitleBar(on: &grid)
        for (pane, rect) in layout.panes {
            switch pane {
            case .sessions: SessionsPane(home: home, context: context).draw(in: rect, on: &grid)
            case .matrix: MatrixPane(home: home, context: context).draw(in: rect, on: &grid)
            case .actions: ActionsPane(home: home, context: context).draw(in: rect, on: &grid)
            }
        }
        drawProblems(on: &grid)
        StatusLine(home: home, context: context).draw(in: layout.statusBar, on: &grid)
    }

    private func drawTitleBar(on grid: inout Grid) {
        let theme = context.theme
        let bar = theme.onText(.titleBar)
        let rect = layout.titleBar
        grid.fill(rect, with: bar)
        var right: [Span] = SyncBadge.spans(sync, context: context, bar: bar)
        if !context.problems.isEmpty {
            let count = context.problems.count
            right.append(Span("⚠ \(count) problem\(count == 1 ? "" : "s")", style: bar.patched(by: theme.style(.warning))))
            right.append(Span("  "))
        }
        right.append(Span(DateText.longDay(context.now, calendar: context.calendar) + " " + DateText.time(context.now, calendar: context.calendar) + " "))
        var left = [Span(" Guild — ", style: bar), Span(SafeText.sanitize(context.storeName), style: bar)] + MilestoneBanner.spans(programme, data: context.data)
        if context.isReadOnly { left.append(Span("  read-only", style: bar.patched(by: theme.style(.warning)))) }
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
        guard !rect.isEmpty, let first = context.problems.first else { return }
        let more = context.problems.count > 1 ? "  (+\(context.problems.count - 1) more)" : ""
        let text = " ⚠ " + first + more
        grid.fill(rect, with: context.theme.onText(.warning))
        grid.put(TextLayout.truncate(SafeText.sanitize(text), toWidth: rect.width), x: rect.x, y: rect.y, style: context.theme.onText(.warning), maxWidth: rect.width)
    }
}
