import Foundation
@testable import GuildCLI
import TerminalGrid

/// A terminal for `Program` tests: hands out scripted keys, records every frame and every wait, and raises a quit
/// signal once the script says so. A `nil` in the script is a wait that timed out.
final class ScriptedTerminal: ProgramTerminal {
    /// One step of the script: a key (or a timed-out wait), or a quit signal arriving.
    enum Step {
        case key(Key?)
        case signal(Int32)
    }

    var size = Size(width: 120, height: 40)
    private var script: [Step]
    /// Every frame drawn, oldest first.
    private(set) var frames: [Grid] = []
    /// The timeout of every wait, in order.
    private(set) var waits: [Int32] = []
    private(set) var receivedQuitSignal: Int32?
    /// Called at every wait (tests move their clock here).
    var onWait: () -> Void = {}

    init(_ script: [Step]) {
        self.script = script
    }

    func draw(_ grid: Grid) {
        frames.append(grid)
    }

    func nextEvent(timeoutMilliseconds: Int32) -> Key? {
        waits.append(timeoutMilliseconds)
        onWait()
        guard receivedQuitSignal == nil else { return nil }
        guard !script.isEmpty else {
            // The script ran out: stop the program the way a closed terminal would.
            receivedQuitSignal = SIGHUP
            return nil
        }
        switch script.removeFirst() {
        case .key(let key):
            return key
        case .signal(let signal):
            receivedQuitSignal = signal
            return nil
        }
    }
}
