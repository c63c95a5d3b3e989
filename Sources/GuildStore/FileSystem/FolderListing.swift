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

    /// Lists `path`, skipping "." and ".."; nil when the folder does not exist.
    static func entries(of path: String) throws(SystemError) -> [Entry]? {
        guard let dir = opendir(path) else {
            if errno == ENOENT || errno == ENOTDIR { return nil }
            throw SystemError.current("list folder", path: path)
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
