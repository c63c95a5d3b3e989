import Foundation
import GuildCore
import GuildStore

/// The record kinds a command reads: it loads those and no others, so a command that lists people never decodes
/// 20,000 action items. `GUILD_LOAD_EVERY_KIND=1` loads every kind whatever the command asks for (the output must
/// not change: `CommandKindsTests` compares both on the sample team).
enum CommandKinds {
    /// The record types to open the store with: those of `kinds`, or every registered one when `kinds` is nil or the
    /// environment asks for every kind.
    static func types(_ kinds: Set<RecordKind>?, environment: [String: String] = ProcessInfo.processInfo.environment) -> [any Record.Type] {
        guard let kinds, environment["GUILD_LOAD_EVERY_KIND"] != "1" else { return RecordTypes.standard }
        return RecordTypes.standard.filter { kinds.contains($0.kind) }
    }

    /// For a command that writes: the record types it does not load, whose files are still checked for a newer schema
    /// (one makes the store read-only, as when every kind is loaded). Empty when every kind is loaded anyway.
    static func schemaChecked(_ kinds: Set<RecordKind>?, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> [any Record.Type] {
        guard let kinds, environment["GUILD_LOAD_EVERY_KIND"] != "1" else { return [] }
        return RecordTypes.standard.filter { !kinds.contains($0.kind) }
    }
}
