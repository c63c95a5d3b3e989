import Foundation
import GuildStore
import Synchronization

/// Shows a large sync's progress on stderr: on a terminal a bar per step redrawn in place ("Committing changed files
/// ███░░░ 52% (59280/114000)"), otherwise one line as each step starts. Safe to call from any thread.
final class SyncProgressLine: Sendable {
    private let drawn = Mutex<(step: String, percent: Int)>(("", -1))
    private let isTerminal: Bool

    init(isTerminal: Bool = isatty(2) != 0) {
        self.isTerminal = isTerminal
    }

    /// Shows `progress`: a new step ends the previous bar; the same step redraws only when its percentage changes.
    func show(_ progress: SyncProgress) {
        let percent = min(100, progress.done * 100 / progress.total)
        drawn.withLock { last in
            let newStep = last.step != progress.step
            guard newStep || last.percent != percent else { return }
            if !isTerminal {
                if newStep { Terminal.status("\(progress.step): \(progress.total) …") }
            } else {
                if newStep, last.percent >= 0 { Terminal.progress("", end: true) }
                let width = 30
                let filled = percent * width / 100
                let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
                Terminal.progress("\(progress.step) \(bar) \(percent)% (\(progress.done)/\(progress.total))")
            }
            last = (progress.step, percent)
        }
    }

    /// Ends the bar's line, if one was drawn.
    func finish() {
        drawn.withLock { last in
            if isTerminal, last.percent >= 0 { Terminal.progress("", end: true) }
            last = ("", -1)
        }
    }
}
