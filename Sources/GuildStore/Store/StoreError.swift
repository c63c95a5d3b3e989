import Foundation
import GuildCore

/// Why a store operation failed, as one line that names the file.
public enum StoreError: Error, Sendable, CustomStringConvertible {
    /// No store folder (or no `guild.json`) at the path.
    case noStore(path: String)
    /// `create` was pointed at a folder that holds other things.
    case folderNotEmpty(path: String)
    /// `create` was pointed at an existing store.
    case alreadyAStore(path: String)
    /// The store cannot be written (newer schema, unreadable manifest, read-only folder).
    case readOnly(reason: String)
    /// The record's own rules refuse it; nothing was written.
    case invalid(ValidationError)
    /// The record changed both here and on disk since it was loaded.
    case conflict(StoreConflict)
    /// The file on disk could not be read, so it is never overwritten or deleted.
    case unreadable(StoreProblem)
    /// The same id is already stored at another path.
    case duplicate(path: String, existing: String)
    /// The record's type is not one this store was opened with.
    case unknownType(String)
    /// The record could not be encoded (a NaN number, for instance).
    case encoding(path: String, reason: String)
    /// A system call failed: `action` is what the user asked for ("save", "delete", "open").
    case io(action: String, path: String, SystemError)
    /// A conflict resolution that cannot be written as chosen (a version that could not be merged).
    case notResolved(path: String, reason: String)

    public var description: String {
        switch self {
        case .noStore(let path): "no Guild store at \(path) — run `guild init` or `guild demo`"
        case .folderNotEmpty(let path): "\(path) is not empty and is not a Guild store; choose an empty or new folder"
        case .alreadyAStore(let path): "there is already a Guild store at \(path)"
        case .readOnly(let reason): "the store is read-only: \(reason)"
        case .invalid(let error): "not saved: \(error)"
        case .conflict(let conflict): conflict.description
        case .unreadable(let problem): "will not overwrite \(problem.path): it could not be read (\(problem.description)); fix or remove it first"
        case .duplicate(let path, let existing): "not saved to \(path): the same id is already stored in \(existing)"
        case .unknownType(let name): "this store was not opened for records of type \(name)"
        case .encoding(let path, let reason): "could not encode \(path): \(reason)"
        case .io(let action, let path, let error): "could not \(action) \(path): \(error.reason)"
        case .notResolved(let path, let reason): "\(path) is not resolved: \(reason)"
        }
    }
}
