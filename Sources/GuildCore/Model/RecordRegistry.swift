import Foundation
import Synchronization

/// The one list of record kinds every layer reads: the store's loading, the load cache, the merge driver, the editor,
/// the palette, `guild list` and the exports all derive from the descriptors registered here.
///
/// GuildCore's own kinds (`standard`) are registered from the start; another kind (a plug-in, or a test's) is added
/// with `register` before a store is opened. Registration is rare and reads are many, so reads take a lock only long
/// enough to copy out one value.
public enum RecordRegistry {
    /// GuildCore's kinds, in the order they are listed, loaded and written: one line per kind, declared in `Kinds/`.
    public static let standard: [RecordDescriptor] = [
        Person.descriptor, Skill.descriptor, RatingSheet.descriptor, Session.descriptor, NoteEntry.descriptor,
        ActionItem.descriptor, Learning.descriptor, Topic.descriptor, Community.descriptor, Solution.descriptor,
        PairingRound.descriptor, MeetingProgress.descriptor, MeetingVote.descriptor, AgendaProposal.descriptor, ProposalDot.descriptor,
        ContinueVote.descriptor,
    ]

    private struct Entries: Sendable {
        var descriptors: [RecordDescriptor]
        var ordinals: [RecordKind: Int]
        var kinds: [RecordKind]

        init(_ descriptors: [RecordDescriptor]) {
            self.descriptors = descriptors
            kinds = descriptors.map(\.kind)
            ordinals = Dictionary(uniqueKeysWithValues: kinds.enumerated().map { ($1, $0) })
        }
    }

    private static let entries = Mutex(Entries(standard))

    /// Every registered descriptor, in registration order.
    public static var all: [RecordDescriptor] { entries.withLock { $0.descriptors } }

    /// Every registered kind, in registration order.
    public static var kinds: [RecordKind] { entries.withLock { $0.kinds } }

    /// The position of `kind` in `all`; nil when it is not registered.
    public static func ordinal(of kind: RecordKind) -> Int? {
        entries.withLock { $0.ordinals[kind] }
    }

    /// The descriptor of `kind`; nil when it is not registered.
    public static func descriptor(of kind: RecordKind) -> RecordDescriptor? {
        entries.withLock { entries in entries.ordinals[kind].map { entries.descriptors[$0] } }
    }

    /// Adds a kind after the registered ones; replaces the descriptor of a kind already registered under that folder.
    public static func register(_ descriptor: RecordDescriptor) {
        entries.withLock { entries in
            var descriptors = entries.descriptors
            if let index = entries.ordinals[descriptor.kind] { descriptors[index] = descriptor } else { descriptors.append(descriptor) }
            entries = Entries(descriptors)
        }
    }

    /// Removes a kind registered with `register` (GuildCore's own kinds stay).
    public static func unregister(_ kind: RecordKind) {
        entries.withLock { entries in
            guard !standard.contains(where: { $0.kind == kind }) else { return }
            entries = Entries(entries.descriptors.filter { $0.kind != kind })
        }
    }

    /// Runs `body` with `descriptor` registered, then removes it again (for tests and tools that add a kind for a while).
    public static func withRegistered<T>(_ descriptor: RecordDescriptor, _ body: () throws -> T) rethrows -> T {
        register(descriptor)
        defer { unregister(descriptor.kind) }
        return try body()
    }
}
