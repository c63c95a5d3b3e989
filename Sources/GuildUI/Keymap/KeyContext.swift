/// Where a binding applies: everywhere, on the home screen, in an overlay (help or detail), or while typing a filter.
public enum KeyContext: String, CaseIterable, Sendable, Hashable {
    /// Applies on the home screen and in overlays, not while typing.
    case global
    case home
    case overlay
    /// While typing a filter: every other key is text.
    case filter

    /// The contexts searched for a key, narrowest first.
    public var chain: [KeyContext] {
        switch self {
        case .global: [.global]
        case .home: [.home, .global]
        case .overlay: [.overlay, .global]
        case .filter: [.filter]
        }
    }

    /// Whether a key bound in both contexts would be ambiguous somewhere.
    public func overlaps(_ other: KeyContext) -> Bool {
        chain.contains(other) || other.chain.contains(self)
    }
}
