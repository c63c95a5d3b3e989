import ArgumentParser
import Foundation
import GuildCore

/// `guild solutions add`: a new catalogue entry.
struct SolutionsAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add a need and the solution we use for it.",
        discussion: """
        Example:
          guild solutions add --need "Send e-mail" --solution "Postmark via mailer" \\
            --time "1 day" --risks "Bounces" --expert zoe --skill Go
        """)

    @Option(help: "The feature or need.")
    var need: String

    @Option(help: "The solution we use.")
    var solution: String

    @Option(help: "Approximate time it takes.")
    var time = ""

    @Option(help: "Its risks.")
    var risks = ""

    @Option(help: "Someone who knows it (a handle; repeatable).")
    var expert: [String] = []

    @Option(help: "A skill it needs (repeatable).")
    var skill: [String] = []

    @OptionGroup var storeOptions: StoreOptions

    /// The kinds it reads: the catalogue, and the experts and skills it names.
    static let kinds: Set<RecordKind> = [.solution, .person, .skill]

    func run() throws {
        let clock = try Clock.fromEnvironment()
        var loaded = try LoadedStore.open(storeOptions, kinds: Self.kinds)
        let entry = Solution(need: need, solution: solution, approximateTime: time, risks: risks,
                             experts: try expert.map { try loaded.person(handle: $0).id },
                             skillIDs: try skill.map { try loaded.skill(named: $0).id }, updatedAt: clock.now)
        do { try entry.validate() } catch { throw CLIFailure("\(error)") }
        try loaded.save(entry, base: nil)
        SolutionsCommand.lines(entry, in: loaded.data).forEach(Terminal.print)
    }
}
