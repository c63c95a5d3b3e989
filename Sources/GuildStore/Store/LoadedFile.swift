import Foundation
import GuildCore

/// What the store remembers about one record file it read or wrote.
struct LoadedFile: Sendable {
    var kind: RecordKind
    /// The group folder the file sits in (nil at the kind folder's top level).
    var groupID: UUID?
    /// The id its name stands for.
    var id: UUID
    var fingerprint: FileFingerprint
    /// The record, when the file was usable.
    var record: (any Record)?
    /// Why the file was not usable (rare: kept out of line, so the store's table of every file stays small).
    var problem: StoreProblem? {
        get { boxedProblem?.value }
        set { boxedProblem = newValue.map(ProblemBox.init) }
    }
    private var boxedProblem: ProblemBox?

    init(kind: RecordKind, groupID: UUID?, id: UUID, fingerprint: FileFingerprint, record: (any Record)?, problem: StoreProblem?) {
        self.kind = kind
        self.groupID = groupID
        self.id = id
        self.fingerprint = fingerprint
        self.record = record
        boxedProblem = problem.map(ProblemBox.init)
    }

    /// A problem on the heap; immutable, so sharing it between copies is safe.
    private final class ProblemBox: Sendable {
        let value: StoreProblem
        init(_ value: StoreProblem) { self.value = value }
    }
}
