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
}
