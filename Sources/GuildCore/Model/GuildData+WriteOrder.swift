import Foundation

extension GuildData {
    /// Every record in a stable order for writing a whole store: the kinds others refer to first (people, skills,
    /// ratings and communities: `RecordDescriptor.writtenFirst`), so references resolve as they arrive, then every
    /// other kind in `RecordKind` order; each kind in id order.
    public var recordsInWriteOrder: [any Record] {
        let descriptors = RecordRegistry.all
        return (descriptors.filter(\.writtenFirst) + descriptors.filter { !$0.writtenFirst }).flatMap { $0.recordsInIDOrder(in: self) }
    }
}
