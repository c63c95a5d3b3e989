import Foundation
import GuildCore

/// One change the meeting asks the store to make — what it was (the base the meeting started from, nil when new)
/// and what it becomes — and what the screen does once the store has it. Nothing shows as done before `.saved`.
public struct MeetingSave: Sendable, Equatable {
    /// Why the meeting saves, which says what the screen does on `.saved` and on `.saveFailed`.
    public enum Purpose: Sendable, Equatable {
        /// The composer's line as a note (a parking-lot entry and an anonymous question too); the line closes when saved.
        case note
        /// The composer's line as an action item; the line closes when saved.
        case actionItem
        /// A decision on an earlier meeting's action item in the opening review.
        case review(ReviewOutcome)
        /// A parked note proposed as a topic for a future session.
        case topic
        /// What the meeting changed so far (attendance, order, extensions), kept when the screen closes (`q`, a signal).
        case progress
        /// The held record marked done, with the ratings; the wrap-up finishes when saved.
        case finish
        /// The series' next facilitator and note-taker.
        case rotation
        /// The meeting's progress record (`meetings/<session-id>.json`), saved as the meeting changes.
        case meetingProgress
        /// A record the meeting feeds: a learning in the learnings log, a pairing round's feedback.
        case teamRecord
        /// A note edited or deleted (`undo`: the latest such change taken back).
        case noteFix(MeetingNoteChange, undo: Bool)
    }

    /// The record before (the version the meeting started from) and after.
    public var change: RecordChange
    public var purpose: Purpose
    /// The notice shown once the store has it ("Decision saved"); nil shows none.
    public var confirmation: String?

    /// A save of `change` for `purpose`.
    public init(_ change: RecordChange, purpose: Purpose, confirmation: String? = nil) {
        self.change = change
        self.purpose = purpose
        self.confirmation = confirmation
    }

    /// A save of `record`, new or changed from `base`.
    init<R: Record>(_ record: R, base: R?, purpose: Purpose, confirmation: String? = nil) {
        self.init(RecordChange(before: base.map { RecordValue($0) }, after: RecordValue(record)), purpose: purpose, confirmation: confirmation)
    }

    /// The record as it should be stored.
    public var record: RecordValue? { change.after }
}
