import TerminalGrid

/// The matrix's table columns: a frozen name column, then one narrow column per skill.
enum MatrixColumns {
    /// Columns per skill cell (a level glyph and an interest mark, plus room for the label).
    static let skillWidth = 3

    /// The columns for a matrix pane `width` wide: the name column fits the longest name, within limits.
    static func make(_ lists: HomeLists, width: Int) -> [TableColumn] {
        let cap = width >= 80 ? 22 : 14
        let nameWidth = min(cap, max(8, lists.longestName))
        return [TableColumn("Person", width: .fixed(nameWidth))]
            + lists.skillLabels.map { TableColumn($0, width: .fixed(skillWidth)) }
    }
}
