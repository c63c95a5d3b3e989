import ArgumentParser
import Foundation
import GuildCore
import TerminalGrid

/// `guild propose`: proposes an item for the agenda of the next meeting (Lean Coffee), from any terminal.
struct ProposeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "propose",
        abstract: "Propose an item for the agenda of the next meeting; everyone then votes with `guild vote`.",
        discussion: """
        The proposal goes to the next meeting still to hold: of the series or session named with --for, else the \
        soonest planned meeting of a series (the weekly tech meeting), else the soonest planned session. Without --by \
        it is yours (`guild config me`); without an identity it is proposed by nobody in particular. The facilitator \
        sees the proposals ordered by votes on the dashboard (P) and accepts them into the agenda with one key, with \
        the minutes asked for as the item's timebox (default \(AgendaProposal.defaultMinutes)).

        Examples:
          guild propose "Flaky tests in CI: quarantine or fix?"
          guild propose "Postgres 17 upgrade plan" --for weekly --minutes 15
        """
    )

    @Argument(help: "What to talk about.")
    var text: String

    @Option(name: .customLong("for"), help: "The series or session (words of its title, or its id); default: the next meeting.")
    var meeting: String?

    @Option(help: "The timebox it asks for, 1–600 minutes (default \(AgendaProposal.defaultMinutes)).")
    var minutes: Int?

    @Option(help: "Who proposes it (a handle); default: you (`guild config me`).")
    var by: String?

    @OptionGroup var storeOptions: StoreOptions

    /// The kinds it reads: the meetings, their boards of proposals and dots, and who proposes.
    static let kinds: Set<RecordKind> = [.session, .agendaProposal, .proposalDot, .person]

    func run() throws {
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw CLIFailure("a proposal needs a text: guild propose \"What to talk about\"")
        }
        try OptionRange.check(minutes, AgendaProposal.minutesRange, option: "--minutes", unit: "minutes")
        let clock = try Clock.fromEnvironment()
        var loaded = try LoadedStore.open(storeOptions, kinds: Self.kinds)
        let occurrence = try ProposalLookup.meeting(meeting, in: loaded.data, clock: clock)
        let person = try MachineIdentity.person(by, in: loaded)
        let proposal = AgendaProposal(id: UUID(), title: text.trimmingCharacters(in: .whitespacesAndNewlines),
                                      minutes: minutes ?? AgendaProposal.defaultMinutes, sessionID: MeetingSlot(occurrence).sessionID,
                                      slot: MeetingSlot(occurrence).slot, proposedBy: person?.id, createdAt: clock.now)
        try Validate.record(proposal)
        try loaded.save(proposal, base: nil)
        let board = ProposalLookup.board(occurrence, loaded)
        Terminal.print("Proposed “\(SafeText.sanitize(proposal.title))” (\(proposal.minutes) min) for \(ProposalLookup.name(occurrence, calendar: clock.calendar))"
            + (person.map { " as @\($0.handle)" } ?? "") + "; \(board.entries.count) proposal\(board.entries.count == 1 ? "" : "s") so far. "
            + "Vote with: guild vote \"\(SafeText.sanitize(String(proposal.title.prefix(40))))\"")
    }
}
