import Foundation
import GuildCore
import TerminalGrid

/// Draws the conflicts screen over the whole terminal: which record, why it is in conflict, and for each disputed
/// field every candidate value with the one chosen marked; hints from the keymap's conflicts context.
enum ConflictsView {
    /// Draws the screen for `conflicts` (the records git left in conflict) with the cursor and choices of `screen`.
    static func draw(_ conflicts: [ConflictItem], _ screen: ConflictsScreenState, context: ScreenContext, on grid: inout Grid) {
        let rows = ScreenChrome.rows(context)
        let index = min(screen.selected, max(0, conflicts.count - 1))
        let position = conflicts.count > 1 ? " (\(index + 1) of \(conflicts.count))" : ""
        ScreenChrome.drawTitleBar("Merge conflicts" + position, context: context, in: rows.title, on: &grid)
        if conflicts.indices.contains(index) {
            let body = rows.body.inset(left: 1)
            let (lines, cursorLine) = self.lines(for: conflicts[index], screen: screen, context: context, width: body.width - 1)
            // Scrolled only as far as the cursor's field and its options need.
            ScreenChrome.drawLines(lines, in: body, scroll: cursorLine + 4 - body.height, on: &grid)
        }
        ScreenChrome.drawStatusBar(hints: context.keymap.hints(for: context.keyContext), context: context, in: rows.status, on: &grid)
    }

    /// The screen's lines for one conflicted record, and the line of the field under the cursor.
    static func lines(for item: ConflictItem, screen: ConflictsScreenState, context: ScreenContext, width: Int) -> (lines: [[Span]], cursorLine: Int) {
        let theme = context.theme
        var lines: [[Span]] = []
        lines.append([Span(SafeText.sanitize(item.title(in: context.data)), style: theme.style(.title)),
                      Span("  " + SafeText.sanitize(item.path), style: theme.style(.muted))])
        let why: String
        if item.isEditAgainstDelete {
            why = "One machine deleted this record while another edited it. Keep one version: keeping “(deleted)” removes the record."
        } else if item.choosesWholeVersion {
            why = "Git left whole versions of this record. Keep one version; the fields below are where they differ."
        } else {
            why = item.fields.count == 1
                ? "Two machines changed the same field. Choose the value to keep; the other fields merged."
                : "Two machines changed the same fields. Choose the value to keep for each; the other fields merged."
        }
        for line in WordWrap.lines(why, width: max(10, width)) { lines.append([Span(line, style: theme.style(.text))]) }
        if screen.resolving == item.path { lines.append([Span("Saving…", style: theme.style(.accent))]) }
        lines.append([])
        let labelWidth = (0..<max(1, item.versionCount)).map { DisplayWidth.of(ConflictItem.label(ofOption: $0, count: item.versionCount)) }.max() ?? 12
        var cursorLine = lines.count
        for (fieldIndex, field) in item.fields.enumerated() {
            let isCursor = fieldIndex == screen.field
            if isCursor { cursorLine = lines.count }
            let marker = isCursor ? "▸ " : "  "
            lines.append([Span(marker + SafeText.sanitize(field.name), style: theme.style(isCursor ? .selection : .header))])
            let chosen = screen.choice(item, field: field.name)
            for (option, value) in field.options.enumerated() {
                let picked = option == chosen
                let label = ConflictItem.label(ofOption: option, count: max(item.versionCount, field.options.count))
                let pad = String(repeating: " ", count: max(0, labelWidth - DisplayWidth.of(label)))
                let text = SafeText.sanitize(value.replacingOccurrences(of: "\n", with: " ⏎ "))
                lines.append([
                    Span("    " + (picked ? "● " : "○ "), style: theme.style(picked ? .success : .muted)),
                    Span(label + pad + "  ", style: theme.style(.muted)),
                    Span(text, style: picked ? theme.style(.text).patched(by: theme.style(.accent)) : theme.style(.text)),
                ])
            }
        }
        if item.fields.isEmpty {
            lines.append([Span("The versions hold the same values; \(context.keyName(.conflictsResolve)) keeps the first.", style: theme.style(.muted))])
        }
        return (lines, cursorLine)
    }
}
