import Foundation
import GuildCore

/// A write `saveChanges` decided on (the merged result for one file) and makes together with the others of its batch.
struct StagedWrite {
    /// The file's path relative to the store.
    var path: String
    /// The absolute folder and the file name in it.
    var folder: String
    var name: String
    var bytes: Data
    var record: any Record
}
