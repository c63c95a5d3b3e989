import GuildCore

/// A record changed both here and on disk since this process loaded it: all three versions, for a merge or the user.
public struct StoreConflict: Sendable, CustomStringConvertible {
    /// The file, relative to the store.
    public var path: String
    /// What this process loaded; nil when it never loaded the file.
    public var base: (any Record)?
    /// What this process wanted to write; nil for a delete.
    public var mine: (any Record)?
    /// What is on disk now; nil when another process deleted it.
    public var theirs: (any Record)?

    public init(path: String, base: (any Record)?, mine: (any Record)?, theirs: (any Record)?) {
        self.path = path
        self.base = base
        self.mine = mine
        self.theirs = theirs
    }

    public var description: String {
        switch (mine, theirs) {
        case (nil, _): "\(path) was changed elsewhere since it was loaded; not deleted"
        case (_, nil): "\(path) was deleted elsewhere since it was loaded; not saved"
        default: "\(path) was changed elsewhere since it was loaded; not saved"
        }
    }
}
