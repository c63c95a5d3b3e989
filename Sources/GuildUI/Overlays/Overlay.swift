/// What covers the home screen: the help overlay or a detail view, each with its scroll position.
public enum Overlay: Sendable, Equatable {
    case help(scroll: Int)
    case detail(DetailTarget, scroll: Int)

    /// The scroll position (first visible line).
    public var scroll: Int {
        switch self {
        case .help(let scroll), .detail(_, let scroll): scroll
        }
    }

    /// The same overlay scrolled to `line`.
    func scrolled(to line: Int) -> Overlay {
        switch self {
        case .help: .help(scroll: line)
        case .detail(let target, _): .detail(target, scroll: line)
        }
    }
}
