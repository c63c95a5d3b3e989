/// Which CLI measurements `guild-bench` takes: commands, `guild sync`, and whether only those.
struct CommandScope: Sendable, Equatable {
    var commands = true
    var sync = true
    /// Skip the in-process, dashboard and long-text measurements.
    var only = false

    static let all = CommandScope()
    static let none = CommandScope(commands: false, sync: false, only: false)
}
