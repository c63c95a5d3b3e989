import GuildCore
import TerminalGrid

/// The home screen's celebration: the newest milestone of the last two weeks (and how many more), and the community
/// the dashboard is scoped to, as spans for the title bar.
enum MilestoneBanner {
    /// The banner's spans for the dashboard's `programme` layer on `data`.
    static func spans(_ programme: ProgrammeState, data: GuildData) -> [Span] {
        var spans: [Span] = []
        if let scope = programme.scope, let community = data.communities[scope] {
            spans.append(Span("  ◆ " + SafeText.sanitize(community.name)))
        }
        if let newest = programme.milestones.first {
            let more = programme.milestones.count > 1 ? " (+\(programme.milestones.count - 1))" : ""
            spans.append(Span("  " + newest.kind.symbol + " " + SafeText.sanitize(newest.text) + more))
        }
        return spans
    }
}
