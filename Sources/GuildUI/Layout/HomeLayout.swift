import TerminalGrid

/// Where everything goes on the home screen for a terminal size: title bar, panes, problem line and status bar.
///
/// Wide (120×30 and up): the two lists side by side on top, the skills matrix across the bottom.
/// Narrower: the panes stacked, the focused one taller; very short: only the focused pane.
/// Below `minimum` nothing fits and a message says so.
struct HomeLayout: Equatable {
    /// The smallest size Guild draws its screens at.
    static let minimum = Size(width: 40, height: 10)

    let size: Size
    let isTooSmall: Bool
    let titleBar: Rect
    /// The warning line about unreadable store files (empty when there are none or no room).
    let problemLine: Rect
    let statusBar: Rect
    /// Everything between the title bar and the problem line / status bar.
    let body: Rect
    /// The outer rectangle (border included) of each visible pane.
    let panes: [PaneID: Rect]

    /// Lays out a screen of `size`; `matrixRows` (people shown) lets the matrix take only the height it needs.
    static func make(size: Size, focus: PaneID, zoomed: Bool, hasProblems: Bool, matrixRows: Int) -> HomeLayout {
        let full = Rect(size: size)
        guard size.width >= minimum.width, size.height >= minimum.height else {
            return HomeLayout(size: size, isTooSmall: true, titleBar: .zero, problemLine: .zero, statusBar: .zero, body: .zero, panes: [:])
        }
        let showsProblems = hasProblems && size.height >= 16
        let rows = full.splitRows([.length(1), .fill(1), .length(showsProblems ? 1 : 0), .length(1)])
        let body = rows[1]
        var panes: [PaneID: Rect] = [:]
        if zoomed {
            panes[focus] = body
        } else if body.width >= 120 && body.height >= 28 {
            // Lists on top, side by side; the matrix across the bottom as tall as it needs (at most 3/5 of the body).
            let wanted = matrixRows + 4
            let matrixHeight = max(8, min(wanted, body.height * 3 / 5))
            let parts = body.splitRows([.fill(1), .length(matrixHeight)])
            let top = parts[0].splitColumns([.ratio(11, 20), .fill(1)])
            panes[.sessions] = top[0]
            panes[.actions] = top[1]
            panes[.matrix] = parts[1]
        } else if body.height >= 12 {
            // Stacked, the focused pane twice as tall as the others.
            let weights = PaneID.allCases.map { LayoutConstraint.fill($0 == focus ? 2 : 1) }
            for (pane, rect) in zip(PaneID.allCases, body.splitRows(weights)) { panes[pane] = rect }
        } else {
            panes[focus] = body
        }
        return HomeLayout(size: size, isTooSmall: false, titleBar: rows[0], problemLine: rows[2], statusBar: rows[3], body: body, panes: panes)
    }

    /// The pane under a cell, if any.
    func pane(atX x: Int, y: Int) -> PaneID? {
        panes.first { $0.value.contains(x: x, y: y) }?.key
    }
}
