import Foundation
import GuildCore
import TerminalGrid

extension AppState {
    /// `m` on the dashboard: asks the runtime to start a live meeting on the selected occurrence of Upcoming sessions;
    /// elsewhere it says what to select instead.
    mutating func startMeetingOnSelection() -> [Effect] {
        guard overlay == nil, let occurrence = home.selectedOccurrence else {
            message = "Select a session in Upcoming sessions to start its meeting"
            return []
        }
        return [.startMeeting(sessionID: occurrence.session.id, start: occurrence.slot)]
    }

    /// `W` on a meeting left live (typically a forgotten one, 12 hours past its end): asks, then marks it done, saved
    /// against the session as read (`u` undoes). Its minutes are made from the progress and notes it saved.
    mutating func endMeetingOnSelection() {
        guard overlay == nil, let occurrence = home.selectedOccurrence else {
            message = "Select a live session in Upcoming sessions to end its meeting"
            return
        }
        let session = occurrence.session
        guard session.status == .live else {
            message = "“\(session.title)” is not live: only a meeting left live is ended here"
            return
        }
        var ended = session
        ended.status = .done
        // The ratings given so far (on the shared screen and from other terminals) count as a wrap-up's would.
        if let progress = data.meetings[session.id] {
            let ratings = MinutesDocument.ratings(progress: progress, data: data, sessionID: session.id)
            if !ratings.isEmpty { ended.ratings = ratings }
        }
        let since = DateText.relative(session.start, now: now, calendar: calendar)
        dialog = .confirm(ConfirmDialog(
            question: "End the meeting “\(session.title)” (live since \(since))?",
            detail: "It is marked done without opening it; its minutes are made from what it saved. To wrap it up with ratings and "
                + "next time's roles instead, resume it with \(keyName(.meetingStart)). \(keyName(.editUndo)) undoes.",
            change: RecordChange(before: RecordValue(session), after: RecordValue(ended)), verb: "end"))
    }
}
