import Foundation

/// A one-line progress bar on stderr (only when stderr is a terminal), for generating and writing fixtures.
final class BenchProgress {
    private let label: String
    private let enabled = isatty(2) != 0
    private var lastPercent = -1

    init(_ label: String) {
        self.label = label
    }

    /// Redraws when the percentage changes.
    func update(_ done: Int, of total: Int) {
        guard enabled, total > 0 else { return }
        let percent = min(100, done * 100 / total)
        guard percent != lastPercent else { return }
        lastPercent = percent
        let filled = percent * 30 / 100
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: 30 - filled)
        FileHandle.standardError.write(Data("\r\(label) \(bar) \(percent)% (\(done)/\(total))".utf8))
    }

    /// Ends the line.
    func finish() {
        guard enabled, lastPercent >= 0 else { return }
        FileHandle.standardError.write(Data("\n".utf8))
    }
}
