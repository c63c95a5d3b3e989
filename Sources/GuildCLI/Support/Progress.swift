import Foundation

/// A one-line progress bar on stderr for long work; silent when stderr is not a terminal.
final class Progress {
    private let total: Int
    private let label: String
    private let enabled: Bool
    private var lastDrawn = -1

    init(total: Int, label: String) {
        self.total = max(total, 1)
        self.label = label
        enabled = isatty(2) != 0
    }

    /// Redraws the bar when the shown percentage changes.
    func update(_ done: Int) {
        guard enabled else { return }
        let percent = min(100, done * 100 / total)
        guard percent != lastDrawn else { return }
        lastDrawn = percent
        let width = 30
        let filled = percent * width / 100
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        Terminal.progress("\(label) \(bar) \(percent)% (\(done)/\(total))")
    }

    /// Ends the line.
    func finish() {
        guard enabled, lastDrawn >= 0 else { return }
        Terminal.progress("", end: true)
    }
}
