import Foundation
import GuildStore
import TerminalGrid

/// The files of an exported site, written as `Terminal.writeDocument` writes one (sanitised, replaced atomically: a
/// reader sees the old page or the new one, never half of one) but without an fsync per file: thousands of pages
/// each waiting for the disk took most of `guild export site` at organisation scale. The site is derived from the
/// store and written again by the next export, so its pages are left to the system's own writeback (a single
/// `syncfs` at the end was tried: on a machine busy writing other files it waited for all of theirs too).
struct SiteFiles {
    let root: URL
    private var folders: Set<String> = []
    /// Files written so far.
    private(set) var count = 0

    init(root: URL) {
        self.root = root
    }

    /// Writes `text` to `path` (relative to the root), creating its folder the first time.
    mutating func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        let folder = url.deletingLastPathComponent().path
        do {
            if !folders.contains(folder) {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                folders.insert(folder)
            }
            _ = try StagedFile.stage(Data(SafeText.sanitizeDocument(text).utf8), folder: folder, name: url.lastPathComponent,
                                     durable: false).commit()
        } catch let error as SystemError {
            throw CLIFailure("cannot write \(url.path): \(error)")
        } catch {
            throw CLIFailure("cannot write \(url.path): \((error as NSError).localizedDescription)")
        }
        count += 1
    }
}
