import Foundation
import GuildCore

/// The names inside a store folder: manifest, one folder per kind, `<uuid>.json` files, the private `.guild/` folder.
public struct StoreLayout: Sendable {
    /// The store manifest's file name.
    public static let manifestName = "guild.json"
    /// The machine-local folder, ignored by git.
    public static let privateFolderName = ".guild"
    /// The lock file inside the private folder.
    public static let lockName = "lock"
    /// The ignore file the store writes at creation.
    public static let gitignoreName = ".gitignore"
    /// What `.gitignore` holds.
    public static let gitignoreContents = "# Written by Guild: machine-local lock and cache.\n.guild/\n"

    /// The store folder, as an absolute path without a trailing slash.
    public let rootPath: String

    public init(root: URL) {
        var path = root.standardizedFileURL.path
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        rootPath = path
    }

    /// The absolute path of a path relative to the store.
    public func absolute(_ relative: String) -> String { rootPath + "/" + relative }

    /// `guild.json`'s absolute path.
    public var manifestPath: String { absolute(Self.manifestName) }
    /// `.guild/`'s absolute path.
    public var privateFolder: String { absolute(Self.privateFolderName) }
    /// `.guild/lock`'s absolute path.
    public var lockPath: String { privateFolder + "/" + Self.lockName }

    /// The folder (relative) a record lives in: `<kind>` or `<kind>/<group>`.
    public static func folder(kind: RecordKind, groupID: UUID?) -> String {
        guard let groupID else { return kind.folder }
        return kind.folder + "/" + groupID.uuidString.lowercased()
    }

    /// The file name for an id: lowercase UUID plus `.json`.
    public static func fileName(for id: UUID) -> String { id.uuidString.lowercased() + ".json" }

    /// The relative path of a record's file.
    public static func relativePath(kind: RecordKind, groupID: UUID?, id: UUID) -> String {
        folder(kind: kind, groupID: groupID) + "/" + fileName(for: id)
    }

    /// The id a file name stands for, only when the name is exactly a lowercase UUID plus `.json`.
    public static func recordID(fromFileName name: String) -> UUID? {
        guard name.hasSuffix(".json") else { return nil }
        return canonicalID(String(name.dropLast(5)))
    }

    /// The group id a sub-folder name stands for, only when it is exactly a lowercase UUID.
    public static func groupID(fromFolderName name: String) -> UUID? { canonicalID(name) }

    /// Parses `text` as a UUID only if it is already in canonical lowercase form (so "..", "/" and odd spellings never pass).
    private static func canonicalID(_ text: String) -> UUID? {
        guard text.utf8.count == 36, let id = UUID(uuidString: text), id.uuidString.lowercased() == text else { return nil }
        return id
    }
}
