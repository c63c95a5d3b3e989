import Foundation
import GuildCore

/// One partner `guild pairs --for … --json` suggests.
struct PartnerSuggestionJSON: Codable, Equatable {
    var person: PersonRef
    var teachesYou: [SkillRef]
    var learnsFromYou: [SkillRef]
    var crossTeam: Bool
    var team: String
    var timesPaired: Int
    var lastPaired: Date?
    var recent: Bool

    init(_ suggestion: PartnerSuggestion, in data: GuildData) {
        person = PersonRef(suggestion.partner, in: data)
        teachesYou = suggestion.teachesYou.map { SkillRef($0, in: data) }
        learnsFromYou = suggestion.learnsFromYou.map { SkillRef($0, in: data) }
        crossTeam = suggestion.crossTeam
        team = data.people[suggestion.partner]?.team ?? ""
        timesPaired = suggestion.timesPaired
        lastPaired = suggestion.lastPaired
        recent = suggestion.isRecent
    }
}
