import ArgumentParser

/// `guild export`: prints what Guild wrote for sharing elsewhere (the minutes of a meeting).
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print documents Guild wrote: minutes, the matrix, a calendar, a site, a blog-post draft.",
        subcommands: [ExportMinutesCommand.self, ExportMatrixCommand.self, ExportIcsCommand.self, ExportSiteCommand.self, ExportPostCommand.self]
    )
}
