import GuildCore
import TerminalGrid

/// The home screen's celebration: the newest milestone of the last two weeks (and how many more), and the community
/// the dashboard is scoped to, as spans for the title bar.
enum MilestoneBanner {
    static func spans(_ state: AppState) -> [Span] {
        var spans: [Span] = []
        if let scope = state.programme.scope, let community = state.data.communities[scope] {
            spans.append(Span("  ◆ " + SafeText.sanitize(community.name)))
        }
        if let newest = state.programme.milestones.first {
            let more = state.programme.milestones.count > 1 ? " (+\(state.programme.milestones.count - 1))" : ""
            spans.append(Span("  " + newest.kind.symbol + " " + SafeText.sanitize(newest.text) + more))
        }
        return spans
    }
}
