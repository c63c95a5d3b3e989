import Foundation
import GuildCore

/// The store's `guild.json`: which schema wrote it, its name, and when it was created.
public struct StoreManifest: Codable, Sendable, Equatable {
    /// The schema version of the newest Guild that wrote to this store.
    public var schema: Int
    /// A human name for the store ("Platform team").
    public var name: String
    public var createdAt: Date
    /// Days after a held session ends before it is listed as not yet documented (no key takeaways, no recording);
    /// nil: `SessionDocumentation.defaultDays`. A team setting, shared through git with the store.
    public var documentAfterDays: Int?
    /// Dots each person has to vote on the agenda proposals of one meeting; nil: `ProposalBoard.defaultDots` (3). A
    /// team setting, shared through git with the store.
    public var dotsPerPerson: Int?

    public init(schema: Int = Schema.current, name: String, createdAt: Date) {
        self.schema = schema
        self.name = name
        self.createdAt = createdAt
    }
}
