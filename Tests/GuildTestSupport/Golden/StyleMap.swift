import TerminalGrid

/// The colours and attributes of a screen as text, for a golden: a legend, then one symbol per cell.
///
/// Each distinct style gets a symbol in the order it first appears (left to right, top to bottom); the legend
/// spells the style and the names the test gave it (theme roles), so a diff shows which cells changed role:
///
///     a  fg=#c0caf5 bg=#1a1b26  text
///     b  fg=#1a1b26 bg=#7aa2f7 bold  titleBar
///
///     bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
///     aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
public struct StyleMap: Sendable {
    /// The names a style goes by (a theme's roles), listed in the legend.
    public let names: [Style: [String]]

    /// A map that names styles with `names` (a style with none is described by its colours alone).
    public init(names: [Style: [String]] = [:]) {
        self.names = names
    }

    /// The symbols cells get, in order; past the last one every further style shares "¤".
    static let symbols = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789#$%&*+=@^~<>")

    /// The legend, a blank line, and one line of symbols per row of `grid` (newline-terminated).
    public func text(of grid: Grid) -> String {
        var symbolOf: [Style: Character] = [:]
        var legend: [String] = []
        var rows: [String] = []
        for y in 0..<grid.size.height {
            var row = ""
            for x in 0..<grid.size.width {
                let style = grid[x, y].style
                if let symbol = symbolOf[style] {
                    row.append(symbol)
                    continue
                }
                let symbol = legend.count < Self.symbols.count ? Self.symbols[legend.count] : "¤"
                symbolOf[style] = symbol
                legend.append(([String(symbol), Self.describe(style)] + [(names[style] ?? []).joined(separator: ", ")])
                    .filter { !$0.isEmpty }.joined(separator: "  "))
                row.append(symbol)
            }
            rows.append(row)
        }
        return (legend + [""] + rows).map { $0 + "\n" }.joined()
    }

    /// "fg=#c0caf5 bg=default bold underline": the colours by `Color.name`, then the attributes set.
    public static func describe(_ style: Style) -> String {
        let attributes: [(TextAttributes, String)] = [(.bold, "bold"), (.dim, "dim"), (.italic, "italic"), (.underline, "underline"), (.reverse, "reverse")]
        return (["fg=\(style.fg.name)", "bg=\(style.bg.name)"] + attributes.filter { style.attributes.contains($0.0) }.map(\.1))
            .joined(separator: " ")
    }
}
