#if canImport(Glibc)
import Glibc
#endif

/// Linux inotify on the store's folders, so change checks cost one non-blocking `read` instead of an `lstat` per folder.
final class FolderWatch {
    /// What the events since the last drain say changed.
    struct Changes {
        /// Record files (relative paths) created, replaced, edited or removed.
        var paths: Set<String> = []
        /// Folders to list again (a sub-folder appeared or vanished, the folder itself moved; "" is the store root).
        var folders: Set<String> = []
        /// The kernel dropped events: everything must be checked.
        var overflowed = false

        var isEmpty: Bool { paths.isEmpty && folders.isEmpty && !overflowed }
    }

    private let fd: Int32
    private var folderByWatch: [Int32: String] = [:]
    private var watchByFolder: [String: Int32] = [:]

    /// Starts watching nothing yet; nil where inotify is unavailable.
    init?() {
        #if os(Linux)
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { return nil }
        self.fd = fd
        #else
        return nil
        #endif
    }

    deinit { close(fd) }

    /// Watches `relative` (at `absolute`); false when the kernel refuses (out of watches), so the caller polls instead.
    func add(_ relative: String, absolute: String) -> Bool {
        #if os(Linux)
        if watchByFolder[relative] != nil { return true }
        let mask = UInt32(IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_CLOSE_WRITE | IN_MODIFY
            | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR | IN_DONT_FOLLOW | IN_EXCL_UNLINK)
        let watch = inotify_add_watch(fd, absolute, mask)
        guard watch >= 0 else { return errno == ENOENT || errno == ENOTDIR }
        if let old = folderByWatch[watch], old != relative { watchByFolder[old] = nil }
        folderByWatch[watch] = relative
        watchByFolder[relative] = watch
        return true
        #else
        return false
        #endif
    }

    /// Stops watching `relative`.
    func remove(_ relative: String) {
        #if os(Linux)
        guard let watch = watchByFolder.removeValue(forKey: relative) else { return }
        folderByWatch[watch] = nil
        inotify_rm_watch(fd, watch)
        #endif
    }

    /// Reads every pending event without blocking.
    func drain() -> Changes {
        var changes = Changes()
        #if os(Linux)
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            buffer.withUnsafeBytes { raw in
                var offset = 0
                let header = MemoryLayout<inotify_event>.size
                while offset + header <= count {
                    let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    let nameBytes = UnsafeRawBufferPointer(rebasing: raw[(offset + header)..<(offset + header + Int(event.len))])
                    let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
                    offset += header + Int(event.len)
                    record(event.wd, event.mask, name, into: &changes)
                }
            }
        }
        #endif
        return changes
    }

    #if os(Linux)
    private func record(_ watch: Int32, _ mask: UInt32, _ name: String, into changes: inout Changes) {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
            changes.overflowed = true
            return
        }
        guard let folder = folderByWatch[watch] else { return }
        if mask & UInt32(IN_IGNORED) != 0 {
            folderByWatch[watch] = nil
            watchByFolder[folder] = nil
            changes.folders.insert(folder)
            return
        }
        if mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF) != 0 {
            changes.folders.insert(folder)
            return
        }
        // Hidden names are temporary files, `.guild/`, `.git/`: never records.
        if name.isEmpty || name.hasPrefix(".") { return }
        if mask & UInt32(IN_ISDIR) != 0 || folder.isEmpty {
            changes.folders.insert(folder)
            return
        }
        changes.paths.insert(folder + "/" + name)
    }
    #endif
}
