import Foundation
import GuildCore
import TerminalGrid

/// Draws an open programme screen over the whole terminal: title bar (with the scope), the screen's body, and a status
/// bar with hints from the keymap.
enum ProgrammeView {
    /// What the communities list is built from.
    private struct CommunitiesListKey: Hashable {
        var stamp: UInt64
        var ids: [UUID]
        var selected: Int
        var scope: UUID?
        var width: Int
    }

    /// What a community's details are built from.
    private struct CommunitiesDetailKey: Hashable {
        var stamp: UInt64
        var id: UUID?
        var width: Int
    }

    /// What the health screen's lines are built from (its metrics are computed when it opens and when data, day or
    /// scope change, which all change the state's stamp).
    private struct HealthLinesKey: Hashable {
        var stamp: UInt64
        var scope: UUID?
        var width: Int
    }

    /// What the "your week" screen's lines are built from.
    private struct WeekLinesKey: Hashable {
        var stamp: UInt64
        var person: UUID
        var width: Int
    }

    /// What the agenda proposals screen's lines are built from.
    private struct ProposalLinesKey: Hashable {
        var stamp: UInt64
        var selected: Int
        var width: Int
    }

    /// Draws `screen`; `scope` is the community the dashboard is scoped to (nil: everything).
    static func draw(_ screen: ProgrammeScreen, scope: UUID?, context: ScreenContext, on grid: inout Grid) {
        let rows = ScreenChrome.rows(context)
        let theme = context.theme
        let name: String = switch screen {
        case .communities: "Communities of practice"
        case .health(let health): "Programme health · " + ProgrammeScope(communityID: health.scope).name(in: context.data)
        case .myWeek(let week): "Your week · " + SafeText.sanitize(context.data.people[week.week.personID].map { "\($0.name) (@\($0.handle))" } ?? "")
        case .proposals: "Agenda proposals · most votes first"
        }
        ScreenChrome.drawTitleBar(name, right: DateText.longDay(context.now, calendar: context.calendar) + " ", context: context, in: rows.title, on: &grid)

        let body = rows.body.inset(left: 1)
        switch screen {
        case .communities(let communities):
            let view = CommunitiesScreen(context: context, scope: scope, communities: communities)
            // Built when the data, clock, theme, selection or width change, not each frame.
            let list = context.viewMemo.value("communities.list", for: CommunitiesListKey(
                stamp: context.stateNumber, ids: communities.communities, selected: communities.selected, scope: scope, width: body.width)) {
                view.listLines(width: body.width - 1)
            }
            let listHeight = min(list.count, max(1, body.height / 3))
            let first = max(0, min(communities.selected - listHeight + 1, list.count - listHeight))
            ScreenChrome.drawLines(Array(list.dropFirst(first)), in: Rect(x: body.x, y: body.y, width: body.width, height: listHeight),
                                   scroll: 0, on: &grid)
            let rule = Rect(x: body.x, y: body.y + listHeight, width: body.width - 1, height: 1)
            grid.put(String(repeating: "─", count: max(0, rule.width)), x: rule.x, y: rule.y, style: theme.style(.border), maxWidth: rule.width)
            let detail = Rect(x: body.x, y: rule.maxY, width: body.width, height: max(0, body.maxY - rule.maxY))
            let lines = context.viewMemo.value("communities.detail", for: CommunitiesDetailKey(
                stamp: context.stateNumber, id: communities.selectedID, width: body.width)) {
                view.detailLines(width: body.width - 2)
            }
            ScreenChrome.drawLines(lines, in: detail, scroll: communities.scroll, on: &grid)
        case .health(let health):
            // Built when the metrics or the width change, not each frame or scroll.
            let lines = context.viewMemo.value("health.lines", for: HealthLinesKey(stamp: context.stateNumber, scope: health.scope, width: body.width)) {
                HealthScreen(context: context, health: health).lines(width: body.width - 1)
            }
            ScreenChrome.drawLines(lines, in: body, scroll: health.scroll, on: &grid)
        case .myWeek(let week):
            // Built when the week (data, day) or the width change, not each frame or scroll.
            let lines = context.viewMemo.value("week.lines", for: WeekLinesKey(stamp: context.stateNumber, person: week.week.personID, width: body.width)) {
                MyWeekScreen(context: context, state: week).lines(width: body.width - 1)
            }
            ScreenChrome.drawLines(lines, in: body, scroll: week.scroll, on: &grid)
        case .proposals(let proposals):
            // Built when the proposals, votes, cursor or width change, not each frame.
            let built = context.viewMemo.value("proposals.lines", for: ProposalLinesKey(stamp: context.stateNumber, selected: proposals.selected, width: body.width)) {
                ProposalsScreen(context: context, state: proposals).lines(width: body.width - 1)
            }
            // The cursor's proposal stays in sight, with the lines above it as far as they fit.
            let scroll = max(0, (built.selectedLine ?? 0) - body.height + 3)
            ScreenChrome.drawLines(built.lines, in: body, scroll: scroll, on: &grid)
        }

        ScreenChrome.drawStatusBar(hints: context.keymap.hints(for: context.keyContext), context: context, in: rows.status, on: &grid)
    }
}
