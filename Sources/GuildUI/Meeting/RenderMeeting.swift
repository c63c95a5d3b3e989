import GuildCore
import TerminalGrid

/// Draws the meeting screen for a state: a grid of `state.size`. Pure.
///
/// Shared screen: the clock (or the review, or the wrap-up) over the notes on the left; agenda, anonymous questions and
/// the parking lot on the right. The note-taker's view gives the notes the whole left column.
public func renderMeeting(_ state: MeetingState) -> Grid {
    var grid = Grid(size: state.size)
    guard state.size.width > 0, state.size.height > 0 else { return grid }
    let theme = state.theme
    grid.setStyle(grid.area, theme.style(.text))
    let layout = MeetingLayout.make(size: state.size)
    if layout.isTooSmall {
        let minimum = MeetingLayout.minimum
        let text = "Terminal too small: \(state.size.width)×\(state.size.height) — the meeting screen needs \(minimum.width)×\(minimum.height)"
        let lines = WordWrap.lines(text, width: state.size.width)
        let top = max(0, (state.size.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < state.size.height {
            grid.put(line, in: Rect(x: 0, y: top + i, width: state.size.width, height: 1), alignment: .center, style: theme.onText(.warning))
        }
        return grid
    }
    MeetingTitleBar(state: state).draw(in: layout.titleBar, on: &grid)
    drawMain(state, in: layout.main, on: &grid)
    drawSide(state, in: layout.side, on: &grid)
    let status = MeetingStatusLine(state: state)
    status.drawNoteLine(in: layout.noteLine, on: &grid)
    if !status.drawComposerNotice(in: layout.statusBar, on: &grid) { status.drawStatusBar(in: layout.statusBar, on: &grid) }
    if state.overlay != nil {
        MeetingOverlays(state: state).draw(in: Rect(x: 0, y: 1, width: state.size.width, height: state.size.height - 3), on: &grid)
    }
    return grid
}

/// The left column for the current step.
private func drawMain(_ state: MeetingState, in rect: Rect, on grid: inout Grid) {
    if state.role == .notes {
        if state.step == .finished {
            let parts = rect.splitRows([.length(5), .fill(1)])
            WrapUpPanel(state: state).draw(in: parts[0], on: &grid)
            MeetingNotesPanel(state: state).draw(in: parts[1], on: &grid)
        } else if state.isFollowing, rect.height >= FollowPanel.height + 4 {
            // What the shared screen is doing, as its progress record says: item, timer, speaker, round.
            let parts = rect.splitRows([.length(FollowPanel.height), .fill(1)])
            FollowPanel(state: state).draw(in: parts[0], on: &grid)
            MeetingNotesPanel(state: state).draw(in: parts[1], on: &grid)
        } else {
            MeetingNotesPanel(state: state).draw(in: rect, on: &grid)
        }
        return
    }
    switch state.step {
    case .review:
        let notesHeight = rect.height >= 24 ? 8 : 5
        let parts = rect.splitRows([.fill(1), .length(notesHeight)])
        ReviewPanel(state: state).draw(in: parts[0], on: &grid)
        MeetingNotesPanel(state: state).draw(in: parts[1], on: &grid)
    case .agenda:
        // The clock and round take most of the room; notes keep at least five rows.
        let notesHeight = max(5, rect.height * 3 / 10)
        let parts = rect.splitRows([.fill(1), .length(notesHeight)])
        TimerPanel(state: state).draw(in: parts[0], on: &grid)
        MeetingNotesPanel(state: state).draw(in: parts[1], on: &grid)
    case .wrapUp, .finished:
        WrapUpPanel(state: state).draw(in: rect, on: &grid)
    }
}

/// The right column: agenda, anonymous questions, parking lot.
private func drawSide(_ state: MeetingState, in rect: Rect, on grid: inout Grid) {
    let theme = state.theme
    let agendaHeight = min(state.timer.slots.count + 2, max(4, rect.height / 2))
    let parts = rect.splitRows([.length(agendaHeight), .fill(3), .fill(2)])
    AgendaPanel(state: state).draw(in: parts[0], on: &grid)
    // Oldest first, marked once answered (✓) or dismissed (✗); `v` lists them to mark and scroll.
    let questions = state.questions.map { note in
        switch state.questionStatus[note.id] ?? .open {
        case .open: note.text
        case .answered: "✓ " + note.text
        case .dismissed: "✗ " + note.text
        }
    }
    QueuePanel(title: rect.width >= 34 ? "Anonymous questions" : "Questions", items: questions,
               empty: rect.width >= 34 ? "guild ask \"…\" from any terminal" : "guild ask \"…\"")
        .draw(in: parts[1], on: &grid, theme: theme)
    let parked = state.parked
    let promoted = state.promotedParkingEntries
    let park = state.keymap.firstKeyName(MeetingCommand.noteParking.rawValue)
    QueuePanel(title: "Parking lot", items: parked.map { ParkingLot.title(of: $0) }, empty: park + (rect.width >= 34 ? " parks a topic for later" : " parks a topic"),
               selected: state.step == .wrapUp && !parked.isEmpty ? min(state.parkingRow, parked.count - 1) : nil, marked: promoted)
        .draw(in: parts[2], on: &grid, theme: theme)
}
