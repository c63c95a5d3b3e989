#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `stat` says about a file or folder that matters for noticing changes: identity, size and times.
public struct FileStatus: Sendable, Equatable, Hashable {
    /// Device and inode: a rename over the file gives it a new inode.
    public var device: UInt64
    public var inode: UInt64
    public var size: Int64
    /// Modification time in nanoseconds since 1970.
    public var modifiedNanoseconds: Int64
    /// Status-change time in nanoseconds since 1970 (changes on rename, chmod, link).
    public var changedNanoseconds: Int64
    /// The file type bits of `st_mode` (`S_IFREG`, `S_IFDIR`, …).
    public var type: UInt32

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        #if canImport(Darwin)
        modifiedNanoseconds = Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
        changedNanoseconds = Int64(info.st_ctimespec.tv_sec) * 1_000_000_000 + Int64(info.st_ctimespec.tv_nsec)
        #else
        modifiedNanoseconds = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        changedNanoseconds = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
        #endif
        type = UInt32(info.st_mode) & UInt32(S_IFMT)
    }

    /// `lstat` of `path` (never follows a symbolic link); nil when it does not exist.
    static func of(path: String) throws(SystemError) -> FileStatus? {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { return nil }
            throw SystemError.current("stat", path: path)
        }
        return FileStatus(info)
    }

    /// `lstat` of `name` in the folder open as `folder` (`fstatat` without following a link: no walk from the root
    /// for each of a folder's files); nil when it does not exist.
    static func of(name: String, in folder: Int32) -> FileStatus? {
        var info = stat()
        guard fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
        return FileStatus(info)
    }

    /// `fstat` of an open descriptor.
    static func of(descriptor: Int32, path: String) throws(SystemError) -> FileStatus {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw SystemError.current("stat", path: path) }
        return FileStatus(info)
    }

    /// A regular file.
    public var isRegularFile: Bool { type == UInt32(S_IFREG) }
    /// A folder.
    public var isFolder: Bool { type == UInt32(S_IFDIR) }
    /// A symbolic link.
    public var isSymbolicLink: Bool { type == UInt32(S_IFLNK) }

    /// The kind of a non-regular file in words ("a FIFO", "a folder").
    public var typeName: String {
        switch type {
        case UInt32(S_IFREG): "a regular file"
        case UInt32(S_IFDIR): "a folder"
        case UInt32(S_IFLNK): "a symbolic link"
        case UInt32(S_IFIFO): "a FIFO"
        case UInt32(S_IFSOCK): "a socket"
        case UInt32(S_IFCHR): "a character device"
        case UInt32(S_IFBLK): "a block device"
        default: "an unknown kind of file"
        }
    }
}

extension FileStatus {
    /// A status from its parts (the load cache stores them).
    init(device: UInt64, inode: UInt64, size: Int64, modifiedNanoseconds: Int64, changedNanoseconds: Int64, type: UInt32) {
        self.device = device
        self.inode = inode
        self.size = size
        self.modifiedNanoseconds = modifiedNanoseconds
        self.changedNanoseconds = changedNanoseconds
        self.type = type
    }
}
