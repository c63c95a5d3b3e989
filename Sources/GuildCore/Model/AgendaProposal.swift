import Foundation

/// An item someone proposes for the agenda of one coming meeting (issue 20, Lean Coffee: everyone proposes, everyone
/// dot-votes, the most wanted goes first). It names the meeting by its session (a series or a one-off) and the start
/// the session gives that meeting, so it still finds it once the meeting has a held record of its own.
///
/// Votes are not kept here: each dot is a file of its own (`ProposalDot`), so two terminals voting at once never
/// write the same file. Accepting it adds an agenda item with the proposal's id to the meeting's record, so "accepted"
/// is read from that agenda and undoing the agenda change takes the acceptance back.
public struct AgendaProposal: Record, Hashable {
    public static let kind = RecordKind.agendaProposal

    public var id: UUID
    /// What to talk about.
    public var title: String
    /// The timebox it asks for, in minutes (an agenda item's 1–600).
    public var minutes: Int
    /// The session it is for: a series (then `slot` names its meeting) or a one-off session.
    public var sessionID: UUID
    /// The start the session gives the meeting (a series' occurrence slot; a one-off's start).
    public var slot: Date
    /// Who proposed it; nil when it was proposed without an identity.
    public var proposedBy: UUID?
    public var createdAt: Date
    public var updatedAt: Date

    /// The timebox a proposal gets when none is asked for.
    public static let defaultMinutes = 10

    public init(id: UUID, title: String, minutes: Int = AgendaProposal.defaultMinutes, sessionID: UUID, slot: Date,
                proposedBy: UUID? = nil, createdAt: Date, updatedAt: Date? = nil) {
        self.id = id
        self.title = title
        self.minutes = minutes
        self.sessionID = sessionID
        self.slot = slot
        self.proposedBy = proposedBy
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
    }

    /// The meeting it is for.
    public var meeting: MeetingSlot { MeetingSlot(sessionID: sessionID, slot: slot) }

    public mutating func visitText(_ visit: (inout String, _ field: String, _ limit: Int) -> Void) {
        visit(&title, "title", TextLimit.title)
    }

    public func validate() throws(ValidationError) {
        try Check.notBlank(title, field: "title")
        try TextLimit.check(self)
        guard AgendaProposal.minutesRange.contains(minutes) else {
            throw ValidationError(field: "minutes", "a proposal's timebox is 1–600 minutes, not \(minutes)")
        }
    }

    /// The timeboxes a proposal may ask for (an agenda item's).
    public static let minutesRange = 1...600
}
