import Foundation
import GuildCore
import GuildStore

/// Rules for the disposable demo store: its name and what may be replaced.
enum DemoStore {
    /// The manifest name that marks a store as a demo (and so safe to replace).
    static let name = "Sample team (demo)"

    /// Removes an earlier demo store at `url`; refuses any other non-empty folder.
    static func replace(at url: URL) throws {
        let fm = FileManager.default
        guard let entries = try? fm.contentsOfDirectory(atPath: url.path), !entries.isEmpty else { return }
        let manifest = url.appendingPathComponent("guild.json")
        // Read like any store file: a linked manifest is not followed (and the folder is not taken for a demo).
        guard case .contents(let bytes, _)? = try? SafeFileReader().read(path: manifest.path),
              let object = try? JSONSerialization.jsonObject(with: bytes) as? [String: Any],
              object["name"] as? String == name else {
            throw CLIFailure("\(url.path) is not empty and is not a demo store; choose another folder with --store")
        }
        do {
            try fm.removeItem(at: url)
        } catch {
            throw CLIFailure("could not replace the old demo store at \(url.path): \(error.localizedDescription)")
        }
    }
}
