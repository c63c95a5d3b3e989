import Foundation
import GuildCore

/// Builds the page a skills-map state shows: the open person or skill, else the current tab.
enum SkillsMapContent {
    /// The matrix for the current options (rows and columns in order).
    static func matrix(_ map: SkillsMapState, data: GuildData) -> SkillsMatrix {
        map.options.matrix(data)
    }

    /// The page `map` shows on `data` at `now`, for a terminal `width` wide (`keymap` names the keys it mentions).
    static func page(_ map: SkillsMapState, data: GuildData, now: Date, calendar: Calendar, keymap: Keymap, width: Int) -> SkillsMapPage {
        if let detail = map.detail {
            switch detail.target {
            case .person(let id): return PersonView.page(id, data: data, calendar: calendar)
            case .skill(let id): return SkillView.page(id, data: data, now: now, calendar: calendar)
            }
        }
        switch map.tab {
        case .matrix: return MatrixView.page(matrix(map, data: data), map: map, data: data, width: width)
        case .gaps: return GapsView.page(data)
        case .pairs: return PairsView.page(data, seed: map.pairingSeed, now: now, calendar: calendar,
                                           redrawKey: keymap.firstKeyName(SkillsMapCommand.redraw.rawValue))
        case .who: return WhoView.page(data, query: map.query)
        case .topics: return TopicsView.page(data)
        case .solutions: return SolutionsView.page(data, query: map.query)
        case .learnings: return LearningsView.page(data, query: map.query, calendar: calendar)
        case .staffing: return StaffingView.page(data, query: map.query)
        }
    }
}
