import Foundation
import GuildCLI

// guild-bench: Guild at 10k and organisation scale. See BenchOptions.usage.
// The allocator is set up as the `guild` binary sets it up, so memory measured in process is the dashboard's.
AllocatorTuning.returnLargeBlocksPromptly()
do {
    let options = try BenchOptions.parse(Array(CommandLine.arguments.dropFirst()))
    switch options.mode {
    case .run: try BenchRunner(options: options).run()
    case .measure(let scale): try BenchRunner.measureChild(scale, options: options)
    case .memory(let scale, let includeNotes): try BenchRunner.memoryChild(scale, includeNotes: includeNotes, options: options)
    case .starts(let scale): try BenchRunner.startsChild(scale, options: options)
    case .longText(let length): try BenchRunner.longTextChild(length: length, options: options)
    case .screens(let scale): try BenchRunner.screensChild(scale, options: options)
    }
} catch {
    FileHandle.standardError.write(Data("guild-bench: \(error)\n".utf8))
    exit(1)
}
