#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Reads a file the store does not trust: never blocks on a FIFO, never follows a symbolic link, caps the size.
public struct SafeFileReader: Sendable {
    /// Files larger than this are refused (a record is a few kilobytes).
    public var sizeLimit: Int

    public init(sizeLimit: Int = 16 << 20) {
        self.sizeLimit = sizeLimit
    }

    /// Reads the file at the absolute `path`; without `hashingContent` its fingerprint's content hash is 0 (the load
    /// cache's files carry a checksum of their own, and hashing 50 MB of them byte by byte cost more than reading them).
    public func read(path: String, hashingContent: Bool = true) throws(SystemError) -> FileReadOutcome {
        guard let before = try FileStatus.of(path: path) else { return .missing }
        if let refusal = refusal(for: before) { return .refused(reason: refusal) }
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            switch errno {
            case ENOENT: return .missing
            case ELOOP: return .refused(reason: "a symbolic link; links are not followed")
            case EACCES, EPERM: return .refused(reason: "permission denied")
            default: throw SystemError.current("open", path: path)
            }
        }
        defer { close(fd) }
        // The path may have been replaced between lstat and open: trust only the open descriptor.
        let status = try FileStatus.of(descriptor: fd, path: path)
        if let refusal = refusal(for: status) { return .refused(reason: refusal) }
        var data = Data(count: Int(status.size) + 1)
        var filled = 0
        while true {
            if filled == data.count {
                if filled > sizeLimit { return .refused(reason: tooLarge(filled)) }
                data.count = min(max(data.count * 2, 4096), sizeLimit + 1)
            }
            let got = data.withUnsafeMutableBytes { buffer in
                Glibc.read(fd, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if got < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw SystemError.current("read", path: path)
            }
            if got == 0 { break }
            filled += got
        }
        if filled > sizeLimit { return .refused(reason: tooLarge(filled)) }
        data.count = filled
        var final = status
        final.size = Int64(filled)
        return .contents(data, FileFingerprint(status: final, contentHash: hashingContent ? ContentHash.of(data) : 0))
    }

    /// Reads `relative` inside the store, refused (not followed) when a folder on the way is a symbolic link or
    /// not a folder (`ContainedPath`).
    public func read(_ relative: String, in layout: StoreLayout) throws(SystemError) -> FileReadOutcome {
        let parent = relative.split(separator: "/").dropLast().joined(separator: "/")
        if !parent.isEmpty, let reason = layout.refusal(parent, leaf: .folder) { return .refused(reason: reason) }
        // The file itself (a link, a FIFO, missing) gets the reader's own words.
        return try read(path: layout.absolute(relative))
    }

    private func refusal(for status: FileStatus) -> String? {
        if status.isSymbolicLink { return "a symbolic link; links are not followed" }
        if !status.isRegularFile { return "not a regular file (\(status.typeName))" }
        if status.size > Int64(sizeLimit) { return tooLarge(Int(status.size)) }
        return nil
    }

    static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + (1 << 20) / 2) / (1 << 20)
        return "\(tenths / 10).\(tenths % 10)"
    }

    private func tooLarge(_ size: Int) -> String {
        "too large (\(Self.megabytes(size)) MiB; the limit is \(Self.megabytes(sizeLimit)) MiB)"
    }
}
