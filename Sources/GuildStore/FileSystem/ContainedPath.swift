#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Paths inside the store, checked part by part with `lstat` before use, so that a symbolic link (or a file where a
/// folder belongs) that a teammate committed never leads a read or a write outside the store.
///
/// The store's root is resolved once when it is opened (`StoreLayout`); below it, every folder on the way must be a
/// real folder and the last part, when it exists, must not be a link. Opening then uses `O_NOFOLLOW` as well, so a
/// link at the last part is refused even if it appears between the check and the open.
public enum ContainedPath {
    /// What the last part of a path should be.
    public enum Leaf: Sendable {
        /// A regular file (or nothing yet).
        case file
        /// A folder (or nothing yet).
        case folder
    }

    /// Why `relative` cannot be used inside the store at `root`, in words; nil when every part checks out.
    public static func refusal(_ relative: String, in root: String, leaf: Leaf = .file) -> String? {
        guard isPlainRelative(relative) else { return "\(relative) is not a path inside the store" }
        var prefix = ""
        let parts = relative.split(separator: "/")
        for (index, part) in parts.enumerated() {
            prefix += (prefix.isEmpty ? "" : "/") + part
            let status: FileStatus?
            do { status = try FileStatus.of(path: root + "/" + prefix) } catch { return "\(prefix): \(error.reason)" }
            guard let status else { return nil }
            if status.isSymbolicLink { return linkRefusal(prefix) }
            let last = index == parts.count - 1
            if !last || leaf == .folder {
                guard status.isFolder else { return "\(prefix) is \(status.typeName), not a folder" }
            } else if !status.isRegularFile {
                return "\(prefix) is \(status.typeName), not a regular file"
            }
        }
        return nil
    }

    /// The absolute path of `relative` inside the store at `root`; throws (naming the part) when a folder on the way
    /// is a link or not a folder, or the last part is a link or not the kind `leaf` asks for.
    public static func absolute(_ relative: String, in root: String, leaf: Leaf = .file) throws(SystemError) -> String {
        let path = root + "/" + relative
        if let reason = refusal(relative, in: root, leaf: leaf) {
            throw SystemError("use", path: path, code: ELOOP, explanation: reason)
        }
        return path
    }

    /// Whether `path` is relative, non-empty, without "." or ".." parts, empty parts or control characters.
    static func isPlainRelative(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), path.utf8.count < 4096 else { return false }
        if path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { return false }
        return !path.split(separator: "/", omittingEmptySubsequences: false).contains { $0.isEmpty || $0 == "." || $0 == ".." }
    }

    /// The words for a link found inside the store.
    public static func linkRefusal(_ relative: String) -> String {
        "\(relative) is a symbolic link; links are not followed"
    }
}

extension StoreLayout {
    /// The absolute path of `relative` after checking every part of it inside the store (see `ContainedPath`).
    public func contained(_ relative: String, leaf: ContainedPath.Leaf = .file) throws(SystemError) -> String {
        try ContainedPath.absolute(relative, in: rootPath, leaf: leaf)
    }

    /// Why `relative` cannot be used inside the store, or nil.
    public func refusal(_ relative: String, leaf: ContainedPath.Leaf = .file) -> String? {
        ContainedPath.refusal(relative, in: rootPath, leaf: leaf)
    }
}
