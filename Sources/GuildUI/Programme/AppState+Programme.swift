import Foundation
import GuildCore
import TerminalGrid

extension AppState {
    /// Handles a key while a programme screen is open (every key); returns nil when none is, so the dashboard handles it.
    mutating func pressInProgramme(_ key: Key) -> [Effect]? {
        guard let screen = programmeScreen else { return nil }
        guard let id = keymap.command(for: key, in: screen.context) else { return [] }
        // Help, quit, the palette and the other shared keys are the dashboard's.
        if let command = ProgrammeCommand(rawValue: id) { return runInProgramme(command) }
        return Command(rawValue: id).map { run($0) } ?? []
    }

    /// Runs a programme command (from its key or the palette) on the open programme screen.
    mutating func runInProgramme(_ command: ProgrammeCommand) -> [Effect] {
        guard let screen = programmeScreen else { return [] }
        let page = max(1, size.height - 4)
        switch (command, screen) {
        case (.close, _):
            programmeScreen = nil
        case (.switchScreen, .communities):
            openProgramme(.health(healthScreen()))
        case (.switchScreen, .health):
            openProgramme(.communities(CommunitiesState(data: data, current: programme.scope)))
        case (.scopeToSelected, .communities(let state)):
            scopeDashboard(to: state.selectedID)
            programmeScreen = nil
        case (.acceptProposal, .proposals(let state)):
            return acceptProposal(state)
        case (.cycleScope, .health):
            scopeDashboard(to: programme.nextScope(in: data))
            openProgramme(.health(healthScreen()))
        case (_, .communities(var state)):
            state.apply(command, page: page)
            programmeScreen = .communities(state)
        case (_, .health(var state)):
            state.apply(command, page: page)
            programmeScreen = .health(state)
        case (_, .myWeek(var state)):
            state.apply(command, page: page)
            programmeScreen = .myWeek(state)
        case (_, .proposals(var state)):
            state.apply(command, page: page)
            programmeScreen = .proposals(state)
        }
        return []
    }

    /// Scopes the three panes to one community (nil: everything) and says so in the status line.
    public mutating func scopeDashboard(to community: UUID?) {
        programme.scope = community.flatMap { data.communities[$0] != nil ? $0 : nil }
        refreshProgramme()
        reduceHome(.scoped(programme.listed(data)))
        message = "Scope: " + ProgrammeScope(communityID: programme.scope).name(in: data)
    }

    /// Opens the communities screen (the dashboard's `C`).
    mutating func openCommunities() {
        guard overlay == nil else { return }
        openProgramme(.communities(CommunitiesState(data: data, current: programme.scope)))
    }

    /// What the health screen's metrics are computed from.
    private struct HealthKey: Hashable {
        var data: UInt64
        var scope: UUID?
        var now: Date
    }

    /// The health screen of the current scope, its metrics computed once per data, scope and clock (`ViewMemo`):
    /// opening it again, or coming back from the communities screen, computes nothing.
    func healthScreen() -> HealthState {
        let scope = programme.scope
        let health = viewMemo.value("health.metrics", for: HealthKey(data: dataStamp.number, scope: scope, now: now)) {
            ProgrammeHealth(data: data, now: now, calendar: calendar, scope: ProgrammeScope(communityID: scope))
        }
        return HealthState(health: health, scope: scope)
    }

    /// Opens the programme health screen (the dashboard's `H`).
    mutating func openHealth() {
        guard overlay == nil else { return }
        openProgramme(.health(healthScreen()))
    }

    /// Opens the user's week (the dashboard's `Y`); without an identity, says in the status line how to set one.
    mutating func openMyWeek() {
        guard overlay == nil else { return }
        switch identity {
        case .found(let me)? where data.people[me.personID] != nil:
            let ratings = skillsMapMemo.ratings(dataStamp: dataStamp.number) { CurrentRatings(data) }
            openProgramme(.myWeek(MyWeekState(person: me.personID, data: data, now: now, calendar: calendar, documentAfterDays: documentAfterDays,
                                              ratings: ratings)))
        case .unknown(let reason)?:
            notify("Your week: " + reason, isError: true)
        default:
            notify("Your week: who you are is not set on this machine; " + Identity.howToSet, isError: true)
        }
    }

    /// Opens the agenda proposals of the coming meetings (the dashboard's `P`), the cursor on the first proposal of the
    /// session selected in Upcoming sessions when it has any.
    mutating func openProposals() {
        guard overlay == nil else { return }
        var state = ProposalsState(data: data, now: now, calendar: calendar, dotsPerPerson: dotsPerPerson)
        if let occurrence = home.selectedOccurrence,
           let first = state.meetings.first(where: { $0.board.meeting == MeetingSlot(occurrence) })?.board.entries.first {
            state = ProposalsState(data: data, now: now, calendar: calendar, dotsPerPerson: dotsPerPerson, keeping: first.id)
        }
        openProgramme(.proposals(state))
    }

    /// Accepts the proposal under the cursor into its meeting's agenda: one change of the meeting's record (a series'
    /// meeting gets its held record now, as the meeting would make it), saved at once; `u` undoes it.
    mutating func acceptProposal(_ state: ProposalsState) -> [Effect] {
        guard let (meeting, entry) = state.selection else {
            notify("No proposal to accept: propose one with guild propose \"TEXT\"", isError: true)
            return []
        }
        let title = "“" + SafeText.sanitize(entry.proposal.title) + "”"
        guard !entry.accepted else {
            notify("\(title) is already on the agenda")
            return []
        }
        let existing = meeting.board.meeting.record(in: data)
        let record = existing ?? HeldSession.record(for: meeting.occurrence, in: data, now: now)
        guard record.status == .planned else {
            notify("\(title): the meeting is \(record.status.rawValue); add items in the meeting itself", isError: true)
            return []
        }
        guard let accepted = ProposalBoard.accepting(entry.proposal, into: record, now: now) else { return [] }
        return commit(RecordChange(before: existing.map(RecordValue.init), after: RecordValue(accepted),
                                   summary: "“\(SafeText.sanitize(record.title))” of \(DateText.full(record.start, calendar: calendar)) with \(title) "
                                       + "(\(entry.proposal.minutes) min) on its agenda"))
    }

    /// The actions pane's `o`: only the user's open action items, or everyone's again; without an identity, says in the
    /// status line how to set one and changes nothing.
    mutating func toggleMyActions() {
        if home.actionsOwner != nil {
            reduceHome(.narrowActions(to: nil, data))
            notify("Action items: everyone's")
            return
        }
        switch identity {
        case .found(let me)? where data.people[me.personID] != nil:
            reduceHome(.narrowActions(to: me.personID, data))
            notify("Action items: only yours (\(keyName(.actionMine)) shows everyone's)")
        case .unknown(let reason)?:
            notify("Only your action items: " + reason, isError: true)
        default:
            notify("Only your action items: who you are is not set on this machine; " + Identity.howToSet, isError: true)
        }
    }

    private mutating func openProgramme(_ screen: ProgrammeScreen) {
        programmeScreen = screen
    }
}
