/// The conflicts screen: which record and field the cursor is on, the value chosen for each field, and the record
/// being written.
public struct ConflictsScreenState: Sendable, Equatable {
    /// The conflicted record shown (an index into `SyncState.conflicts`).
    public internal(set) var selected = 0
    /// The disputed field under the cursor.
    public internal(set) var field = 0
    /// The option chosen per record path and field; for whole versions the key is `wholeVersionKey`.
    public internal(set) var choices: [String: [String: Int]] = [:]
    /// The record whose resolution was sent to the store and not yet answered.
    public internal(set) var resolving: String?

    /// The key under which a whole-version choice is kept.
    static let wholeVersionKey = "*"

    public init() {}

    /// The option chosen for `field` of `item` (the first when none was chosen).
    public func choice(_ item: ConflictItem, field: String) -> Int {
        choices[item.path]?[item.choosesWholeVersion ? Self.wholeVersionKey : field] ?? 0
    }
}
