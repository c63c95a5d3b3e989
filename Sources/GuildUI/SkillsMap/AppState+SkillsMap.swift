import Foundation
import GuildCore
import TerminalGrid

extension AppState {
    /// Opens the skills map on `tab` (the dashboard's `s`, `w`, `p`, `L` bindings).
    mutating func openSkillsMap(_ tab: SkillsMapTab) {
        guard overlay == nil else { return }
        var opened = SkillsMapState(tab: tab, pairingSeed: UInt64(max(0, Int(now.timeIntervalSince1970 / 86_400))))
        if tab == .who { opened.field = TextField() }
        skillsMap = opened
        screenContext.skillsMapContent.prepare(opened)
    }

    /// Drives the skills map while it is open; returns nil when it is closed, so the dashboard handles the key.
    ///
    /// The parent scopes the key to the child, as TCA's `Scope` does: the map's own keys go to `SkillsMapState.reduce`
    /// on the map's state alone; help, quit, the palette and the other shared keys are the dashboard's.
    mutating func pressInSkillsMap(_ key: Key) -> [Effect]? {
        guard var map = skillsMap else { return nil }
        if map.field != nil {
            map.type(key, keymap: keymap)
            skillsMap = map
            return []
        }
        guard let id = keymap.command(for: key, in: map.context) else { return [] }
        if let command = SkillsMapCommand(rawValue: id) { return runInSkillsMap(command) }
        return Command(rawValue: id).map { run($0) } ?? []
    }

    /// Runs a skills-map command (from its key or the palette) on the open skills map: closing it is the route's
    /// business, everything else the map's own reducer's; a notice it returns goes to the status line.
    mutating func runInSkillsMap(_ command: SkillsMapCommand) -> [Effect] {
        guard var map = skillsMap else { return [] }
        if command == .close, map.detail == nil {
            skillsMap = nil
            return []
        }
        let content = screenContext.skillsMapContent
        if let notice = map.reduce(command, content: content, height: size.height) { message = notice }
        skillsMap = map
        content.prepare(map)
        return []
    }
}
