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

    /// Lays out the store at `root`; a symbolic link to the store folder itself is resolved once, here.
    public init(root: URL) {
        var path = root.standardizedFileURL.resolvingSymlinksInPath().path
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
        return kind.folder + "/" + lowercaseID(groupID)
    }

    /// The file name for an id: lowercase UUID plus `.json`.
    public static func fileName(for id: UUID) -> String { lowercaseID(id) + ".json" }

    /// The canonical lowercase form of an id ("0b8e5a52-…-3c1f"), without Foundation's formatter and a second pass to lowercase it.
    static func lowercaseID(_ id: UUID) -> String {
        let hex: StaticString = "0123456789abcdef"
        return withUnsafeBytes(of: id.uuid) { raw in
            String(unsafeUninitializedCapacity: 36) { buffer in
                hex.withUTF8Buffer { digits in
                    var out = 0
                    for (index, byte) in raw.enumerated() {
                        if index == 4 || index == 6 || index == 8 || index == 10 {
                            buffer[out] = UInt8(ascii: "-")
                            out += 1
                        }
                        buffer[out] = digits[Int(byte >> 4)]
                        buffer[out + 1] = digits[Int(byte & 0x0F)]
                        out += 2
                    }
                    return out
                }
            }
        }
    }

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
    ///
    /// Hand-written because Foundation's parser (sscanf on Linux) dominated listing 100,000 note files.
    static func canonicalID(_ text: String) -> UUID? {
        var text = text
        return text.withUTF8 { bytes -> UUID? in
            guard bytes.count == 36 else { return nil }
            var raw = [UInt8](repeating: 0, count: 16)
            var out = 0
            var index = 0
            while index < 36 {
                if index == 8 || index == 13 || index == 18 || index == 23 {
                    guard bytes[index] == 0x2D else { return nil }
                    index += 1
                    continue
                }
                guard let high = nibble(bytes[index]), let low = nibble(bytes[index + 1]) else { return nil }
                raw[out] = high << 4 | low
                out += 1
                index += 2
            }
            return UUID(uuid: (raw[0], raw[1], raw[2], raw[3], raw[4], raw[5], raw[6], raw[7],
                               raw[8], raw[9], raw[10], raw[11], raw[12], raw[13], raw[14], raw[15]))
        }
    }

    /// The value of a lowercase hex digit.
    private static func nibble(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }
}
