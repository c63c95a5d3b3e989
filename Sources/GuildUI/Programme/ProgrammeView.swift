import Foundation
import GuildCore
import TerminalGrid

/// Draws an open programme screen over the whole terminal: title bar (with the scope), the screen's body, and a status
/// bar with hints from `ProgrammeKeymap`.
enum ProgrammeView {
    static func draw(_ state: AppState, _ screen: ProgrammeScreen, on grid: inout Grid) {
        let full = Rect(size: state.size)
        let rows = full.splitRows([.length(1), .fill(1), .length(1)])
        let theme = state.theme
        let bar = theme.onText(.titleBar)
        grid.fill(rows[0], with: bar)
        let name: String = switch screen {
        case .communities: "Communities of practice"
        case .health(let health): "Programme health · " + ProgrammeScope(communityID: health.scope).name(in: state.data)
        }
        let right = DateText.longDay(state.now, calendar: state.calendar) + " "
        let room = max(0, rows[0].width - DisplayWidth.of(right) - 1)
        grid.put(DisplayWidth.truncate(SafeText.sanitize(" Guild — " + state.storeName + " · " + name), toWidth: room), x: 0, y: 0, style: bar, maxWidth: room)
        if room > 0 { grid.put(right, x: rows[0].maxX - DisplayWidth.of(right), y: 0, style: bar) }

        let body = rows[1].inset(left: 1)
        switch screen {
        case .communities(let communities):
            let view = CommunitiesScreen(state: state, communities: communities)
            let list = view.listLines(width: body.width - 1)
            let listHeight = min(list.count, max(1, body.height / 3))
            let first = max(0, min(communities.selected - listHeight + 1, list.count - listHeight))
            put(Array(list.dropFirst(first)), in: Rect(x: body.x, y: body.y, width: body.width, height: listHeight), scroll: 0, on: &grid)
            let rule = Rect(x: body.x, y: body.y + listHeight, width: body.width - 1, height: 1)
            grid.put(String(repeating: "─", count: max(0, rule.width)), x: rule.x, y: rule.y, style: theme.style(.border), maxWidth: rule.width)
            let detail = Rect(x: body.x, y: rule.maxY, width: body.width, height: max(0, body.maxY - rule.maxY))
            put(view.detailLines(width: body.width - 2), in: detail, scroll: communities.scroll, on: &grid)
        case .health(let health):
            put(HealthScreen(state: state, health: health).lines(width: body.width - 1), in: body, scroll: health.scroll, on: &grid)
        }

        let status = rows[2]
        let barStyle = theme.onText(.statusBar)
        grid.fill(status, with: barStyle)
        let hints = ProgrammeKeymap.standard.hints(for: screen.context).map { StatusBar.Hint(key: $0.key, label: $0.label) }
        let left = state.message.map { [Span($0, style: theme.style(.accent))] } ?? []
        grid.render(StatusBar(left: left, hints: hints, style: barStyle, keyStyle: theme.style(.statusKey), labelStyle: .plain), in: status.inset(left: 1))
    }

    /// Draws `lines` from `scroll` (kept in range) into `rect`, one line a row, cut at its width.
    private static func put(_ lines: [[Span]], in rect: Rect, scroll: Int, on grid: inout Grid) {
        guard !rect.isEmpty else { return }
        let first = max(0, min(scroll, lines.count - rect.height))
        for (row, line) in lines.dropFirst(first).prefix(rect.height).enumerated() {
            grid.put(spans: line.truncated(toWidth: rect.width), x: rect.x, y: rect.y + row, maxWidth: rect.width)
        }
    }
}
