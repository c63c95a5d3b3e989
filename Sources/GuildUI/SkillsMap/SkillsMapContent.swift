import Foundation
import GuildCore

/// Builds the page a skills-map state shows: the open person or skill, else the current tab.
enum SkillsMapContent {
    /// The matrix for the current options (rows and columns in order).
    static func matrix(_ state: AppState, _ map: SkillsMapState) -> SkillsMatrix {
        map.options.matrix(state.data)
    }

    static func page(_ state: AppState, _ map: SkillsMapState, width: Int) -> SkillsMapPage {
        let data = state.data
        if let detail = map.detail {
            switch detail.target {
            case .person(let id): return PersonView.page(id, data: data, calendar: state.calendar)
            case .skill(let id): return SkillView.page(id, data: data, now: state.now, calendar: state.calendar)
            }
        }
        switch map.tab {
        case .matrix: return MatrixView.page(matrix(state, map), map: map, data: data, width: width)
        case .gaps: return GapsView.page(data)
        case .pairs: return PairsView.page(data, seed: map.pairingSeed, now: state.now, calendar: state.calendar,
                                           redrawKey: state.keymap.firstKeyName(SkillsMapCommand.redraw.rawValue))
        case .who: return WhoView.page(data, query: map.query)
        case .topics: return TopicsView.page(data)
        case .solutions: return SolutionsView.page(data, query: map.query)
        case .learnings: return LearningsView.page(data, query: map.query, calendar: state.calendar)
        case .staffing: return StaffingView.page(data, query: map.query)
        }
    }
}
