import TerminalGrid

/// The command palette and the record pickers, drawn with `SearchListView`.
enum PaletteView {
    /// Draws the palette centred in `area`; `themes` are the names of the themes it offers.
    static func draw(_ palette: Palette, themes: [String], context: ScreenContext, in area: Rect, on grid: inout Grid) {
        let matches = palette.matches(keymap: context.keymap, themes: themes)
        let rows = matches.map { entry in
            SearchListView.Row(text: entry.title, note: entry.isAvailable ? "" : entry.place, keys: entry.keys, isDimmed: !entry.isAvailable)
        }
        SearchListView.draw(title: "Commands", prompt: ": ", field: palette.field, rows: rows, selected: palette.selected,
                            empty: "No command matches. \(context.keyName(.paletteClose)) closes.", theme: context.theme, in: area, on: &grid)
    }

    /// Draws a record picker centred in `area`.
    static func draw(_ picker: RecordPicker, context: ScreenContext, in area: Rect, on grid: inout Grid) {
        let rows = picker.matches(data: context.data, calendar: context.calendar).map { SearchListView.Row(text: $0.title, note: $0.detail) }
        let empty = RecordPicker.rows(picker.kind, data: context.data, calendar: context.calendar).isEmpty
            ? "None yet: “new \(picker.kind.descriptor.noun)” in the palette adds one." : "Nothing matches. \(context.keyName(.paletteClose)) closes."
        SearchListView.draw(title: picker.title, prompt: "Find: ", field: picker.field, rows: rows, selected: picker.selected,
                            empty: empty, theme: context.theme, in: area, on: &grid)
    }
}
