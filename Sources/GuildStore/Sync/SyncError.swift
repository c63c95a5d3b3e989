/// Why a sync or clone failed, as one line.
public enum SyncError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No `git` executable on `PATH`.
    case gitMissing
    /// A git command failed; `message` is git's own.
    case git(command: String, message: String)
    /// The folder is not usable for what was asked (a clone into a non-empty folder, a clone that is not a store).
    case folder(String)
    /// The remote kept moving: pushes were rejected after every retry.
    case pushRejected(attempts: Int)

    public var description: String {
        switch self {
        case .gitMissing: "git is not installed (or not on PATH); install git to sync the store"
        case .git(let command, let message): "\(command) failed: \(message)"
        case .folder(let reason): reason
        case .pushRejected(let attempts): "the remote kept changing; gave up after \(attempts) pushes — run guild sync again"
        }
    }
}
