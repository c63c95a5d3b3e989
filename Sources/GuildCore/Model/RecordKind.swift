import Foundation

/// A kind of record the store holds, named by its folder ("people"). The kinds are open: each is declared once, with
/// its descriptor, in `GuildCore/Kinds/` (or by whoever registers one with `RecordRegistry`), not in a list of cases.
///
/// `RecordKind(rawValue:)` answers only for registered kinds (nil for any other folder name), so code that reads a
/// folder name from disk or git learns whether it is a kind; `RecordKind(folder:)` declares one.
public struct RecordKind: RawRepresentable, Hashable, Codable, Sendable, Comparable, CustomStringConvertible {
    /// The folder name inside the store.
    public let rawValue: String

    /// The registered kind kept in `folder`; nil when no registered kind is.
    public init?(rawValue: String) {
        guard RecordRegistry.ordinal(of: RecordKind(folder: rawValue)) != nil else { return nil }
        self.rawValue = rawValue
    }

    /// Declares the kind kept in `folder` (registered separately, with its descriptor).
    public init(folder: String) {
        rawValue = folder
    }

    /// The folder name inside the store.
    public var folder: String { rawValue }

    public var description: String { rawValue }

    /// Every registered kind, in registration order (GuildCore's own kinds first, in `RecordRegistry.standard` order).
    public static var allCases: [RecordKind] { RecordRegistry.kinds }

    /// The kind's position in `allCases`, for per-kind arrays; `Int.max` for a kind no longer registered.
    public var ordinal: Int { RecordRegistry.ordinal(of: self) ?? Int.max }

    /// Everything the domain knows about this kind; the kind must be registered.
    public var descriptor: RecordDescriptor {
        guard let descriptor = RecordRegistry.descriptor(of: self) else {
            preconditionFailure("record kind “\(rawValue)” is not registered (RecordRegistry.register)")
        }
        return descriptor
    }

    public static func < (lhs: RecordKind, rhs: RecordKind) -> Bool {
        (lhs.ordinal, lhs.rawValue) < (rhs.ordinal, rhs.rawValue)
    }
}
