import ArgumentParser
import Foundation
import GuildCore

/// `guild gaps`: where the team is thin, with a topic and presenters suggested for each gap.
struct GapsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gaps",
        abstract: "Skills where the team is thin: fewer than two people at level 3+ (critical ones first).",
        discussion: """
        One definition everywhere (this list, the dashboard, `guild report`, `guild export site`, the health screen): \
        a skill is a gap while fewer than 2 people are at proficient (3) or better. Critical skills come first; \
        each gap says when many want to learn it and few can teach it.

        Each gap suggests a session topic (an open proposal when there is one) and who could present it.

        --json prints an array, most urgent first, of {skillID, skill, category, critical, reasons: [{kind \
        (critical|busFactor|demand), text, holders, wanting, teaching}], holders, learners, presenters (each \
        [{personID, handle, name}]), suggestedTopic, topicID}; absent fields are omitted.

        Examples:
          guild gaps
          guild gaps --json | jq '.[].skill'
        """
    )

    @Flag(help: "Print the gaps as JSON, for scripts.")
    var json = false

    @OptionGroup var storeOptions: StoreOptions

    /// What the gaps read: people, skills, ratings and the topics proposed for them.
    static let kinds: Set<RecordKind> = [.person, .skill, .ratingSheet, .topic]

    func run() throws {
        let loaded = try LoadedStore.open(storeOptions, kinds: Self.kinds)
        let data = loaded.data
        let gaps = SkillGaps.report(data)
        if json {
            return try Terminal.printJSON(gaps.map { GapJSON($0, in: data) })
        }
        guard !gaps.isEmpty else {
            Terminal.print("No gaps: every skill has two or more people at level 3+.")
            return
        }
        for gap in gaps {
            let skill = data.skills[gap.skillID]!
            Terminal.print("\(gap.isCritical ? "!" : "·") \(skill.name)\(skill.category.isEmpty ? "" : " (\(skill.category))"): "
                + gap.reasons.map(\.text).joined(separator: "; "))
            let presenters = gap.presenters.map { "@" + (data.people[$0]?.handle ?? "?") }.joined(separator: ", ")
            Terminal.print("    topic: \(gap.suggestedTopic)" + (presenters.isEmpty ? " — nobody to present yet" : " — presenters: \(presenters)"))
        }
    }

    /// One gap as JSON.
    struct GapJSON: Codable, Equatable {
        var skillID: UUID
        var skill: String
        var category: String
        var critical: Bool
        var reasons: [ReasonJSON]
        var holders: [PersonRef]
        var learners: [PersonRef]
        var presenters: [PersonRef]
        var suggestedTopic: String
        var topicID: UUID?

        init(_ gap: SkillGap, in data: GuildData) {
            skillID = gap.skillID
            skill = data.skills[gap.skillID]?.name ?? ""
            category = data.skills[gap.skillID]?.category ?? ""
            critical = gap.isCritical
            reasons = gap.reasons.map(ReasonJSON.init)
            holders = gap.holders.map { PersonRef($0, in: data) }
            learners = gap.learners.map { PersonRef($0, in: data) }
            presenters = gap.presenters.map { PersonRef($0, in: data) }
            suggestedTopic = gap.suggestedTopic
            topicID = gap.topicID
        }
    }

    /// Why a skill is a gap, as JSON.
    struct ReasonJSON: Codable, Equatable {
        var kind: String
        var text: String
        var holders: Int?
        var wanting: Int?
        var teaching: Int?

        init(_ reason: SkillGap.Reason) {
            text = reason.text
            switch reason {
            case .critical(let count): (kind, holders) = ("critical", count)
            case .busFactor(let count): (kind, holders) = ("busFactor", count)
            case let .demand(want, teach): (kind, wanting, teaching) = ("demand", want, teach)
            }
        }
    }
}
