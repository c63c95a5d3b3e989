import Foundation
import GuildCore
import TerminalGrid

/// The title bar's word on git sync: open conflicts first (they need someone), then a sync under way, then how the
/// last one went and when. Empty until the store has been synced from this dashboard or conflicts exist.
enum SyncBadge {
    /// The badge's spans for `sync`, styled over the title `bar`.
    static func spans(_ sync: SyncState, context: ScreenContext, bar: Style) -> [Span] {
        let theme = context.theme
        var spans: [Span] = []
        let conflicts = sync.conflicts.count
        if conflicts > 0 {
            let text = "⚠ \(conflicts) conflict\(conflicts == 1 ? "" : "s") (\(context.keyName(.conflictsOpen)))"
            spans.append(Span(text, style: bar.patched(by: theme.style(.error))))
            spans.append(Span("  "))
        }
        if sync.isRunning {
            spans.append(Span("⇅ syncing…", style: bar.patched(by: theme.style(.accent))))
            spans.append(Span("  "))
        } else if let outcome = sync.lastOutcome {
            let time = DateText.time(outcome.at, calendar: context.calendar)
            let text = outcome.failed ? "⇅ sync failed \(time)" : "⇅ synced \(time)"
            spans.append(Span(text, style: bar.patched(by: theme.style(outcome.failed ? .error : .success))))
            spans.append(Span("  "))
        }
        return spans
    }
}
