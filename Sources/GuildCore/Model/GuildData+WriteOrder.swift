import Foundation

extension GuildData {
    /// The kinds written first when writing a whole store, so the records others refer to arrive before them.
    static let kindsWrittenFirst: [RecordKind] = [.person, .skill, .ratingSheet, .community]

    /// Every record in a stable order for writing a whole store: people, skills, ratings and communities first, so
    /// references resolve as they arrive, then every other kind in `RecordKind` order; each kind in id order.
    public var recordsInWriteOrder: [any Record] {
        let rest = RecordKind.allCases.filter { !Self.kindsWrittenFirst.contains($0) }
        return (Self.kindsWrittenFirst + rest).flatMap { $0.descriptor.recordsInIDOrder(in: self) }
    }
}
