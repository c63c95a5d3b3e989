/// A mouse report: what happened, where (0-based cell), and which button (1 left, 2 middle, 3 right; 0 for the wheel).
public struct MouseEvent: Hashable, Sendable {
    /// The kind of mouse report.
    public enum Kind: Hashable, Sendable {
        case press
        case release
        case wheelUp
        case wheelDown
    }

    public var kind: Kind
    public var x: Int
    public var y: Int
    public var button: Int

    /// Creates a mouse event.
    public init(kind: Kind, x: Int, y: Int, button: Int = 1) {
        self.kind = kind
        self.x = x
        self.y = y
        self.button = button
    }
}
