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
        they went. Every dot is a file of its own (dots/<id>.json, the id made from proposal and voter), so people voting at the same time from their \
        own terminals, or clones, never overwrite each other. Without --by the vote is yours: the person set with \
        `guild config me` (or whose e-mail is your git user.email); without an identity, voting fails and says how to \
        set one. Without a proposal, lists the meeting's proposals, most votes first, and your dots left.

        In the live meeting, --continue up|down answers Lean Coffee's "continue?" when the item's timebox ends: the \
        shared screen counts thumbs up and down from everyone's terminals, and the facilitator gives more time (e, E) \
        or moves on (→). Answering again changes your answer.

        Examples:
          guild vote
          guild vote "flaky tests"
          guild vote "upgrade plan" --for "Weekly tech meeting"
          guild vote --continue up
        """
    )

    @Argument(help: "Words of the proposal's title (or its id); none: list the proposals by votes.")
    var proposal: String?

    @Option(name: .customLong("for"), help: "The series or session (words of its title, or its id); default: the next meeting.")
    var meeting: String?

    @Option(help: "Who votes (a handle); default: you (`guild config me`).")
    var by: String?

    @Option(name: .customLong("continue"), help: "In the live meeting, when the item's timebox ends: up (keep talking) or down (next item).")
    var continueAnswer: String?

    @Option(help: "With --continue: the live meeting (default: the one that is live).")
    var session: String?

    @OptionGroup var storeOptions: StoreOptions

    /// The kinds a dot vote reads: the meetings, their boards of proposals and dots, and who votes.
    static let kinds: Set<RecordKind> = [.session, .agendaProposal, .proposalDot, .person]
    /// The kinds `--continue` reads: the live sessions, their progress, the answers given so far and who answers.
    static let continueKinds: Set<RecordKind> = [.session, .meeting, .continueVote, .person]

    func run() throws {
        let clock = try Clock.fromEnvironment()
        if let continueAnswer {
            guard proposal == nil, meeting == nil else {
                throw CLIFailure("--continue answers the live meeting's \"continue?\": give it without a proposal or --for")
            }
            return try answerContinue(continueAnswer, clock: clock)
        }
        guard session == nil else { throw CLIFailure("--session goes with --continue; name the meeting of a proposal with --for") }
        var loaded = try LoadedStore.open(storeOptions, kinds: Self.kinds)
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

    /// Lean Coffee's "continue?" when the live meeting's item runs out of time: the person's thumbs up or down, a file
    /// of their own for this timebox of this item (answering again changes it); the shared screen counts them.
    private func answerContinue(_ answer: String, clock: Clock) throws {
        let keepGoing: Bool
        switch answer.trimmingCharacters(in: .whitespaces).lowercased() {
        case "up", "yes", "y", "+", "👍": keepGoing = true
        case "down", "no", "n", "-", "👎": keepGoing = false
        default: throw CLIFailure("--continue takes up (keep talking) or down (next item), not \"\(SafeText.sanitize(String(answer.prefix(60))))\"")
        }
        var loaded = try LoadedStore.open(storeOptions, kinds: Self.continueKinds, reportProblems: false)
        let live = try MeetingLookup.live(session, in: loaded.data, calendar: clock.calendar)
        guard let progress = loaded.data.meetings[live.id], progress.step == .agenda,
              let itemID = progress.currentItemID, let item = progress.items.first(where: { $0.id == itemID }) else {
            throw CLIFailure("\"\(SafeText.sanitize(live.title))\" is not on an agenda item now: \"continue?\" is asked when an item's timebox ends")
        }
        let person = try MachineIdentity.requiredPerson(by, option: "--by", in: loaded)
        let vote = ContinueVote(sessionID: live.id, itemID: item.id, timeboxSeconds: Int(item.plannedSeconds), voter: person.id,
                                keepGoing: keepGoing, at: clock.now)
        let base = loaded.data.otherKinds[.continueVote][vote.id] as? ContinueVote
        if base?.keepGoing != keepGoing { try loaded.save(vote, base: base) }
        let tally = loaded.data.continueTally(sessionID: live.id, itemID: item.id, timeboxSeconds: vote.timeboxSeconds)
        Terminal.print("@\(person.handle): \(keepGoing ? "👍 continue" : "👎 next item") on “\(SafeText.sanitize(item.title))”"
            + " (the room so far: 👍 \(tally.up) 👎 \(tally.down))")
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
