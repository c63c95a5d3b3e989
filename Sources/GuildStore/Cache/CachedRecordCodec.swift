import Foundation
import GuildCore

/// The load cache's view of the registered kinds' cache codings (`RecordDescriptor.cache`, declared with each kind
/// in `GuildCore/Kinds/`): which kinds are cached and the signature of each one's layout.
///
/// `currentKinds` compares, by reflection, the stored properties of each record type (and the types nested in it)
/// with the fields its coding writes: a kind whose model gained, lost or renamed a field since its coding was written,
/// or a kind without a coding, is simply not cached (its files are read as JSON), and `LoadCacheTests` fail until the
/// kind's descriptor is updated.
enum CachedRecordCodec {
    /// The kinds whose coding writes every stored property of every model type involved.
    static var currentKinds: Set<RecordKind> {
        Set(RecordRegistry.all.filter { $0.cache?.isCurrent == true }.map(\.kind))
    }

    /// A hash of the fields written for `kind`, stored in its cache file so a build with another layout ignores it.
    static func signature(_ kind: RecordKind) -> UInt64 {
        guard let coding = coding(of: kind) else { return ContentHash.of([]) }
        return ContentHash.of(Array(coding.codedFields().joined(separator: ";").utf8))
    }

    /// The coding of `kind`'s records; nil for a kind not cached. Look it up once per folder, not per record.
    static func coding(of kind: RecordKind) -> RecordCacheCoding? {
        RecordRegistry.descriptor(of: kind)?.cache
    }
}
