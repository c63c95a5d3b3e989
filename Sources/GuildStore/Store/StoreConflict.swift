import GuildCore

/// A save or delete the store refused because the file changed since the writer's base in a way that collides with
/// the writer's change: every version, the colliding fields, and the two ways to go on.
///
/// Nothing was written. To keep this writer's values, save `keepingMine` with `base: theirs`; to take the disk's
/// values for the colliding fields (and still write this writer's other changes), save `keepingTheirs` with
/// `base: theirs`. Either save is itself checked again, so a third writer is never overwritten either.
public struct StoreConflict: Sendable, CustomStringConvertible {
    /// The file, relative to the store.
    public var path: String
    /// The version the writer started from; nil when it created the record.
    public var base: (any Record)?
    /// What the writer wanted to write; nil for a delete.
    public var mine: (any Record)?
    /// What is on disk now; nil when another writer deleted it.
    public var theirs: (any Record)?
    /// The top-level fields changed both by this writer and on disk, to different values, sorted by name. For a
    /// refused delete: the fields changed on disk since the base (`mine` is the base's value).
    public var fields: [FieldConflict]
    /// This writer's change merged into the disk version, keeping this writer's value in every colliding field
    /// (nil for a delete).
    public var keepingMine: (any Record)?
    /// This writer's change merged into the disk version, taking the disk's value in every colliding field
    /// (nil for a delete or when the file was deleted).
    public var keepingTheirs: (any Record)?

    public init(path: String, base: (any Record)?, mine: (any Record)?, theirs: (any Record)?, fields: [FieldConflict] = [],
                keepingMine: (any Record)? = nil, keepingTheirs: (any Record)? = nil) {
        self.path = path
        self.base = base
        self.mine = mine
        self.theirs = theirs
        self.fields = fields
        self.keepingMine = keepingMine
        self.keepingTheirs = keepingTheirs
    }

    /// The colliding fields' names, comma-separated.
    public var fieldNames: String { fields.map(\.name).joined(separator: ", ") }

    public var description: String {
        let named = fields.isEmpty ? "" : " (" + fields.map(\.name).joined(separator: ", ") + ")"
        switch (base == nil, mine == nil, theirs == nil) {
        case (_, true, _): return "\(path) was changed elsewhere since it was loaded\(named); not deleted"
        case (_, false, true): return "\(path) was deleted elsewhere since it was loaded; not saved"
        case (true, false, false): return "\(path) already exists with other values\(named); not saved"
        case (false, false, false): return "\(path) was changed elsewhere since it was loaded, in the same fields\(named); not saved"
        }
    }
}
