import ArgumentParser

/// `guild import`: brings data in from other tools.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import data from other tools (a skills survey exported as CSV).",
        discussion: """
        Example:
          guild import survey answers.csv
        """,
        subcommands: [ImportSurveyCommand.self, ImportIcsCommand.self]
    )
}
