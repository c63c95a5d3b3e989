import TerminalGrid

/// The command palette and the record pickers, drawn with `SearchListView`.
enum PaletteView {
    /// Draws the palette centred in `area`.
    static func draw(_ palette: Palette, state: AppState, in area: Rect, on grid: inout Grid) {
        let matches = palette.matches(keymap: state.keymap, themes: state.themes.map(\.name))
        let rows = matches.map { entry in
            SearchListView.Row(text: entry.title, note: entry.isAvailable ? "" : entry.place, keys: entry.keys, isDimmed: !entry.isAvailable)
        }
        SearchListView.draw(title: "Commands", prompt: ": ", field: palette.field, rows: rows, selected: palette.selected,
                            empty: "No command matches. \(state.keyName(.paletteClose)) closes.", theme: state.theme, in: area, on: &grid)
    }

    /// Draws a record picker centred in `area`.
    static func draw(_ picker: RecordPicker, state: AppState, in area: Rect, on grid: inout Grid) {
        let rows = picker.matches(data: state.data, calendar: state.calendar).map { SearchListView.Row(text: $0.title, note: $0.detail) }
        let empty = RecordPicker.rows(picker.kind, data: state.data, calendar: state.calendar).isEmpty
            ? "None yet: “new \(picker.kind.descriptor.noun)” in the palette adds one." : "Nothing matches. \(state.keyName(.paletteClose)) closes."
        SearchListView.draw(title: picker.title, prompt: "Find: ", field: picker.field, rows: rows, selected: picker.selected,
                            empty: empty, theme: state.theme, in: area, on: &grid)
    }
}
