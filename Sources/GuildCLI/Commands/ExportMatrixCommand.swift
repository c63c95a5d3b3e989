import ArgumentParser
import Foundation
import GuildCore
import GuildImport

/// `guild export matrix`: the skills matrix as CSV, in the shape `guild import survey` reads.
struct ExportMatrixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "matrix",
        abstract: "Write the skills matrix as CSV (one row per person, one column per skill; 2+ wants to learn, 4* happy to teach).",
        discussion: """
        Examples:
          guild export matrix > matrix.csv
          guild export matrix --team Platform --output platform.csv
        """
    )

    @Option(help: "Only this team.")
    var team: String?

    @Option(help: "Only skills of this category.")
    var category: String?

    @Option(name: [.short, .long], help: "Write to this file instead of stdout.")
    var output: String?

    @OptionGroup var storeOptions: StoreOptions

    /// What the matrix reads: people, skills and ratings.
    static let kinds: Set<RecordKind> = [.person, .skill, .ratingSheet]

    func run() throws {
        let loaded = try LoadedStore.open(storeOptions, kinds: Self.kinds)
        let matrix = MatrixOptions(team: team, category: category).matrix(loaded.data)
        let text = try MatrixCSV.text(matrix)
        guard let output else {
            Terminal.printDocument(text)
            return
        }
        do { try Terminal.writeDocument(text, to: URL(fileURLWithPath: output)) } catch {
            throw CLIFailure("cannot write \(output): \((error as NSError).localizedDescription)")
        }
        Terminal.status("Wrote \(matrix.people.count) people × \(matrix.skills.count) skills to \(output).")
    }
}
