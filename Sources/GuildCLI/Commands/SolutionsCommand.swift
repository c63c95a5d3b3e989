import ArgumentParser
import Foundation
import GuildCore

/// `guild solutions`: the solutions catalogue (needs → the solution we use → time → risks → who knows it).
struct SolutionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solutions",
        abstract: "The solutions catalogue: need → solution we use → approximate time → risks, and who knows it.",
        discussion: """
        Examples:
          guild solutions                         the whole catalogue
          guild solutions find "large table"      search needs, solutions, experts
          guild solutions add --need "Send e-mail" --solution "Postmark via mailer" \\
            --time "1 day" --expert zoe --skill Go
          guild solutions edit "send e-mail" --risks "Bounce handling" --expert noah
        """,
        subcommands: [SolutionsFindCommand.self, SolutionsAddCommand.self, SolutionsEditCommand.self],
        defaultSubcommand: SolutionsFindCommand.self
    )

    /// The one solution whose need matches `text`, or a one-line failure.
    static func solution(_ text: String, in data: GuildData) throws -> Solution {
        let matches = data.solutions.values.filter { TextMatch.matches($0.need, query: text) }
        if let exact = matches.first(where: { TextMatch.fold($0.need) == TextMatch.fold(text) }) { return exact }
        guard matches.count == 1, let solution = matches.first else {
            let needs = (matches.isEmpty ? Array(data.solutions.values) : matches).map(\.need).sorted().prefix(6)
            throw CLIFailure("\(matches.isEmpty ? "no need matches" : "several needs match") \"\(text)\" (needs: \(needs.joined(separator: "; ")))")
        }
        return solution
    }

    /// The lines describing one entry.
    static func lines(_ solution: Solution, in data: GuildData) -> [String] {
        var lines = ["\(solution.need) → \(solution.solution)"]
        if !solution.approximateTime.isEmpty { lines.append("    time: \(solution.approximateTime)") }
        if !solution.risks.isEmpty { lines.append("    risks: \(solution.risks)") }
        let experts = solution.experts.map { "@" + (data.people[$0]?.handle ?? "?") }.joined(separator: ", ")
        if !experts.isEmpty { lines.append("    ask: \(experts)") }
        let skills = solution.skillIDs.compactMap { data.skills[$0]?.name }.joined(separator: ", ")
        if !skills.isEmpty { lines.append("    skills: \(skills)") }
        return lines
    }
}

/// `guild solutions find`: browse or search the catalogue.
struct SolutionsFindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "find", abstract: "Browse the catalogue, or search it.",
        discussion: """
        --json prints an array, best match first, of {id, need, solution, approximateTime, risks, experts \
        ([{personID, handle, name}]), skills ([{skillID, name}]), updatedAt}.

        Examples:
          guild solutions find kafka
          guild solutions --json | jq '.[].need'
        """)

    @Argument(help: "Words to search for (none: everything).")
    var query: String = ""

    @Flag(help: "Print the entries as JSON, for scripts.")
    var json = false

    @OptionGroup var storeOptions: StoreOptions

    /// What the catalogue reads: its entries, their skills and experts.
    static let kinds: Set<RecordKind> = [.solution, .skill, .person]

    func run() throws {
        let data = try LoadedStore.open(storeOptions, kinds: Self.kinds).data
        let found = SolutionSearch.find(query, in: data)
        if json {
            return try Terminal.printJSON(found.map { SolutionJSON($0, in: data) })
        }
        guard !found.isEmpty else {
            Terminal.print(query.isEmpty ? "The catalogue is empty; add an entry with `guild solutions add`." : "Nothing matches \"\(query)\".")
            return
        }
        for solution in found { SolutionsCommand.lines(solution, in: data).forEach(Terminal.print) }
    }

    /// One catalogue entry as JSON.
    struct SolutionJSON: Codable, Equatable {
        var id: UUID
        var need: String
        var solution: String
        var approximateTime: String
        var risks: String
        var experts: [PersonRef]
        var skills: [SkillRef]
        var updatedAt: Date

        init(_ entry: Solution, in data: GuildData) {
            id = entry.id
            need = entry.need
            solution = entry.solution
            approximateTime = entry.approximateTime
            risks = entry.risks
            experts = entry.experts.map { PersonRef($0, in: data) }
            skills = entry.skillIDs.map { SkillRef($0, in: data) }
            updatedAt = entry.updatedAt
        }
    }
}
