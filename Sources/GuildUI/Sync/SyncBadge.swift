import Foundation
import TerminalGrid

/// The title bar's word on git sync: open conflicts first (they need someone), then a sync under way, then how the
/// last one went and when. Empty until the store has been synced from this dashboard or conflicts exist.
enum SyncBadge {
    static func spans(_ state: AppState, bar: Style) -> [Span] {
        let theme = state.theme
        var spans: [Span] = []
        let conflicts = state.sync.conflicts.count
        if conflicts > 0 {
            let text = "⚠ \(conflicts) conflict\(conflicts == 1 ? "" : "s") (\(state.keyName(.conflictsOpen)))"
            spans.append(Span(text, style: bar.patched(by: theme.style(.error))))
            spans.append(Span("  "))
        }
        if state.sync.isRunning {
            spans.append(Span("⇅ syncing…", style: bar.patched(by: theme.style(.accent))))
            spans.append(Span("  "))
        } else if let outcome = state.sync.lastOutcome {
            let time = DateText.time(outcome.at, calendar: state.calendar)
            let text = outcome.failed ? "⇅ sync failed \(time)" : "⇅ synced \(time)"
            spans.append(Span(text, style: bar.patched(by: theme.style(outcome.failed ? .error : .success))))
            spans.append(Span("  "))
        }
        return spans
    }
}
