#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The store's machine-local `.guild/` folder (lock files, load cache, sync status), kept a real folder inside the
/// store. Git ignores `.guild/`, so a symbolic link (or a stray file) in its place, or in the place of one of its
/// folders, can only have come from a commit to the shared repository: it is removed — never followed — and a real
/// folder made, so nothing Guild keeps there is ever read from or written to outside the store.
public enum PrivateFolder {
    /// Makes sure `.guild/` and, when given, `.guild/<subfolder>` are real folders; returns the absolute path of the
    /// innermost one.
    @discardableResult
    public static func prepare(_ layout: StoreLayout, subfolder: String? = nil) throws(SystemError) -> String {
        var relative = StoreLayout.privateFolderName
        try makeReal(relative, layout)
        if let subfolder {
            relative += "/" + subfolder
            try makeReal(relative, layout)
        }
        return layout.absolute(relative)
    }

    /// Durably writes `bytes` as `.guild/<name>` (a link in its place is replaced, not followed).
    public static func write(_ bytes: Data, name: String, in layout: StoreLayout) throws(SystemError) {
        let folder = try prepare(layout)
        try DurableFile.write(bytes, folder: folder, name: name)
    }

    /// Turns the store-relative `relative` into a real folder: removes a link or a non-folder in its place, creates it.
    private static func makeReal(_ relative: String, _ layout: StoreLayout) throws(SystemError) {
        let path = layout.absolute(relative)
        if let status = try FileStatus.of(path: path) {
            if status.isFolder { return }
            // A link, a regular file, a FIFO: none is ours; unlink removes the entry itself, never its target.
            guard unlink(path) == 0 || errno == ENOENT else { throw SystemError.current("remove", path: path) }
        }
        try DurableFile.makeFolder(path)
    }
}
