#if canImport(Glibc)
import Glibc
#endif
import Foundation
import GuildStore
import TerminalGrid

/// The files of an exported site, written as `Terminal.writeDocument` writes one (sanitised, replaced atomically: a
/// reader sees the old page or the new one, never half of one) but without an fsync per file: thousands of pages
/// each waiting for the disk took most of `guild export site` at organisation scale. `finish` makes them all durable
/// at once (one `syncfs` of the folder's file system) before the command says they were written.
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

    /// Flushes every written file and folder to the disk (the whole file system the site is on, in one call).
    func finish() throws {
        let fd = open(root.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw CLIFailure("cannot open \(root.path) to sync it") }
        defer { close(fd) }
        guard systemSyncFS(fd) == 0 else { throw CLIFailure("cannot sync \(root.path): \(String(cString: strerror(errno)))") }
    }
}

/// Linux's `syncfs(2)` (glibc declares it only with `_GNU_SOURCE`, which the Glibc module is not built with).
@_silgen_name("syncfs")
private func systemSyncFS(_ descriptor: Int32) -> Int32
