import Foundation
import GuildCore
import XCTest

/// Agenda proposals and dot votes for one coming meeting (issue 20, Lean Coffee): ordering, the dot limit, taking a dot
/// back, the next meeting, and accepting into the agenda.
final class ProposalBoardTests: XCTestCase {
    private let zoe = Fixtures.uuid(1)
    private let ana = Fixtures.uuid(2)
    private let weekly = Fixtures.uuid(10)
    private let oneOff = Fixtures.uuid(11)
    private let calendar = Fixtures.calendar
    private let now = Fixtures.now

    /// A weekly series on Fridays 16:00 (starting Fri 20 Nov), a one-off talk on Wed 25 Nov, two people.
    private func team() -> GuildData {
        var data = GuildData()
        data.upsert(Person(id: zoe, name: "Zoë", handle: "zoe", updatedAt: now))
        data.upsert(Person(id: ana, name: "Ana", handle: "ana", updatedAt: now))
        data.upsert(Session(id: weekly, title: "Weekly tech meeting", format: .weeklyMeeting, start: Fixtures.date(2026, 11, 20, 16),
                            agenda: [AgendaItem(id: Fixtures.uuid(90), title: "Open action items", minutes: 5)],
                            recurrence: Recurrence(frequency: .weekly), updatedAt: now))
        data.upsert(Session(id: oneOff, title: "Design tokens talk", format: .techTalk, start: Fixtures.date(2026, 11, 25, 14), updatedAt: now))
        return data
    }

    private var nextFriday: MeetingSlot { MeetingSlot(sessionID: weekly, slot: Fixtures.date(2026, 11, 27, 16)) }

    private func propose(_ n: Int, _ title: String, in data: inout GuildData, minutes: Int = 10, at minute: Int = 0) -> AgendaProposal {
        let proposal = AgendaProposal(id: Fixtures.uuid(100 + n), title: title, minutes: minutes, sessionID: nextFriday.sessionID,
                                      slot: nextFriday.slot, proposedBy: zoe, createdAt: now.addingTimeInterval(TimeInterval(minute * 60)))
        data.upsert(proposal)
        return proposal
    }

    private func give(_ proposal: AgendaProposal, by person: UUID, in data: inout GuildData, dots: Int = 3, at minute: Int = 0) throws {
        let board = ProposalBoard(meeting: nextFriday, data: data, dotsPerPerson: dots)
        guard case .give(let dot) = try board.vote(on: proposal, by: person, now: now.addingTimeInterval(TimeInterval(minute * 60))) else {
            return XCTFail("expected a new dot")
        }
        data.upsert(dot)
    }

    func testTheNextMeetingIsTheSeriesNextRepeatAndForASessionItself() throws {
        let data = team()
        let next = try XCTUnwrap(ProposalBoard.nextMeeting(in: data, now: now, calendar: calendar))
        XCTAssertEqual(MeetingSlot(next), nextFriday, "the series wins over the sooner one-off")
        let talk = try XCTUnwrap(ProposalBoard.nextMeeting(of: data.sessions[oneOff]!, in: data, now: now, calendar: calendar))
        XCTAssertEqual(MeetingSlot(talk), MeetingSlot(sessionID: oneOff, slot: Fixtures.date(2026, 11, 25, 14)))
        XCTAssertNil(ProposalBoard.nextMeeting(of: data.sessions[oneOff]!, in: data, now: Fixtures.date(2026, 11, 26), calendar: calendar),
                     "a session that is over has no meeting to propose for")
        // Once next Friday is held (done), the next one is the Friday after.
        var held = data
        var record = HeldSession.record(for: next, in: held, now: now)
        record.status = .done
        held.upsert(record)
        XCTAssertEqual(ProposalBoard.nextMeeting(of: held.sessions[weekly]!, in: held, now: now, calendar: calendar).map { MeetingSlot($0) },
                       MeetingSlot(sessionID: weekly, slot: Fixtures.date(2026, 12, 4, 16)))
        XCTAssertEqual(MeetingSlot(record), nextFriday, "a held record names the same meeting as its series' repeat")
    }

    func testOrderedByVotesThenEarliestProposed() throws {
        var data = team()
        let a = propose(1, "A", in: &data, at: 0)
        let b = propose(2, "B", in: &data, at: 1)
        let c = propose(3, "C", in: &data, at: 2)
        XCTAssertEqual(ProposalBoard(meeting: nextFriday, data: data).entries.map(\.proposal.title), ["A", "B", "C"])
        try give(c, by: zoe, in: &data)
        try give(c, by: ana, in: &data)
        try give(b, by: ana, in: &data)
        let board = ProposalBoard(meeting: nextFriday, data: data)
        XCTAssertEqual(board.entries.map(\.proposal.title), ["C", "B", "A"])
        XCTAssertEqual(board.entries.map(\.votes), [2, 1, 0])
        XCTAssertEqual(board.dotsLeft(for: ana), 1)
        XCTAssertTrue(board.hasDot(ana, on: b.id))
        XCTAssertFalse(board.hasDot(zoe, on: a.id))
        // Another meeting's proposals are not on this board.
        data.upsert(AgendaProposal(id: Fixtures.uuid(200), title: "Elsewhere", sessionID: oneOff, slot: Fixtures.date(2026, 11, 25, 14), createdAt: now))
        XCTAssertEqual(ProposalBoard(meeting: nextFriday, data: data).entries.count, 3)
    }

    func testTheDotLimitRefusesAndVotingAgainTakesTheDotBack() throws {
        var data = team()
        let proposals = (1...4).map { propose($0, "P\($0)", in: &data, at: $0) }
        for proposal in proposals.prefix(3) { try give(proposal, by: zoe, in: &data) }
        let full = ProposalBoard(meeting: nextFriday, data: data)
        XCTAssertEqual(full.dotsLeft(for: zoe), 0)
        XCTAssertThrowsError(try full.vote(on: proposals[3], by: zoe, now: now)) { error in
            guard case ProposalBoard.Refusal.noDotsLeft(let limit, let usedOn) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(limit, 3)
            XCTAssertEqual(Set(usedOn.map(\.title)), ["P1", "P2", "P3"])
        }
        // The same proposal again: the dot comes back, never a second one.
        guard case .takeBack(let dot) = try full.vote(on: proposals[0], by: zoe, now: now) else { return XCTFail("expected take back") }
        XCTAssertEqual(dot.id, ProposalDot.id(proposal: proposals[0].id, voter: zoe))
        data.remove(kind: .proposalDot, id: dot.id)
        XCTAssertEqual(ProposalBoard(meeting: nextFriday, data: data).dotsLeft(for: zoe), 1)
        try give(proposals[3], by: zoe, in: &data)
        // A limit of 1 from the store.
        XCTAssertEqual(ProposalBoard(meeting: nextFriday, data: data, dotsPerPerson: 1).dotsLeft(for: zoe), 0)
    }

    func testOneDotFilePerVoterAndProposalWhateverTerminalWritesIt() {
        let p = Fixtures.uuid(101)
        XCTAssertEqual(ProposalDot(proposalID: p, voter: zoe, at: now).id, ProposalDot(proposalID: p, voter: zoe, at: now.addingTimeInterval(60)).id)
        XCTAssertNotEqual(ProposalDot(proposalID: p, voter: zoe, at: now).id, ProposalDot(proposalID: p, voter: ana, at: now).id)
        XCTAssertNotEqual(ProposalDot(proposalID: p, voter: zoe, at: now).id, ProposalDot(proposalID: Fixtures.uuid(102), voter: zoe, at: now).id)
        var forged = ProposalDot(proposalID: p, voter: zoe, at: now)
        forged.voter = ana
        XCTAssertThrowsError(try forged.validate(), "a dot whose id does not match its voter is refused")
    }

    func testMoreDotsThanAllowedFromTwoClonesCountOnlyTheEarliest() throws {
        var data = team()
        let proposals = (1...4).map { propose($0, "P\($0)", in: &data, at: $0) }
        // Written on two machines that each allowed them: four dots of one person reach the store.
        for (minute, proposal) in [3, 1, 2, 0].enumerated().map({ ($0.offset, proposals[$0.element]) }) {
            data.upsert(ProposalDot(proposalID: proposal.id, voter: zoe, at: now.addingTimeInterval(TimeInterval(minute * 60))))
        }
        let board = ProposalBoard(meeting: nextFriday, data: data)
        XCTAssertEqual(board.entries.reduce(0) { $0 + $1.votes }, 3)
        XCTAssertEqual(board.entries.first { $0.proposal.title == "P1" }?.votes, 0, "the latest dot (on P1) does not count")
        XCTAssertEqual(board.dotsLeft(for: zoe), 0)
    }

    func testAcceptingAddsTheItemWithItsMinutesToTheHeldRecordOnce() throws {
        var data = team()
        let flaky = propose(1, "Flaky tests", in: &data, minutes: 15)
        try give(flaky, by: ana, in: &data)
        let occurrence = UpcomingSessions.occurrence(of: data.sessions[weekly]!, slot: nextFriday.slot, index: 1, calendar: calendar)
        XCTAssertNil(nextFriday.record(in: data), "no held record yet")
        let record = HeldSession.record(for: occurrence, in: data, now: now)
        let accepted = try XCTUnwrap(ProposalBoard.accepting(flaky, into: record, now: now))
        XCTAssertEqual(accepted.agenda.map(\.title), ["Open action items", "Flaky tests"])
        XCTAssertEqual(accepted.agenda.last?.minutes, 15)
        XCTAssertEqual(accepted.agenda.last?.id, flaky.id)
        XCTAssertEqual(accepted.agenda.last?.owner, zoe, "the proposer leads it")
        XCTAssertEqual(accepted.seriesID, weekly)
        data.upsert(accepted)
        XCTAssertEqual(nextFriday.record(in: data)?.id, accepted.id)
        let board = ProposalBoard(meeting: nextFriday, data: data)
        XCTAssertEqual(board.entries.first?.accepted, true)
        XCTAssertTrue(board.open.isEmpty)
        XCTAssertNil(ProposalBoard.accepting(flaky, into: accepted, now: now), "accepting twice adds nothing")
        XCTAssertEqual(data.sessions[weekly]?.agenda.count, 1, "the series keeps its own agenda")
        XCTAssertThrowsError(try board.vote(on: flaky, by: zoe, now: now), "no new dots on what is on the agenda")
    }

    func testAProposalNeedsATextAndATimeboxInRange() {
        XCTAssertThrowsError(try AgendaProposal(id: Fixtures.uuid(1), title: "  ", sessionID: weekly, slot: now, createdAt: now).validate())
        XCTAssertThrowsError(try AgendaProposal(id: Fixtures.uuid(1), title: "x", minutes: 0, sessionID: weekly, slot: now, createdAt: now).validate())
        XCTAssertThrowsError(try AgendaProposal(id: Fixtures.uuid(1), title: "x", minutes: 601, sessionID: weekly, slot: now, createdAt: now).validate())
        XCTAssertNoThrow(try AgendaProposal(id: Fixtures.uuid(1), title: "x", minutes: 600, sessionID: weekly, slot: now, createdAt: now).validate())
    }
}
