import ArgumentParser
import CursesTerminal
import Foundation
import GuildStore
import TerminalGrid

/// `guild debug`: hidden commands the test suite uses to drive the store from separate processes.
struct DebugCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "debug",
        abstract: "Test support: drive the store from a separate process.",
        shouldDisplay: false,
        subcommands: [SaveLoopCommand.self, CrashCommand.self]
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

/// `guild debug crash`: takes over the terminal, draws, then traps, so a test can check the crash guard restores the terminal.
struct CrashCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crash",
        abstract: "Start the terminal, draw a frame, then crash on purpose (tests the terminal-restoring crash guard).",
        shouldDisplay: false
    )

    @Option(help: "How to crash: trap (a Swift runtime trap) or segv.")
    var how: String = "trap"

    func run() throws {
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal.start()
        } catch {
            throw CLIFailure("\(error)")
        }
        var grid = Grid(size: terminal.size)
        _ = grid.put("About to crash on purpose", x: 0, y: 0, style: .plain, maxWidth: grid.size.width)
        terminal.draw(grid)
        _ = terminal.nextEvent(timeoutMilliseconds: 300)
        if how == "segv" {
            raise(SIGSEGV)
        }
        let numbers: [Int] = []
        // A real runtime trap (index out of range), not a polite exit.
        Terminal.print(String(numbers[Int(grid.size.width) + 1]))
    }
}
