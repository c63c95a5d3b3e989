import Foundation

extension StoreSync {
    /// What one `git status` of the store's repository says: the store's files that differ from the last commit, and
    /// every path whose staged version differs from it (staged by a person, or by a sync killed before it committed).
    struct WorkingStatus {
        /// Store files (under the tracked folders and root files) that are new, changed or deleted, sorted by path.
        var changes: [(path: String, change: Change)]
        /// Paths anywhere in the repository whose index entry differs from the last commit.
        var staged: Set<String>
    }
}
