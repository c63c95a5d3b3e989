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
    }

    /// Drives the skills map while it is open; returns nil when it is closed, so the dashboard handles the key.
    mutating func pressInSkillsMap(_ key: Key) -> [Effect]? {
        guard var map = skillsMap else { return nil }
        if var field = map.field {
            switch keymap.command(SkillsMapCommand.self, for: key, in: .skillsQuery) {
            case .queryAccept?:
                map.queries[map.tab] = field.text.trimmingCharacters(in: .whitespaces)
                map.field = nil
                map.row = 0
                map.scroll = 0
            case .queryCancel?:
                map.field = nil
            default:
                _ = field.handle(key)
                map.field = field
            }
            skillsMap = map
            return []
        }
        guard let id = keymap.command(for: key, in: map.context) else { return [] }
        // Help, quit, the palette and the other shared keys are the dashboard's.
        if let command = SkillsMapCommand(rawValue: id) { return runInSkillsMap(command) }
        return Command(rawValue: id).map { run($0) } ?? []
    }

    /// Runs a skills-map command (from its key or the palette) on the open skills map.
    mutating func runInSkillsMap(_ command: SkillsMapCommand) -> [Effect] {
        guard var map = skillsMap else { return [] }
        if command == .close, map.detail == nil {
            skillsMap = nil
            return []
        }
        var effects: [Effect] = []
        run(command, on: &map, effects: &effects)
        skillsMap = map.tab == .matrix && map.detail == nil ? clampMatrix(map) : clampRows(map)
        return effects
    }

    private mutating func run(_ command: SkillsMapCommand, on map: inout SkillsMapState, effects: inout [Effect]) {
        let page = SkillsMapContent.page(map, data: data, now: now, calendar: calendar, keymap: keymap, width: size.width)
        let rows = map.tab == .matrix && map.detail == nil ? SkillsMapContent.matrix(map, data: data).people.count : page.selectable.count
        let pageRows = max(1, size.height - 6)
        switch command {
        case .queryAccept, .queryCancel:
            break
        case .close:
            map.detail = nil
        case .tabNext: switchTab(&map, map.tab.next)
        case .tabPrevious: switchTab(&map, map.tab.previous)
        case .tabMatrix, .tabGaps, .tabPairs, .tabWho, .tabTopics, .tabSolutions, .tabLearnings, .tabStaffing:
            if let tab = command.tab { switchTab(&map, tab) }
        case .up: map.row = max(0, map.row - 1)
        case .down: map.row = min(max(0, rows - 1), map.row + 1)
        case .pageUp: map.row = max(0, map.row - pageRows)
        case .pageDown: map.row = min(max(0, rows - 1), map.row + pageRows)
        case .first: map.row = 0
        case .last: map.row = max(0, rows - 1)
        case .left: map.column = max(0, map.column - 1)
        case .right: map.column += 1
        case .open:
            if map.detail == nil, map.tab == .matrix {
                let matrix = SkillsMapContent.matrix(map, data: data)
                if matrix.people.indices.contains(map.row) { map.detail = SkillsMapDetail(target: .person(matrix.people[map.row].id)) }
            } else {
                let selectable = page.selectable
                if selectable.indices.contains(map.row), let target = page.lines[selectable[map.row]].target {
                    map.detail = SkillsMapDetail(target: target)
                    map.row = 0
                    map.scroll = 0
                }
            }
        case .openSkill:
            let matrix = SkillsMapContent.matrix(map, data: data)
            if matrix.skills.indices.contains(map.column) { map.detail = SkillsMapDetail(target: .skill(matrix.skills[map.column].id)) }
        case .query:
            if map.tab.hasQuery, map.detail == nil { map.field = TextField(text: map.query) }
        case .sort:
            map.options.sort = map.options.sort.next
            if map.options.sort == .skill {
                let matrix = SkillsMapContent.matrix(map, data: data)
                map.options.sortSkill = matrix.skills.indices.contains(map.column) ? matrix.skills[map.column].id : nil
            }
            message = "Sorted by \(map.options.sort.rawValue)"
        case .team: map.options.team = cycle(map.options.team, through: MatrixOptions.teams(data))
        case .category: map.options.category = cycle(map.options.category, through: MatrixOptions.categories(data))
        case .minimumLevel: map.options.minimumLevel = SkillLevel(rawValue: (map.options.minimumLevel.rawValue + 1) % 5) ?? .none
        case .interest: map.options.interest = map.options.interest.next
        case .clearFilters:
            map.options = MatrixOptions(sort: map.options.sort, sortSkill: map.options.sortSkill)
        case .redraw:
            if map.tab == .pairs, map.detail == nil {
                map.pairingSeed &+= 1
                message = "Drew again with seed \(map.pairingSeed); record it with `guild pairs --seed \(map.pairingSeed)`"
            }
        }
    }

    private func switchTab(_ map: inout SkillsMapState, _ tab: SkillsMapTab) {
        map.tab = tab
        map.detail = nil
        map.row = 0
        map.scroll = 0
    }

    /// The next value of a cycling filter: nil (all) → first → … → last → nil.
    private func cycle(_ current: String?, through values: [String]) -> String? {
        guard !values.isEmpty else { return nil }
        guard let current, let index = values.firstIndex(of: current) else { return values[0] }
        return index + 1 < values.count ? values[index + 1] : nil
    }

    /// Keeps the matrix cursor on a real cell and the cursor column in view.
    private func clampMatrix(_ map: SkillsMapState) -> SkillsMapState {
        var map = map
        let matrix = SkillsMapContent.matrix(map, data: data)
        map.row = max(0, min(map.row, matrix.people.count - 1))
        map.column = max(0, min(map.column, matrix.skills.count - 1))
        let shown = MatrixView.visibleColumns(matrix, width: size.width)
        if map.column < map.columnOffset { map.columnOffset = map.column }
        if map.column >= map.columnOffset + shown { map.columnOffset = map.column - shown + 1 }
        map.columnOffset = max(0, min(map.columnOffset, max(0, matrix.skills.count - shown)))
        return map
    }

    /// Keeps a list cursor on a selectable line.
    private func clampRows(_ map: SkillsMapState) -> SkillsMapState {
        var map = map
        let count = SkillsMapContent.page(map, data: data, now: now, calendar: calendar, keymap: keymap, width: size.width).selectable.count
        map.row = max(0, min(map.row, count - 1))
        return map
    }
}
