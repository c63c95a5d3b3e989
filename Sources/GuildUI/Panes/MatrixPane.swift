import Foundation
import GuildCore
import TerminalGrid

/// The "Skills matrix" pane: people as rows, skills as columns, a level glyph per cell coloured by the theme's ramp,
/// interest marks, a frozen header row and name column, and a coverage row (people at level 3 or more) at the bottom.
struct MatrixPane {
    let home: HomeState
    let context: ScreenContext

    /// The glyph for a level: "·" unrated, "0"…"4" rated, so levels stay apart without colour.
    static func glyph(_ level: SkillLevel?) -> String {
        level.map { String($0.rawValue) } ?? "·"
    }

    /// The interest mark: "*" happy to teach, "+" wants to learn, else a space.
    static func mark(_ rating: SkillRating?) -> String {
        guard let rating else { return " " }
        if rating.happyToTeach { return "*" }
        return rating.wantsToLearn ? "+" : " "
    }

    /// Draws the pane in `rect`.
    func draw(in rect: Rect, on grid: inout Grid) {
        let theme = context.theme
        let lists = home.lists
        let matrix = lists.matrix
        let cursor = home.cursor(.matrix)
        let focused = home.focus == .matrix
        let geometry = PaneGeometry.make(.matrix, in: rect)
        let columns = MatrixColumns.make(lists, width: geometry.inner.width)
        let table = Table(columns: columns, rowCount: lists.people.count, columnOffset: cursor.columnOffset + 1, frozenColumns: 1) { _, _ in Span("") }
        let placements = table.placements(width: geometry.inner.width)
        PaneFrame(title: PaneID.matrix.title, info: info(placements), footer: legend, isFocused: focused)
            .draw(in: rect, on: &grid, theme: theme)
        guard !matrix.people.isEmpty, !matrix.skills.isEmpty, lists.people.count > 0 else {
            RowList.drawEmpty(emptyMessage, in: geometry.inner, on: &grid, theme: theme)
            return
        }
        let x0 = geometry.inner.x
        // Header: skill labels; the cursor's column stands out.
        if !geometry.header.isEmpty {
            for placement in placements {
                let isCursorColumn = placement.column == cursor.column + 1
                let role: ThemeRole = isCursorColumn && focused ? .accent : .header
                let title = placement.column == 0 ? "" : columns[placement.column].title
                grid.put(TextLayout.pad(title, toWidth: placement.width), x: x0 + placement.x, y: geometry.header.y,
                         style: theme.onText(role).adding(isCursorColumn && focused ? .underline : []), maxWidth: placement.width)
            }
        }
        let visible = geometry.visibleEntries
        let rowStyle = theme.style(.text)
        // The cursor cell stands out, with the cursor's skill heading and a marker at the start of its row (as in the
        // lists); names and the rest of the row keep their colours, so a move redraws a few cells, not names or rows.
        for slot in 0..<visible {
            let item = cursor.rowOffset + slot
            guard let (person, row) = lists.person(item) else { break }
            let y = geometry.rows.y + slot
            let isSelectedRow = item == cursor.row && focused
            grid.setStyle(Rect(x: x0, y: y, width: geometry.inner.width, height: 1), rowStyle)
            // The marker sits on the frame's left edge, beside the name: the columns stay where the reducer places them.
            if isSelectedRow, x0 > rect.x { grid.put(RowList.marker, x: x0 - 1, y: y, style: RowList.markerStyle(theme), maxWidth: 1) }
            for placement in placements {
                let x = x0 + placement.x
                if placement.column == 0 {
                    grid.put(TextLayout.pad(PersonName.fit(person.name, width: placement.width), toWidth: placement.width), x: x, y: y,
                             style: rowStyle, maxWidth: placement.width)
                    continue
                }
                let rating = matrix.rating(row: row, column: placement.column - 1)
                var glyphStyle = rowStyle.patched(by: theme.style(ThemeRole.level(rating?.level)))
                var markStyle = rowStyle.patched(by: theme.style(.interest))
                if isSelectedRow && placement.column == cursor.column + 1 {
                    let cell = theme.style(.cursor)
                    grid.setStyle(Rect(x: x, y: y, width: placement.width, height: 1), rowStyle.patched(by: cell))
                    glyphStyle = glyphStyle.patched(by: cell)
                    markStyle = markStyle.patched(by: cell)
                }
                grid.put(Self.glyph(rating?.level), x: x, y: y, style: glyphStyle, maxWidth: placement.width)
                grid.put(Self.mark(rating), x: x + 1, y: y, style: markStyle, maxWidth: placement.width - 1)
            }
        }
        drawCoverage(placements, on: &grid, geometry: geometry)
    }

    private func drawCoverage(_ placements: [Table.Placement], on grid: inout Grid, geometry: PaneGeometry) {
        guard !geometry.footer.isEmpty else { return }
        let theme = context.theme
        let y = geometry.footer.y
        for placement in placements {
            let x = geometry.inner.x + placement.x
            if placement.column == 0 {
                let label = placement.width >= 12 ? "People at 3+" : "At 3+"
                grid.put(TextLayout.pad(label, toWidth: placement.width), x: x, y: y, style: theme.onText(.header), maxWidth: placement.width)
                continue
            }
            let count = home.lists.matrix.coverage[placement.column - 1]
            let role: ThemeRole = count == 0 ? .error : count == 1 ? .warning : .muted
            grid.put(TextLayout.pad(String(count), toWidth: placement.width), x: x, y: y, style: theme.onText(role), maxWidth: placement.width)
        }
    }

    private func info(_ placements: [Table.Placement]) -> [Span] {
        var spans = PaneInfo.spans(for: .matrix, in: home, theme: context.theme)
        let skills = home.lists.matrix.skills.count
        let shown = placements.map(\.column).filter { $0 > 0 }
        if let first = shown.first, let last = shown.last, shown.count < skills {
            spans = [Span(first > 1 ? "◂ " : "  "), Span("skills \(first)–\(last) of \(skills)"), Span(last < skills ? " ▸" : "  "), Span(" · ")] + spans
        }
        return spans
    }

    private var legend: [Span] {
        let theme = context.theme
        var spans = [Span("·", style: theme.style(.unrated)), Span(" unrated  ")]
        for level in SkillLevel.allCases {
            spans.append(Span(Self.glyph(level), style: theme.style(ThemeRole.level(level))))
            if level != .expert { spans.append(Span(" ")) }
        }
        spans += [Span(" none…expert  "), Span("+", style: theme.style(.interest)), Span(" wants to learn  "),
                  Span("*", style: theme.style(.interest)), Span(" happy to teach")]
        return spans
    }

    private var emptyMessage: [String] {
        let filter = home.cursor(.matrix).filter
        if !filter.isEmpty { return ["Nobody matches “\(filter)”.", context.keyName(.viewBack) + " clears the filter."] }
        if context.data.people.isEmpty {
            return ["No people yet.", context.keyName(.itemNew) + " adds someone here, or `guild add person \"Zoë Ångström\" --handle zoe --team Platform`."]
        }
        return ["No skills yet.", "Add one with “new skill” in the \(context.keyName(.appPalette)) palette (or `guild add skill Kubernetes`), then rate cells with \(context.keymap.ratingKeyNames)."]
    }

    /// The status-line description of the cursor cell ("Zoë Ångström · Kubernetes · 3 proficient · happy to teach · rated 2026-10-02").
    static func describe(_ home: HomeState, calendar: Calendar) -> String? {
        let cursor = home.cursor(.matrix)
        guard let (person, row) = home.lists.person(cursor.row), home.lists.matrix.skills.indices.contains(cursor.column) else { return nil }
        let skill = home.lists.matrix.skills[cursor.column]
        var parts = [person.name, skill.name]
        if let rating = home.lists.matrix.rating(row: row, column: cursor.column) {
            parts.append("\(rating.level.rawValue) \(rating.level.name)")
            if rating.happyToTeach { parts.append("happy to teach") }
            if rating.wantsToLearn { parts.append("wants to learn") }
            parts.append("rated \(Day(rating.ratedAt, in: calendar))")
        } else {
            parts.append("not rated")
        }
        return parts.joined(separator: " · ")
    }
}
