import Foundation
import GuildCore
import TerminalGrid

extension AppState {
    /// `m` on the dashboard's sessions pane: asks the runtime to start a live meeting on the selected occurrence.
    /// Nil when the key is not for the meeting (another pane has focus, an overlay is open, nothing is selected).
    mutating func pressStartMeeting(_ key: Key) -> [Effect]? {
        guard overlay == nil, focus == .sessions, MeetingKeymap.standard.command(for: key, in: .dashboard) == .startMeeting,
              let occurrence = lists.occurrence(cursor(.sessions).row) else { return nil }
        return [.startMeeting(sessionID: occurrence.session.id, start: occurrence.start)]
    }
}
