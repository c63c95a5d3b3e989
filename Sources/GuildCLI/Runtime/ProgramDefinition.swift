import Foundation
import TerminalGrid

/// The pure half of a program: how its state changes, how it looks, when it is done, and which action each outside
/// event becomes. Nothing here performs I/O, so a definition is tested without a terminal.
struct ProgramDefinition<State, Action, Effect> {
    /// Applies one action and returns the effects the runtime must perform.
    var reduce: (inout State, Action) -> [Effect]
    /// Draws the state.
    var render: (State) -> Grid
    /// Whether the program has ended (the user quit).
    var isFinished: (State) -> Bool
    /// Whether there is deferred work for an `.idle` event (checked before waiting for a key).
    var hasIdleWork: (State) -> Bool
    /// The action an outside event becomes; nil when the program ignores that event.
    var action: (ProgramEvent) -> Action?
    /// When the clock ticks.
    var ticks: ClockTicks
}
