#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The names in one folder with their types as `readdir` reports them, without following links.
struct FolderListing {
    /// What one entry is, as far as `d_type` tells (unknown types are resolved with `lstat`).
    enum EntryType { case file, folder, symbolicLink, other }

    /// One name in the folder.
    struct Entry {
        var name: String
        var type: EntryType
    }

    /// Lists `path`, skipping "." and ".."; nil when the folder does not exist. A symbolic link in the folder's
    /// place is refused, never followed (`O_NOFOLLOW`).
    static func entries(of path: String) throws(SystemError) -> [Entry]? {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ENOENT { return nil }
            if errno == ELOOP || errno == ENOTDIR, (try? FileStatus.of(path: path))??.isSymbolicLink == true {
                throw SystemError("list folder", path: path, code: ELOOP, explanation: "a symbolic link; links are not followed")
            }
            if errno == ENOTDIR { return nil }
            throw SystemError.current("list folder", path: path)
        }
        guard let dir = fdopendir(fd) else {
            let error = SystemError.current("list folder", path: path)
            close(fd)
            throw error
        }
        defer { closedir(dir) }
        var result: [Entry] = []
        while let item = readdir(dir) {
            let name = withUnsafeBytes(of: item.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            var type: EntryType
            switch Int32(item.pointee.d_type) {
            case Int32(DT_REG): type = .file
            case Int32(DT_DIR): type = .folder
            case Int32(DT_LNK): type = .symbolicLink
            case Int32(DT_UNKNOWN):
                let status = try FileStatus.of(path: path + "/" + name)
                type = status.map { $0.isRegularFile ? .file : $0.isFolder ? .folder : $0.isSymbolicLink ? .symbolicLink : .other } ?? .other
            default: type = .other
            }
            result.append(Entry(name: name, type: type))
        }
        return result
    }
}
