import ArgumentParser
import Foundation
import GuildStore

/// `guild debug`: hidden commands the test suite uses to drive the store from separate processes.
struct DebugCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "debug",
        abstract: "Test support: drive the store from a separate process.",
        shouldDisplay: false,
        subcommands: [SaveLoopCommand.self]
    )
}

/// `guild debug save-loop`: saves in a loop, printing each acknowledged save, so crash and concurrency tests can kill it.
struct SaveLoopCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "save-loop",
        abstract: "Save test records in a loop, printing `ack <id> <value>` after each durable save.",
        shouldDisplay: false
    )

    @Option(help: "The store folder.")
    var store: String

    @Option(help: "How many saves to make.")
    var count: Int

    @Option(help: "The random seed for which records are written.")
    var seed: UInt64

    func run() throws {
        do {
            try StoreStressLoop.run(store: URL(fileURLWithPath: store), count: count, seed: seed)
        } catch {
            throw CLIFailure("\(error)")
        }
    }
}
