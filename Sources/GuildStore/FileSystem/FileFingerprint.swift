/// What a file looked like when this process read or wrote it: its status and a hash of its bytes.
public struct FileFingerprint: Sendable, Equatable, Hashable {
    /// Size, inode and times at that moment.
    public var status: FileStatus
    /// FNV-1a hash of the bytes.
    public var contentHash: UInt64

    public init(status: FileStatus, contentHash: UInt64) {
        self.status = status
        self.contentHash = contentHash
    }

    /// Whether `lstat` now suggests the file is still the one fingerprinted (same inode, size and times).
    func looksUnchanged(_ now: FileStatus) -> Bool {
        now.inode == status.inode && now.device == status.device && now.size == status.size
            && now.modifiedNanoseconds == status.modifiedNanoseconds
            && now.changedNanoseconds == status.changedNanoseconds
    }
}
