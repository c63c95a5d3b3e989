import Foundation
import TerminalGrid

/// The one run loop of every interactive screen — the dashboard, the meeting's shared screen, the note-taker's view.
///
/// Each round it draws the state, waits for a key (or does the idle step first), ticks the clock, applies every key
/// already waiting, and asks its watches for outside changes (the store, a sync). A round in which nothing happened (no
/// key, no action reduced) draws nothing: the state, and so the frame, is what the terminal already shows. Every event becomes an action for
/// the definition's one reducer; the effects it returns are performed here, by the performer the screen supplies,
/// and their outcomes come back as actions. Bubble Tea's single `Program` is the model.
final class Program<State, Action, Effect> {
    /// Performs one effect and returns the actions that report its outcome; it may read the state as it is now.
    typealias Perform = (Effect, State) -> [Action]
    /// Looks for outside changes once a round (store files, sync outcomes) and returns the actions that report them.
    typealias Watch = (State) -> [Action]

    /// How long a round waits for a key before looking at the store again.
    static var pollMilliseconds: Int32 { 250 }
    /// The most keys applied before the next frame is drawn, so held keys never lag behind yet frames still come.
    static var keysPerFrame: Int { 64 }

    /// The state as it is now.
    private(set) var state: State
    private let definition: ProgramDefinition<State, Action, Effect>
    private let terminal: any ProgramTerminal
    private let now: () -> Date
    private let perform: Perform
    private let watches: [Watch]
    /// Start-up work the first frame does not need (who the user is, which runs git): done once, right after the first
    /// frame is on screen and before any key, so the frame comes sooner and no key is handled without it.
    private var afterFirstFrame: [Watch]
    /// Whether something happened since the last frame (an action was reduced or a key arrived), so the next round draws.
    private var needsFrame = true

    /// A program on `terminal`, starting from `state`; `now` is the clock (pinned or real).
    init(state: State, definition: ProgramDefinition<State, Action, Effect>, terminal: any ProgramTerminal, now: @escaping () -> Date,
         perform: @escaping Perform, watches: [Watch] = [], afterFirstFrame: [Watch] = []) {
        self.state = state
        self.definition = definition
        self.terminal = terminal
        self.now = now
        self.perform = perform
        self.watches = watches
        self.afterFirstFrame = afterFirstFrame
    }

    /// Runs until the state says it is finished (0) or a quit signal arrives (129 for SIGHUP, else 0).
    func run() -> Int32 {
        let ticks = definition.ticks
        var lastPeriod = ticks.periodNumber(of: now())
        if ticks.atStart { send(event: .tick(now())) }
        while !definition.isFinished(state) {
            if needsFrame {
                terminal.draw(definition.render(state))
                needsFrame = false
                finishStart()
            }
            var key: Key?
            if definition.hasIdleWork(state) {
                // Work the frame did not need is done once it is on screen, unless a key is already waiting.
                key = terminal.nextEvent(timeoutMilliseconds: 0)
                if key == nil { send(event: .idle) }
            }
            if key == nil { key = terminal.nextEvent(timeoutMilliseconds: Self.pollMilliseconds) }
            // The clock first, so a key acts at the time it was pressed.
            let time = now()
            if ticks.isDue(at: time, lastPeriod: lastPeriod, keyArrived: key != nil) {
                lastPeriod = ticks.periodNumber(of: time)
                send(event: .tick(time))
            }
            // Every key already waiting is applied before the next frame.
            var handled = 0
            while let pressed = key {
                // Even a key the program ignores may follow a repaint the terminal needs (a resume after Ctrl-Z).
                needsFrame = true
                send(event: .key(pressed))
                handled += 1
                if definition.isFinished(state) || handled >= Self.keysPerFrame { break }
                key = terminal.nextEvent(timeoutMilliseconds: 0)
            }
            if let signal = terminal.receivedQuitSignal {
                send(event: .quitSignal(signal))
                return signal == SIGHUP ? 129 : 0
            }
            if definition.isFinished(state) { break }
            for watch in watches {
                for action in watch(state) { send(action) }
            }
        }
        return 0
    }

    /// Runs the start-up work left for after the first frame (once; dropped afterwards, so nothing it holds stays alive).
    private func finishStart() {
        guard !afterFirstFrame.isEmpty else { return }
        let work = afterFirstFrame
        afterFirstFrame = []
        for step in work {
            for action in step(state) { send(action) }
        }
    }

    /// Applies an outside event, when the program has an action for it.
    func send(event: ProgramEvent) {
        if let action = definition.action(event) { send(action) }
    }

    /// Reduces `action` and performs the effects, feeding each outcome back, until none is left.
    func send(_ action: Action) {
        needsFrame = true
        var effects = definition.reduce(&state, action)
        while !effects.isEmpty {
            let effect = effects.removeFirst()
            for outcome in perform(effect, state) {
                effects += definition.reduce(&state, outcome)
            }
        }
    }
}
