/// What the user chose for one conflicted record: a value per disputed field, or one whole version.
public struct ConflictChoice: Sendable, Equatable {
    /// The conflicted file, relative to the store.
    public var path: String
    /// The option chosen for each disputed field (fields not listed keep their first option).
    public var fieldChoices: [String: Int]
    /// For whole versions: the version kept (its record is written, or the file deleted when that version deleted it).
    public var version: Int?

    public init(path: String, fieldChoices: [String: Int], version: Int?) {
        self.path = path
        self.fieldChoices = fieldChoices
        self.version = version
    }
}
