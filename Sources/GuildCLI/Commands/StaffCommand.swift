import ArgumentParser
import Foundation
import GuildCore

/// `guild staff`: people for a piece of work, ranked by how much of the needed skills they cover.
struct StaffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staff",
        abstract: "Suggest people for a piece of work from the skills it needs, with the growth each learner would get.",
        discussion: """
        Coverage counts each needed skill up to level 3 (proficient). "grows in" lists needed skills the person wants to learn.

        Example:
          guild staff "Kubernetes, Go, PostgreSQL"
        """
    )

    @Argument(help: "The skills the work needs, separated by commas.")
    var skills: String

    @Option(help: "Show at most this many people.")
    var limit = 10

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        try OptionRange.check(limit, 1...1000, option: "--limit", unit: "people")
    }

    func run() throws {
        let loaded = try LoadedStore.open(storeOptions)
        let data = loaded.data
        let parsed = Staffing.skills(named: skills, in: data)
        if let unknown = parsed.unknown.first { _ = try loaded.skill(named: unknown) }
        guard !parsed.skills.isEmpty else { throw CLIFailure("name at least one skill, e.g. \"Kubernetes, Go\"") }
        let candidates = Staffing.suggest(skills: parsed.skills, in: data).prefix(max(1, limit))
        guard !candidates.isEmpty else {
            Terminal.print("Nobody has these skills or wants to learn them yet.")
            return
        }
        var table = Columns("coverage", "person", "team", "covers", "grows in")
        for candidate in candidates {
            let person = data.people[candidate.personID]!
            func names(_ ids: [UUID]) -> String { ids.compactMap { data.skills[$0]?.name }.joined(separator: ", ") }
            table.add("\(candidate.percent)%", person.name + (candidate.away ? " (away)" : ""), person.team,
                      names(candidate.covered), names(candidate.growth))
        }
        table.lines().forEach(Terminal.print)
    }
}
