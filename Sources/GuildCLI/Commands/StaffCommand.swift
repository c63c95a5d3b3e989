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

        --json prints an array, best first, of {rank, personID, handle, name, team, away, coverage (0-1), percent, \
        covered, growth (each [{skillID, name}])}.

        Examples:
          guild staff "Kubernetes, Go, PostgreSQL"
          guild staff "Kubernetes, Go" --json | jq '.[0].handle'
        """
    )

    @Argument(help: "The skills the work needs, separated by commas.")
    var skills: String

    @Option(help: "Show at most this many people.")
    var limit = 10

    @Flag(help: "Print the candidates as JSON, for scripts.")
    var json = false

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        try OptionRange.check(limit, 1...1000, option: "--limit", unit: "people")
    }

    /// What staffing reads: people, skills and ratings.
    static let kinds: Set<RecordKind> = [.person, .skill, .ratingSheet]

    func run() throws {
        let loaded = try LoadedStore.open(storeOptions, kinds: Self.kinds)
        let data = loaded.data
        let parsed = Staffing.skills(named: skills, in: data)
        if let unknown = parsed.unknown.first { _ = try loaded.skill(named: unknown) }
        guard !parsed.skills.isEmpty else { throw CLIFailure("name at least one skill, e.g. \"Kubernetes, Go\"") }
        let candidates = Staffing.suggest(skills: parsed.skills, in: data).prefix(max(1, limit))
        if json {
            let rows = candidates.enumerated().map { CandidateJSON($0.element, rank: $0.offset + 1, in: data) }
            return try Terminal.printJSON(rows)
        }
        guard !candidates.isEmpty else {
            Terminal.print("Nobody has these skills or wants to learn them yet.")
            return
        }
        var table = Columns("coverage", "person", "team", "covers", "grows in")
        for candidate in candidates {
            let person = data.people[candidate.personID]!
            func names(_ ids: [UUID]) -> String { ids.compactMap { data.skills[$0]?.name }.joined(separator: ", ") }
            table.add("\(candidate.percent)%", person.name + " @" + person.handle + (candidate.away ? " (away)" : ""), person.team,
                      names(candidate.covered), names(candidate.growth))
        }
        table.lines().forEach(Terminal.print)
    }

    /// One candidate as JSON.
    struct CandidateJSON: Codable, Equatable {
        var rank: Int
        var personID: UUID
        var handle: String
        var name: String
        var team: String
        var away: Bool
        var coverage: Double
        var percent: Int
        var covered: [SkillRef]
        var growth: [SkillRef]

        init(_ candidate: StaffingCandidate, rank: Int, in data: GuildData) {
            let person = data.people[candidate.personID]
            self.rank = rank
            personID = candidate.personID
            handle = person?.handle ?? ""
            name = person?.name ?? ""
            team = person?.team ?? ""
            away = candidate.away
            coverage = (candidate.coverage * 10_000).rounded() / 10_000
            percent = candidate.percent
            covered = candidate.covered.map { SkillRef($0, in: data) }
            growth = candidate.growth.map { SkillRef($0, in: data) }
        }
    }
}
