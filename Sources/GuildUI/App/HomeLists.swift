import Foundation
import GuildCore
import TerminalGrid

/// The home screen's derived lists, computed when data, the clock or a filter changes (never per frame).
struct HomeLists: Sendable {
    /// Every upcoming occurrence, soonest first.
    private(set) var upcoming: [SessionOccurrence] = []
    private var sessionIndex = LazySearchIndex()
    /// Indices into `upcoming` that pass the filter.
    private(set) var sessions: [Int] = []
    /// How many of `sessions` start within the next 14 days (they come first; the rest go under "Later").
    private(set) var soonCount = 0
    private var soonLimit = 0

    /// Everyone by name against every skill by category.
    private(set) var matrix = SkillsMatrix(data: GuildData())
    private var peopleIndex = LazySearchIndex()
    /// Matrix rows that pass the filter.
    private(set) var people: [Int] = []
    /// Header labels of the skill columns, fitted to `MatrixColumns.skillWidth`.
    private(set) var skillLabels: [String] = []
    /// The display width of the longest name in the matrix.
    private(set) var longestName = 0

    /// Every open action item, overdue first (only `actionsOwner`'s while that is set).
    private(set) var allActions: [ActionItem] = []
    /// Whose action items the pane is narrowed to ("mine"); nil: everyone's.
    private(set) var actionsOwner: UUID?
    private var actionIndex = LazySearchIndex()
    /// Indices into `allActions` that pass the filter.
    private(set) var actions: [Int] = []

    /// The number of days counted as "soon" in the sessions pane.
    static let soonDays = 14

    /// Builds every list from `data` as of `now`, applying `filters`.
    init(data: GuildData, now: Date, calendar: Calendar, filters: [PaneID: String], actionsOwner: UUID? = nil) {
        self.actionsOwner = actionsOwner
        rebuildSessions(data: data, now: now, calendar: calendar, filter: filters[.sessions] ?? "")
        rebuildMatrix(data: data, filter: filters[.matrix] ?? "")
        rebuildActions(data: data, today: Day(now, in: calendar), filter: filters[.actions] ?? "")
    }

    /// Recomputes the upcoming occurrences (the clock moved or the data changed).
    mutating func rebuildSessions(data: GuildData, now: Date, calendar: Calendar, filter: String) {
        upcoming = UpcomingSessions.list(in: data, now: now, calendar: calendar)
        sessionIndex = LazySearchIndex { [upcoming, people = data.people] in
            upcoming.map { occurrence in
                let s = occurrence.session
                let names = ([s.facilitator, s.noteTaker] + s.presenters.map(Optional.some)).map { GuildData.name(of: $0, in: people) }
                return [s.title, s.format.name, s.format.badge, s.location] + names
            }
        }
        let today = Day(now, in: calendar)
        let limit = today.adding(days: HomeLists.soonDays).start(in: calendar)
        soonLimit = upcoming.firstIndex { $0.start >= limit } ?? upcoming.count
        applyFilter(filter, to: .sessions, narrowing: false)
    }

    /// Recomputes the matrix (the data changed).
    mutating func rebuildMatrix(data: GuildData, filter: String) {
        matrix = SkillsMatrix(data: data)
        peopleIndex = LazySearchIndex { [people = matrix.people] in people.map { [$0.name, $0.handle, $0.team, $0.role] } }
        skillLabels = matrix.skills.map { SkillLabel.make($0.name, width: MatrixColumns.skillWidth) }
        longestName = matrix.people.map { DisplayWidth.of(SafeText.sanitize($0.name)) }.max() ?? 0
        applyFilter(filter, to: .matrix, narrowing: false)
    }

    /// Recomputes the open action items (the data or the day changed).
    mutating func rebuildActions(data: GuildData, today: Day, filter: String) {
        allActions = OpenActions.list(in: data, today: today)
        if let actionsOwner { allActions.removeAll { $0.owner != actionsOwner } }
        actionIndex = LazySearchIndex { [allActions, people = data.people, sessions = data.sessions] in
            allActions.map { item in
                let origin = item.sessionID.flatMap { sessions[$0]?.title } ?? ""
                return [item.title, GuildData.name(of: item.owner, in: people), origin, item.tag ?? ""]
            }
        }
        applyFilter(filter, to: .actions, narrowing: false)
    }

    /// Narrows the actions pane to `owner`'s items (nil: everyone's) and rebuilds it.
    mutating func narrowActions(to owner: UUID?, data: GuildData, today: Day, filter: String) {
        actionsOwner = owner
        rebuildActions(data: data, today: today, filter: filter)
    }

    /// Whether some pane's search rows are not folded yet.
    var hasColdSearch: Bool { sessionIndex.isCold || peopleIndex.isCold || actionIndex.isCold }

    /// Folds every pane's search rows now (idle time after a frame), so no filter key pays for it.
    mutating func foldSearch() {
        sessionIndex.fold()
        peopleIndex.fold()
        actionIndex.fold()
    }

    /// Applies a filter to one pane; `narrowing` (the new text extends the old) searches only the rows already shown.
    mutating func applyFilter(_ text: String, to pane: PaneID, narrowing: Bool) {
        switch pane {
        case .sessions:
            sessions = sessionIndex.matching(text, among: narrowing ? sessions : nil, count: upcoming.count)
            soonCount = sessions.partitionPoint { $0 >= soonLimit }
        case .matrix:
            people = peopleIndex.matching(text, among: narrowing ? people : nil, count: matrix.people.count)
        case .actions:
            actions = actionIndex.matching(text, among: narrowing ? actions : nil, count: allActions.count)
        }
    }

    /// How many selectable items a pane shows.
    func count(_ pane: PaneID) -> Int {
        switch pane {
        case .sessions: sessions.count
        case .matrix: people.count
        case .actions: actions.count
        }
    }

    /// Whether the sessions pane shows a "Later" separator, and where.
    var separatorEntry: Int? {
        sessions.count > soonCount ? soonCount : nil
    }

    /// Entries (rows of the list, separator included) a pane shows.
    func entryCount(_ pane: PaneID) -> Int {
        count(pane) + (pane == .sessions && separatorEntry != nil ? 1 : 0)
    }

    /// The entry that shows item `item`.
    func entry(ofItem item: Int, in pane: PaneID) -> Int {
        guard pane == .sessions, let separator = separatorEntry, item >= separator else { return item }
        return item + 1
    }

    /// The item an entry shows; nil for the separator or past the end.
    func item(atEntry entry: Int, in pane: PaneID) -> Int? {
        var item = entry
        if pane == .sessions, let separator = separatorEntry {
            if entry == separator { return nil }
            if entry > separator { item -= 1 }
        }
        return item >= 0 && item < count(pane) ? item : nil
    }

    /// The occurrence shown at item `item` of the sessions pane.
    func occurrence(_ item: Int) -> SessionOccurrence? {
        sessions.indices.contains(item) ? upcoming[sessions[item]] : nil
    }

    /// The person shown at item `item` of the matrix (and their matrix row).
    func person(_ item: Int) -> (person: Person, row: Int)? {
        guard people.indices.contains(item) else { return nil }
        return (matrix.people[people[item]], people[item])
    }

    /// The action item shown at item `item`.
    func action(_ item: Int) -> ActionItem? {
        actions.indices.contains(item) ? allActions[actions[item]] : nil
    }
}

extension Array where Element == Int {
    /// The first index whose element satisfies `isAfter`, for a list where it holds from some point on.
    func partitionPoint(_ isAfter: (Int) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if isAfter(self[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
