import ArgumentParser
import Foundation
import GuildStore

/// `guild merge-driver %O %A %B %P`: git's merge driver for record files, installed by `guild sync` and `guild clone`.
struct MergeDriverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-driver",
        abstract: "Git's field-level merge driver for store files (run by git, not by people).",
        shouldDisplay: false
    )

    @Argument(help: "The common ancestor's temporary file (%O).")
    var base: String

    @Argument(help: "This side's temporary file, where the result goes (%A).")
    var current: String

    @Argument(help: "The other side's temporary file (%B).")
    var other: String

    @Argument(help: "The file's path in the store (%P).")
    var pathname: String = ""

    func run() throws {
        let result = MergeDriver.run(base: base, current: current, other: other, pathname: pathname)
        switch result {
        case .merged:
            return
        case .conflict(let fields):
            Terminal.warn("\(pathname): \(fields.joined(separator: ", ")) changed on both sides; kept both for you to resolve in Guild")
        case .unmergeable(let reason):
            Terminal.warn(reason)
        }
        throw ExitCode(result.exitStatus)
    }
}
