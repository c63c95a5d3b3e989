/// The direction a rectangle is split in: `.horizontal` gives columns side by side, `.vertical` gives stacked rows.
public enum LayoutAxis: Hashable, Sendable {
    case horizontal
    case vertical
}
