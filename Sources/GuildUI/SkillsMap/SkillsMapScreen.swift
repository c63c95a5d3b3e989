import Foundation
import GuildCore
import TerminalGrid

/// Draws the skills map over the whole screen: a title bar with the tabs, the query line, the page, a status line.
enum SkillsMapScreen {
    static func draw(_ map: SkillsMapState, context: ScreenContext, on grid: inout Grid) {
        let theme = context.theme
        let size = context.size
        let width = size.width
        // Title bar: the tabs, the current one highlighted.
        grid.fill(Rect(x: 0, y: 0, width: width, height: 1), with: theme.style(.titleBar))
        var spans: [Span] = [Span(" Skills map ", style: theme.style(.titleBar))]
        for (index, tab) in SkillsMapTab.allCases.enumerated() {
            let label = " \(index + 1) \(tab.title) "
            spans.append(Span(label, style: tab == map.tab && map.detail == nil ? theme.style(.selection) : theme.style(.titleBar)))
        }
        grid.put(spans: spans.truncated(toWidth: width), x: 0, y: 0)

        var y = 1
        if map.tab.hasQuery, map.detail == nil {
            let label = map.tab == .staffing ? "Skills: " : map.tab == .who ? "Ask: " : "Search: "
            _ = grid.put(label, x: 1, y: y, style: theme.style(.muted))
            let x = 1 + DisplayWidth.of(label)
            if let field = map.field {
                field.draw(in: Rect(x: x, y: y, width: max(0, width - x - 1), height: 1), on: &grid, style: theme.style(.text),
                           cursorStyle: theme.style(.cursor))
            } else {
                _ = grid.put(map.query.isEmpty ? map.tab.queryPrompt(key: context.keymap.firstKeyName(SkillsMapCommand.query.rawValue)) : map.query,
                             x: x, y: y, style: theme.style(map.query.isEmpty ? .muted : .accent), maxWidth: max(0, width - x - 1))
            }
            y += 1
        }
        let content = context.skillsMapContent
        let isMatrix = map.tab == .matrix && map.detail == nil
        // The matrix draws the cells of the people on screen only: its two header lines, then people and coverage.
        var rows: Range<Int>?
        if isMatrix {
            let visible = max(0, size.height - 1 - y - 2)
            let count = content.matrix(map).people.count
            let first = scrollOffset(selectedLine: map.row < count + 1 ? map.row : nil, lineCount: count + 1, visible: visible)
            rows = first..<(first + visible)
        }
        let page = content.page(map, rows: rows)
        for line in page.header where y < size.height - 1 {
            draw(line, y: y, selected: false, context: context, on: &grid)
            y += 1
        }
        // The pairs proposal keeps the partners of the person under the cursor at the bottom (built once per person,
        // once the partner index is built when idle).
        var panel: [SkillsMapLine] = []
        if let person = map.pairsCursorPerson(content: content) {
            let lines = content.partnerPanelWhenIndexed(for: person, limit: size.height >= 30 ? 5 : 3)
            if size.height - 1 - y - (lines.count + 1) >= 4 { panel = lines }
        }
        let panelHeight = panel.isEmpty ? 0 : panel.count + 1
        let visible = max(0, size.height - 1 - y - panelHeight)
        let selectable = page.selectable
        let selectedLine: Int? = isMatrix ? (page.lines.indices.contains(map.row) ? map.row : nil)
            : (selectable.indices.contains(map.row) ? selectable[map.row] : nil)
        var offset = scrollOffset(selectedLine: selectedLine, lineCount: page.lines.count, visible: visible)
        // On the last selectable line, show the end of the page too (lines below it take no cursor).
        if !isMatrix, let last = selectable.last, selectedLine == last { offset = max(offset, min(last, max(0, page.lines.count - visible))) }
        // The matrix's coverage row stays visible under the people.
        for (index, line) in page.lines.enumerated().dropFirst(offset).prefix(visible) {
            draw(line, y: y, selected: !isMatrix && index == selectedLine, context: context, on: &grid)
            y += 1
        }
        if !panel.isEmpty {
            var line = size.height - 1 - panelHeight
            grid.put(String(repeating: "─", count: width), x: 0, y: line, style: context.theme.style(.border))
            for entry in panel {
                line += 1
                draw(entry, y: line, selected: false, context: context, on: &grid)
            }
        }
        drawStatus(map, context: context, on: &grid)
    }

    /// The first line shown so the selected line is in view, one line above the bottom when it can be.
    static func scrollOffset(selectedLine: Int?, lineCount: Int, visible: Int) -> Int {
        guard let selectedLine, visible > 0, selectedLine >= visible - 1 else { return 0 }
        return min(selectedLine - visible + 2, max(0, lineCount - visible))
    }

    /// One line: spans in their roles; the selected one in the selection role across the width; a sparkline after it.
    static func draw(_ line: SkillsMapLine, y: Int, selected: Bool, context: ScreenContext, on grid: inout Grid) {
        let theme = context.theme
        let width = context.size.width
        if selected { grid.fill(Rect(x: 0, y: y, width: width, height: 1), with: theme.style(.selection)) }
        let spans = line.spans.map { Span(SafeText.sanitize($0.text), style: selected ? theme.style(.selection) : theme.style($0.role)) }
        let used = grid.put(spans: ([Span(" ")] + spans).truncated(toWidth: width), x: 0, y: y)
        if let values = line.sparkline, used < width {
            Sparkline(values: values, style: theme.style(.accent)).draw(in: Rect(x: used, y: y, width: min(values.count, width - used), height: 1), on: &grid)
        }
    }

    /// The bottom line: the message or the cursor cell, then key hints.
    static func drawStatus(_ map: SkillsMapState, context: ScreenContext, on grid: inout Grid) {
        let theme = context.theme
        let y = context.size.height - 1
        guard y > 0 else { return }
        grid.fill(Rect(x: 0, y: y, width: context.size.width, height: 1), with: theme.style(.statusBar))
        var spans: [Span] = []
        var note = context.message
        if note == nil, map.tab == .matrix, map.detail == nil, !context.isCovered {
            note = MatrixView.describe(context.skillsMapContent.matrix(map), row: map.row, column: map.column)
        }
        if let note { spans.append(Span(" " + note + "  ", style: theme.style(.statusBar))) }
        for hint in context.keymap.hints(for: context.keyContext) {
            spans.append(Span(" " + hint.key, style: theme.style(.statusKey)))
            spans.append(Span(" " + hint.label, style: theme.style(.statusBar)))
        }
        grid.put(spans: spans.truncated(toWidth: context.size.width), x: 0, y: y)
    }
}
