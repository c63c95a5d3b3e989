import ArgumentParser
import Foundation
import GuildCore

/// `guild gaps`: where the team is thin, with a topic and presenters suggested for each gap.
struct GapsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gaps",
        abstract: "Skills where the team is thin: bus factor under two, many want to learn and few teach, thin critical skills.",
        discussion: """
        Each gap suggests a session topic (an open proposal when there is one) and who could present it.

        Example:
          guild gaps
        """
    )

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let loaded = try LoadedStore.open(storeOptions)
        let data = loaded.data
        let gaps = SkillGaps.report(data)
        guard !gaps.isEmpty else {
            Terminal.print("No gaps: every skill has two or more people at level 3+, and demand is covered.")
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
}
