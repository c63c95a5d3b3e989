import ArgumentParser
import Foundation
import GuildCore
import GuildStore
import TerminalGrid

/// `guild vote`: dot-votes on the next meeting's agenda proposals from any terminal, or lists them by votes.
struct VoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vote",
        abstract: "Vote on an agenda proposal of the next meeting (voting again takes it back), or list them by votes.",
        discussion: """
        Each person has 3 dots per meeting (the store's "dotsPerPerson" in guild.json changes it) and one per proposal: \
        voting again for the same proposal takes your dot back, and a vote beyond your dots is refused, naming where \
        they went. Every dot is a file of its own (dots/<proposal-id>/), so people voting at the same time from their \
        own terminals, or clones, never overwrite each other. Without --by the vote is yours: the person set with \
        `guild config me` (or whose e-mail is your git user.email); without an identity, voting fails and says how to \
        set one. Without a proposal, lists the meeting's proposals, most votes first, and your dots left.

        Examples:
          guild vote
          guild vote "flaky tests"
          guild vote "upgrade plan" --for "Weekly tech meeting"
        """
    )

    @Argument(help: "Words of the proposal's title (or its id); none: list the proposals by votes.")
    var proposal: String?

    @Option(name: .customLong("for"), help: "The series or session (words of its title, or its id); default: the next meeting.")
    var meeting: String?

    @Option(help: "Who votes (a handle); default: you (`guild config me`).")
    var by: String?

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let clock = try Clock.fromEnvironment()
        var loaded = try LoadedStore.open(storeOptions)
        let occurrence = try ProposalLookup.meeting(meeting, in: loaded.data, clock: clock)
        let name = ProposalLookup.name(occurrence, calendar: clock.calendar)
        guard let proposal else {
            return list(ProposalLookup.board(occurrence, loaded), name: name, me: try MachineIdentity.person(by, in: loaded), data: loaded.data)
        }
        let board = ProposalLookup.board(occurrence, loaded)
        let chosen = try ProposalLookup.proposal(proposal, on: board, meeting: name)
        let person = try MachineIdentity.requiredPerson(by, option: "--by", in: loaded)
        let title = "“\(SafeText.sanitize(chosen.title))”"
        let change: ProposalBoard.DotChange
        do {
            change = try board.vote(on: chosen, by: person.id, now: clock.now)
        } catch .alreadyAccepted {
            throw CLIFailure("\(title) is already on the agenda of \(name)")
        } catch .noDotsLeft(let limit, let usedOn) {
            throw CLIFailure("@\(person.handle) has used all \(limit) dots for \(name) ("
                + usedOn.map { "“\(SafeText.sanitize(String($0.title.prefix(40))))”" }.joined(separator: ", ")
                + "): take one back with guild vote \"TITLE\" first")
        }
        switch change {
        case .give(let dot):
            try loaded.save(dot, base: nil)
        case .takeBack(let dot):
            do {
                try loaded.store.delete(base: dot)
            } catch {
                throw LoadedStore.failure(error)
            }
            _ = loaded.data.remove(kind: ProposalDot.kind, id: dot.id)
        }
        let after = ProposalLookup.board(occurrence, loaded)
        let votes = after.entries.first { $0.id == chosen.id }?.votes ?? 0
        let left = after.dotsLeft(for: person.id)
        let what = if case .give = change { "@\(person.handle) voted for \(title)" } else { "@\(person.handle)'s vote for \(title) was taken back" }
        Terminal.print("\(what): \(votes) vote\(votes == 1 ? "" : "s"); \(left) of \(after.dotsPerPerson) dots left for \(name).")
    }

    /// The board as lines: most votes first, what is on the agenda marked, and the person's dots left.
    private func list(_ board: ProposalBoard, name: String, me: Person?, data: GuildData) {
        guard !board.entries.isEmpty else {
            Terminal.print("No proposals yet for \(name): add one with guild propose \"TEXT\"")
            return
        }
        Terminal.print("Proposals for \(name), most votes first (\(board.dotsPerPerson) dots each):")
        let width = String(board.entries.map(\.votes).max() ?? 0).count
        for entry in board.entries {
            let votes = String(repeating: " ", count: width - String(entry.votes).count) + String(entry.votes)
            let mine = me.map { board.hasDot($0.id, on: entry.id) } == true ? " ●" : "  "
            let by = entry.proposal.proposedBy.flatMap { data.people[$0] }.map { ", @" + $0.handle } ?? ""
            Terminal.print("  \(votes) vote\(entry.votes == 1 ? " " : "s")\(mine) \(SafeText.sanitize(entry.proposal.title)) "
                + "(\(entry.proposal.minutes) min\(by))" + (entry.accepted ? " — on the agenda" : ""))
        }
        if let me {
            Terminal.print("@\(me.handle) has \(board.dotsLeft(for: me.id)) of \(board.dotsPerPerson) dots left (● your votes).")
        }
    }
}
