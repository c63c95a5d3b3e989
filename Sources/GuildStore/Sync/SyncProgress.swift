import ChildProcesses
import Foundation
import Synchronization

/// How far a long step of a large sync has come ("Committing changed files", 52,000 of 114,000), for a progress bar.
public struct SyncProgress: Sendable, Equatable {
    /// What the sync is doing, in a few words.
    public var step: String
    /// How many of `total` are done; 0 when the step starts.
    public var done: Int
    /// How many there are in all (at least 1).
    public var total: Int

    public init(step: String, done: Int, total: Int) {
        self.step = step
        self.done = done
        self.total = max(total, 1)
    }

    /// Counts the lines of git's standard output as they arrive (`git update-index --verbose` prints one per path)
    /// and tells `report` the step's progress at most once per percent.
    final class LineCounter: Sendable {
        private let state = Mutex<(lines: Int, shown: Int)>((0, -1))
        let step: String
        let total: Int
        let report: @Sendable (SyncProgress) -> Void

        init(step: String, total: Int, report: @escaping @Sendable (SyncProgress) -> Void) {
            self.step = step
            self.total = max(total, 1)
            self.report = report
        }

        /// The observer to give git.
        var observer: ChildProcess.Observer {
            { [self] stream, chunk in
                guard stream == .standardOutput else { return }
                let newlines = chunk.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
                guard newlines > 0 else { return }
                let due: Int? = state.withLock { value in
                    value.lines = min(total, value.lines + newlines)
                    let percent = value.lines * 100 / total
                    guard percent != value.shown else { return nil }
                    value.shown = percent
                    return value.lines
                }
                if let due { report(SyncProgress(step: step, done: due, total: total)) }
            }
        }
    }

    /// Reads git's own progress on standard error (`Writing objects:  45% (123/456)`, with `--progress`) and tells
    /// `report` under `step` each time the count of a phase whose name starts with one of `phases` changes.
    final class GitPhaseReader: Sendable {
        private let shown = Mutex<(phase: String, done: Int)>(("", -1))
        let phases: [(prefix: String, step: String)]
        let report: @Sendable (SyncProgress) -> Void

        init(phases: [(prefix: String, step: String)], report: @escaping @Sendable (SyncProgress) -> Void) {
            self.phases = phases
            self.report = report
        }

        var observer: ChildProcess.Observer {
            { [self] stream, chunk in
                guard stream == .standardError else { return }
                for line in String(decoding: chunk, as: UTF8.self).split(whereSeparator: { $0 == "\r" || $0 == "\n" }) {
                    guard let phase = phases.first(where: { line.hasPrefix($0.prefix) }),
                          let counts = Self.counts(in: line) else { continue }
                    let changed = shown.withLock { value -> Bool in
                        guard value.phase != phase.prefix || value.done != counts.done else { return false }
                        value = (phase.prefix, counts.done)
                        return true
                    }
                    if changed { report(SyncProgress(step: phase.step, done: counts.done, total: counts.total)) }
                }
            }
        }

        /// "(123/456)" in a line of git's progress.
        static func counts(in line: Substring) -> (done: Int, total: Int)? {
            guard let open = line.lastIndex(of: "("), let close = line[open...].firstIndex(of: ")") else { return nil }
            let parts = line[line.index(after: open)..<close].split(separator: "/")
            guard parts.count == 2, let done = Int(parts[0]), let total = Int(parts[1]), total > 0 else { return nil }
            return (done, total)
        }
    }

    /// Git's message without the progress lines `--progress` adds (each ends in a carriage return or ", done.").
    static func withoutGitProgress(_ text: String) -> String {
        text.split(whereSeparator: { $0 == "\r" || $0 == "\n" })
            .filter { line in !(line.contains("% (") || line.hasSuffix(", done.") || line.hasPrefix("Enumerating objects:")) }
            .joined(separator: "\n")
    }
}
