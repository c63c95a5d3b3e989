import Foundation

/// The result of reading one file without trusting it: its bytes, its absence, or why it was not read.
public enum FileReadOutcome: Sendable {
    /// The file's bytes and its fingerprint at the moment of reading.
    case contents(Data, FileFingerprint)
    /// Nothing at that path.
    case missing
    /// The path exists but was not read (a FIFO, a symbolic link, too large, permission denied).
    case refused(reason: String)
}
