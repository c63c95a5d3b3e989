import Foundation

extension GuildData {
    /// Every record in a stable order for writing a whole store: people and skills first, so references resolve
    /// as they arrive, then each kind in id order.
    public var recordsInWriteOrder: [any Record] {
        func sorted<R: Record>(_ values: Dictionary<UUID, R>.Values) -> [any Record] {
            values.sorted { $0.id.uuidString < $1.id.uuidString }
        }
        return sorted(people.values) + sorted(skills.values) + sorted(ratingSheets.values)
            + sorted(communities.values) + sorted(sessions.values) + sorted(notes.values)
            + sorted(actions.values) + sorted(learnings.values) + sorted(topics.values)
            + sorted(solutions.values) + sorted(pairingRounds.values)
            + sorted(meetings.values)
    }
}
