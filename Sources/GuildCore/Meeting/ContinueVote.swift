import Foundation

/// One person's answer to Lean Coffee's "continue?" when an agenda item's timebox ends, given from their own terminal
/// (`guild vote --continue up|down`): a file of its own in `continues/`, named by an id made from
/// the meeting, the item, the timebox and the voter, so answering again changes the same file and two people answering
/// at once never write the same one. Once the facilitator gives the item more time, its timebox changes and the room
/// answers afresh.
public struct ContinueVote: Record, Hashable {
    public static let kind = RecordKind.continueVote

    public var id: UUID
    /// The held meeting.
    public var sessionID: UUID
    /// The agenda item being talked about.
    public var itemID: UUID
    /// The item's timebox, extensions included, in seconds, when the vote was given.
    public var timeboxSeconds: Int
    /// Who answered.
    public var voter: UUID
    /// True: thumbs up, keep talking; false: thumbs down, next item.
    public var keepGoing: Bool
    public var updatedAt: Date

    /// `voter`'s answer for the item's timebox, with the id every terminal makes for it.
    public init(sessionID: UUID, itemID: UUID, timeboxSeconds: Int, voter: UUID, keepGoing: Bool, at time: Date) {
        id = ContinueVote.id(sessionID: sessionID, itemID: itemID, timeboxSeconds: timeboxSeconds, voter: voter)
        self.sessionID = sessionID
        self.itemID = itemID
        self.timeboxSeconds = timeboxSeconds
        self.voter = voter
        self.keepGoing = keepGoing
        updatedAt = time
    }

    public func validate() throws(ValidationError) {
        guard id == ContinueVote.id(sessionID: sessionID, itemID: itemID, timeboxSeconds: timeboxSeconds, voter: voter) else {
            throw ValidationError(field: "id", "a continue vote's id is made from its meeting, item, timebox and voter")
        }
    }

    /// The id of `voter`'s answer for one timebox of one item: the same on every machine.
    public static func id(sessionID: UUID, itemID: UUID, timeboxSeconds: Int, voter: UUID) -> UUID {
        DerivedID.make([sessionID, itemID, voter], number: UInt64(truncatingIfNeeded: timeboxSeconds))
    }

    /// The room's answer so far: thumbs up and thumbs down.
    public struct Tally: Sendable, Equatable {
        public var up: Int
        public var down: Int

        public init(up: Int = 0, down: Int = 0) {
            self.up = up
            self.down = down
        }
    }
}

extension GuildData {
    /// The answers to "continue?" for the timebox of `itemID` in `sessionID` of `timeboxSeconds`.
    public func continueTally(sessionID: UUID, itemID: UUID, timeboxSeconds: Int) -> ContinueVote.Tally {
        var tally = ContinueVote.Tally()
        for case let vote as ContinueVote in otherKinds[.continueVote].values
        where vote.sessionID == sessionID && vote.itemID == itemID && vote.timeboxSeconds == timeboxSeconds {
            if vote.keepGoing { tally.up += 1 } else { tally.down += 1 }
        }
        return tally
    }
}
