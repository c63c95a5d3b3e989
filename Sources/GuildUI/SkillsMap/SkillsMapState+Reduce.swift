import Foundation
import GuildCore
import TerminalGrid

/// The skills map's own reducer: its commands change only the map's state, built from the data, clock and size it is
/// given. `AppState` scopes keys and palette commands to it (`AppState+SkillsMap.swift`) and owns opening and closing.
extension SkillsMapState {
    /// Applies one of the map's commands to the map alone; returns a notice for the status line when it has one.
    /// `data`, the clock, the keymap (keys named in pages) and the terminal size are what the pages are built from.
    mutating func reduce(_ command: SkillsMapCommand, data: GuildData, now: Date, calendar: Calendar, keymap: Keymap, size: Size) -> String? {
        reduce(command, content: SkillsMapContent(data: data, now: now, calendar: calendar, keymap: keymap, width: size.width), height: size.height)
    }

    /// Applies one of the map's commands, reading the matrix and pages from `content` (which keeps what it derives).
    mutating func reduce(_ command: SkillsMapCommand, content: SkillsMapContent, height: Int) -> String? {
        var map = self
        var message: String?
        let data = content.data
        let rows = content.rowCount(map)
        let pageRows = max(1, height - 6)
        switch command {
        case .queryAccept, .queryCancel:
            break
        case .close:
            map.detail = nil
        case .tabNext: Self.switchTab(&map, map.tab.next, content: content)
        case .tabPrevious: Self.switchTab(&map, map.tab.previous, content: content)
        case .tabMatrix, .tabGaps, .tabPairs, .tabWho, .tabTopics, .tabSolutions, .tabLearnings, .tabStaffing:
            if let tab = command.tab { Self.switchTab(&map, tab, content: content) }
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
                let matrix = content.matrix(map)
                if matrix.people.indices.contains(map.row) { map.detail = SkillsMapDetail(target: .person(matrix.people[map.row].id)) }
            } else {
                let page = content.page(map)
                let selectable = page.selectable
                if selectable.indices.contains(map.row), let target = page.lines[selectable[map.row]].target {
                    map.detail = SkillsMapDetail(target: target)
                    map.row = 0
                    map.scroll = 0
                }
            }
        case .openSkill:
            let matrix = content.matrix(map)
            if matrix.skills.indices.contains(map.column) { map.detail = SkillsMapDetail(target: .skill(matrix.skills[map.column].id)) }
        case .query:
            if map.tab.hasQuery, map.detail == nil { map.field = TextField(text: map.query) }
        case .sort:
            map.options.sort = map.options.sort.next
            if map.options.sort == .skill {
                let matrix = content.matrix(map)
                map.options.sortSkill = matrix.skills.indices.contains(map.column) ? matrix.skills[map.column].id : nil
            }
            message = "Sorted by \(map.options.sort.rawValue)"
        case .team: map.options.team = Self.cycle(map.options.team, through: MatrixOptions.teams(data))
        case .category: map.options.category = Self.cycle(map.options.category, through: MatrixOptions.categories(data))
        case .minimumLevel: map.options.minimumLevel = SkillLevel(rawValue: (map.options.minimumLevel.rawValue + 1) % 5) ?? .none
        case .interest: map.options.interest = map.options.interest.next
        case .clearFilters:
            map.options = MatrixOptions(sort: map.options.sort, sortSkill: map.options.sortSkill)
        case .redraw:
            if map.tab == .pairs, map.detail == nil {
                map.pairingSeed &+= 1
                map.pairs = content.draw(seed: map.pairingSeed)
                map.showsPairHistory = false
                map.row = 0
                message = "Drew again with seed \(map.pairingSeed)"
            }
        case .mark:
            message = Self.mark(&map, content: content)
        case .history:
            if map.tab == .pairs, map.detail == nil {
                map.showsPairHistory.toggle()
                map.row = 0
                map.scroll = 0
            }
        case .record:
            // Recording saves a record: the dashboard does it (`AppState.recordPairs`), through the one save rule.
            break
        }
        self = map.tab == .matrix && map.detail == nil ? Self.clampMatrix(map, content: content) : Self.clampRows(map, content: content)
        return message
    }

    /// A key while a query is typed: Enter keeps it (and goes to the first row), Esc drops it, anything else is text.
    mutating func type(_ key: Key, keymap: Keymap) {
        guard var field else { return }
        switch keymap.command(SkillsMapCommand.self, for: key, in: .skillsQuery) {
        case .queryAccept?:
            queries[tab] = field.text.trimmingCharacters(in: .whitespaces)
            self.field = nil
            row = 0
            scroll = 0
        case .queryCancel?:
            self.field = nil
        default:
            _ = field.handle(key)
            self.field = field
        }
    }

    /// Shows `tab`; the pairs tab draws its proposal the first time it is shown (a draw request), then keeps it.
    private static func switchTab(_ map: inout SkillsMapState, _ tab: SkillsMapTab, content: SkillsMapContent) {
        map.tab = tab
        map.detail = nil
        map.row = 0
        map.scroll = 0
        if tab == .pairs, map.pairs == nil { map.pairs = content.draw(seed: map.pairingSeed) }
    }

    /// The person under the cursor of the pairs tab's proposal, if the cursor is on one.
    func pairsCursorPerson(content: SkillsMapContent) -> UUID? {
        guard tab == .pairs, detail == nil, !showsPairHistory, pairs != nil else { return nil }
        let page = content.page(self)
        let selectable = page.selectable
        guard selectable.indices.contains(row), case .person(let id)? = page.lines[selectable[row]].target else { return nil }
        return id
    }

    /// Marks the person under the cursor for a swap; with someone marked already, swaps the two (or unmarks the one
    /// marked). A recorded proposal is left as it was saved. Returns the notice for the status line.
    private static func mark(_ map: inout SkillsMapState, content: SkillsMapContent) -> String? {
        guard map.tab == .pairs, map.detail == nil, !map.showsPairHistory, var draft = map.pairs else { return nil }
        let data = content.data
        let keymap = content.keymap
        guard data.pairingRounds[draft.round.id] == nil else {
            return "This round is recorded; \(keymap.firstKeyName(SkillsMapCommand.redraw.rawValue)) draws the next one to adjust"
        }
        guard let person = map.pairsCursorPerson(content: content) else { return nil }
        defer { map.pairs = draft }
        guard let marked = draft.marked else {
            draft.marked = person
            return "Marked \(data.name(of: person)): \(keymap.firstKeyName(SkillsMapCommand.mark.rawValue)) on another person swaps the two"
        }
        draft.marked = nil
        if marked == person { return "Unmarked \(data.name(of: person))" }
        guard let swapped = PairingRoulette.swap(marked, person, in: draft.round, data: data, ratings: content.ratings) else {
            return "\(data.name(of: marked)) and \(data.name(of: person)) are already together"
        }
        draft.draw.round = swapped
        draft.swaps += 1
        return "Swapped \(data.name(of: marked)) and \(data.name(of: person)); \(keymap.firstKeyName(SkillsMapCommand.record.rawValue)) records the round"
    }

    /// The next value of a cycling filter: nil (all) → first → … → last → nil.
    private static func cycle(_ current: String?, through values: [String]) -> String? {
        guard !values.isEmpty else { return nil }
        guard let current, let index = values.firstIndex(of: current) else { return values[0] }
        return index + 1 < values.count ? values[index + 1] : nil
    }

    /// Keeps the matrix cursor on a real cell and the cursor column in view.
    private static func clampMatrix(_ map: SkillsMapState, content: SkillsMapContent) -> SkillsMapState {
        var map = map
        let width = content.width
        let matrix = content.matrix(map)
        map.row = max(0, min(map.row, matrix.people.count - 1))
        map.column = max(0, min(map.column, matrix.skills.count - 1))
        let shown = MatrixView.visibleColumns(longest: content.longestName(map), width: width)
        if map.column < map.columnOffset { map.columnOffset = map.column }
        if map.column >= map.columnOffset + shown { map.columnOffset = map.column - shown + 1 }
        map.columnOffset = max(0, min(map.columnOffset, max(0, matrix.skills.count - shown)))
        return map
    }

    /// Keeps a list cursor on a selectable line.
    private static func clampRows(_ map: SkillsMapState, content: SkillsMapContent) -> SkillsMapState {
        var map = map
        let count = content.page(map).selectable.count
        map.row = max(0, min(map.row, count - 1))
        return map
    }
}
