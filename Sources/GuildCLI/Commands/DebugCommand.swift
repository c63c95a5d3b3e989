import ArgumentParser

/// `guild debug`: hidden commands the test suite uses to drive the store from separate processes.
struct DebugCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "debug",
        abstract: "Test support: drive the store from a separate process.",
        shouldDisplay: false,
        subcommands: []
    )
}
