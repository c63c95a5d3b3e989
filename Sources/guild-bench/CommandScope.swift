/// Which CLI measurements `guild-bench` takes: commands, `guild sync`, and whether only those.
struct CommandScope: Sendable, Equatable {
    var commands = true
    var sync = true
    /// Skip the in-process, dashboard and long-text measurements.
    var only = false
    /// When not empty, only the commands whose row name contains one of these ("list people", "export") are measured.
    var filters: [String] = []

    /// Whether the command with this row name is measured.
    func includes(_ name: String) -> Bool {
        filters.isEmpty || filters.contains { name.localizedCaseInsensitiveContains($0) }
    }

    static let all = CommandScope()
    static let none = CommandScope(commands: false, sync: false, only: false)
}
