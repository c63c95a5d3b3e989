import Foundation
import GuildCore
import TerminalGrid

extension AppState {
    /// Opens the skills map on `tab` (the dashboard's `s`, `w`, `p`, `L` bindings).
    mutating func openSkillsMap(_ tab: SkillsMapTab) {
        guard overlay == nil else { return }
        var opened = SkillsMapState(tab: tab, pairingSeed: UInt64(max(0, Int(now.timeIntervalSince1970 / 86_400))))
        if tab == .who { opened.field = TextField() }
        // Opening on the pairs tab is a draw request: the proposal is drawn once here and kept in the map's state.
        if tab == .pairs { opened.pairs = screenContext.skillsMapContent.draw(seed: opened.pairingSeed) }
        skillsMap = opened
        screenContext.skillsMapContent.prepare(opened)
    }

    /// Whether the pairs tab shows a proposal whose partner panel waits for the partner index (built when idle).
    var skillsMapAwaitsPartners: Bool {
        guard let map = skillsMap, map.tab == .pairs, map.detail == nil, !map.showsPairHistory, map.pairs != nil else { return false }
        return !skillsMapMemo.hasPartnerIndex(dataStamp: dataStamp.number)
    }

    /// Builds the partner index the pairs tab's panel reads, at an idle moment after the tab was drawn.
    func indexPartners() {
        _ = screenContext.skillsMapContent.partnerIndex
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
        if command == .record { return recordPairs() }
        let content = screenContext.skillsMapContent
        if let notice = map.reduce(command, content: content, height: size.height) { message = notice }
        skillsMap = map
        content.prepare(map)
        return []
    }

    /// Records the pairs tab's proposal as it stands (with its swaps) through the one save rule: "Saving…" now,
    /// "Saved" and "✓ Recorded" only once the store acknowledged the round; a refusal says why and keeps the proposal.
    mutating func recordPairs() -> [Effect] {
        guard let map = skillsMap, map.tab == .pairs, map.detail == nil, let draft = map.pairs else { return [] }
        let round = draft.round
        let redraw = keymap.firstKeyName(SkillsMapCommand.redraw.rawValue)
        if map.showsPairHistory {
            notify("\(keymap.firstKeyName(SkillsMapCommand.history.rawValue)) goes back to the proposal to record it")
            return []
        }
        if data.pairingRounds[round.id] != nil {
            notify("This round is recorded already; \(redraw) draws the next one")
            return []
        }
        if pending.contains(where: { $0.subject?.id == round.id }) {
            notify("Still saving the round…")
            return []
        }
        guard !round.groups.isEmpty else {
            notify("Nothing to record: fewer than two people can pair right now")
            return []
        }
        let summary = "pairing round of \(Day(round.drawnAt, in: calendar)) (\(round.groups.count) group\(round.groups.count == 1 ? "" : "s"))"
        return commit(RecordChange(before: nil, after: RecordValue(round), summary: summary))
    }
}
