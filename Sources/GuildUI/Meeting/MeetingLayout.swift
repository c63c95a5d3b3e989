import TerminalGrid

/// Where the meeting screen's parts go at a size: title bar, main column, side column, the note line and the status bar.
struct MeetingLayout {
    /// The smallest terminal the meeting screen draws on.
    static let minimum = Size(width: 60, height: 16)

    let titleBar: Rect
    /// The large left column: timer and round, review or wrap-up, and notes.
    let main: Rect
    /// The right column: agenda, anonymous questions, parking lot.
    let side: Rect
    /// The line where notes are typed (or a message or a hint shows).
    let noteLine: Rect
    let statusBar: Rect
    let isTooSmall: Bool

    /// The layout for `size`: the side column takes about a third of the width, between 26 and 48 columns.
    static func make(size: Size) -> MeetingLayout {
        let all = Rect(size: size)
        let tooSmall = size.width < minimum.width || size.height < minimum.height
        let rows = all.splitRows([.length(1), .fill(1), .length(1), .length(1)])
        let sideWidth = min(48, max(26, size.width / 3))
        let columns = rows[1].splitColumns([.fill(1), .length(sideWidth)])
        return MeetingLayout(titleBar: rows[0], main: columns[0], side: columns[1], noteLine: rows[2], statusBar: rows[3], isTooSmall: tooSmall)
    }
}
