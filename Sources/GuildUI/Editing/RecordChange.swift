import Foundation
import GuildCore

/// A change of one record: the version it started from (its base) and what it becomes (nil when absent), and whether it
/// is an edit, an undo or a redo. The store applies it field by field to the file as it is then, so fields others
/// changed since `before` are kept.
public struct RecordChange: Sendable, Equatable {
    /// Why the change was made.
    public enum Origin: Sendable, Equatable {
        case edit, undo, redo
    }

    /// The record before the change; nil when the change creates it.
    public var before: RecordValue?
    /// The record after the change; nil when the change deletes it.
    public var after: RecordValue?
    /// An edit, or the undo or redo of one.
    public var origin: Origin
    /// What the status line calls it ("Zoë Ångström · Kubernetes → 3 proficient"); nil names the record.
    public var summary: String?

    /// Creates a change.
    public init(before: RecordValue?, after: RecordValue?, origin: Origin = .edit, summary: String? = nil) {
        self.before = before
        self.after = after
        self.origin = origin
        self.summary = summary
    }

    /// The record the change is about (the new version, or the deleted one).
    public var subject: RecordValue? { after ?? before }

    /// What the runtime must do to make it durable.
    var effect: Effect? {
        before == nil && after == nil ? nil : .save(self)
    }

    /// The change that takes the record back: from what this change wrote to what it started from.
    var inverse: RecordChange {
        RecordChange(before: after, after: before, origin: origin, summary: summary)
    }

    /// Whether the change is about the record `value` names (same kind and id).
    func concerns(_ value: RecordValue) -> Bool {
        guard let subject else { return false }
        return subject.kind == value.kind && subject.id == value.id
    }
}
