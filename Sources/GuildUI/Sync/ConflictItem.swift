import Foundation
import GuildCore

/// One record file git left in conflict, as the conflicts screen shows it: the disputed fields, each with every
/// candidate value as text. Built by the runtime from the store's `ConflictedRecord`; the UI never reads files.
public struct ConflictItem: Sendable, Equatable, Identifiable {
    /// The file, relative to the store (also its identity).
    public var path: String
    /// The record kind and id its place says (nil when the path does not say).
    public var kind: RecordKind?
    public var recordID: UUID?
    /// Whole versions compete (one choice for the whole record) rather than single fields.
    public var choosesWholeVersion: Bool
    /// One of the versions deleted the record.
    public var isEditAgainstDelete: Bool
    /// The disputed fields, sorted by name.
    public var fields: [ConflictField]
    /// How many versions there are (for whole versions; otherwise the most options of any field).
    public var versionCount: Int

    public var id: String { path }

    public init(path: String, kind: RecordKind?, recordID: UUID?, choosesWholeVersion: Bool, isEditAgainstDelete: Bool,
                fields: [ConflictField], versionCount: Int) {
        self.path = path
        self.kind = kind
        self.recordID = recordID
        self.choosesWholeVersion = choosesWholeVersion
        self.isEditAgainstDelete = isEditAgainstDelete
        self.fields = fields
        self.versionCount = versionCount
    }

    /// Who wrote option `index`: the first section is this machine's, the others came in from the remote.
    public static func label(ofOption index: Int, count: Int) -> String {
        if index == 0 { return "this machine" }
        return count > 2 ? "other machine \(index)" : "other machine"
    }

    /// A name for the record: its title, name or handle from the loaded data (which holds the first version).
    public func title(in data: GuildData) -> String {
        guard let kind, let recordID else { return path }
        let name = data.record(kind: kind, id: recordID).flatMap { kind.descriptor.title(of: $0, in: data) }
        return name ?? kind.rawValue + " " + String(recordID.uuidString.lowercased().prefix(8))
    }
}

/// One disputed field and its candidate values as display text ("—" absent, "(deleted)" for a deleting version).
public struct ConflictField: Sendable, Equatable {
    public var name: String
    public var options: [String]

    public init(name: String, options: [String]) {
        self.name = name
        self.options = options
    }
}
