import Foundation
import TerminalGrid

/// Lays out rows of text in aligned columns by display width, so CJK and emoji names line up.
struct Columns {
    var header: [String]
    var rows: [[String]] = []
    /// The widest a column may get before its text is cut with "…": 40 on a terminal, unlimited when stdout is a
    /// pipe or a file (scripts get whole values).
    var maxWidth = Terminal.isInteractive ? 40 : Int.max

    init(_ header: String...) {
        self.header = header
    }

    mutating func add(_ cells: String...) {
        rows.append(cells)
    }

    /// The aligned lines, header first.
    func lines() -> [String] {
        let all = [header] + rows.map { $0.map(SafeText.sanitize) }
        var widths = [Int](repeating: 0, count: header.count)
        for row in all {
            for (i, cell) in row.enumerated() where i < widths.count {
                widths[i] = min(maxWidth, max(widths[i], DisplayWidth.of(cell)))
            }
        }
        return all.map { row in
            row.enumerated().map { i, cell in
                let cut = DisplayWidth.truncate(cell, toWidth: widths[i])
                let pad = i == row.count - 1 ? 0 : widths[i] - DisplayWidth.of(cut)
                return cut + String(repeating: " ", count: max(0, pad))
            }.joined(separator: "  ")
        }
    }
}
